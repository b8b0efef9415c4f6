/**
 * A reply longer than a submission may hold: the drill keeps its first part,
 * so the file it writes is one every cohort report accepts and re-scores to
 * the same result.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { capDrillReply, createDrillSession, MAX_DRILL_REPLY_CHARS, replayDrillEvents } from '../../src/core/drill/drill-session.js';
import { gradeDrill } from '../../src/core/drill/grade-drill.js';
import { buildSubmission, parseSubmission } from '../../src/core/drill/submission.js';
import type { SessionResult } from '../../src/core/session-types.js';
import { builtInDrill } from './helpers.js';

describe('a drill reply longer than a submission holds', () => {
  it('is cut, so the submission parses and its replay matches', () => {
    const { drill, version, scenarios, byId } = builtInDrill();
    const huge = 'I am so sorry about this. '.repeat(4000); // ~104,000 characters
    const results: Record<string, SessionResult> = {};
    const played = drill.scenarios.map((id) => {
      const current = scenarios[id]!;
      const session = createDrillSession(current.scenario, drill, { analyze });
      session.reply(huge);
      if (!session.done) session.reply('I will refund you today and email you by 5 pm.');
      results[id] = session.result();
      return { scenario: current.scenario, version: current.version, session, startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:10:00.000Z' };
    });
    const first = played[0]!.session.events[0]!;
    expect('reply' in first && first.reply.length).toBe(MAX_DRILL_REPLY_CHARS);
    const submission = buildSubmission({
      trainee: 'Long Winded',
      drill,
      drillVersion: version,
      played,
      verdict: gradeDrill(drill, results, byId),
      startedAt: '2026-11-20T10:00:00.000Z',
      finishedAt: '2026-11-20T10:30:00.000Z',
    });
    const parsed = parseSubmission(JSON.stringify(submission));
    expect(parsed.ok, parsed.ok ? '' : parsed.reason).toBe(true);
    const play = submission.scenarios[0]!;
    const replayed = replayDrillEvents(scenarios[play.id]!.scenario, drill, play.events, { analyze }).result();
    expect(replayed.score).toBe(play.result.score);
  });

  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(MAX_DRILL_REPLY_CHARS - 1)}😀tail`;
    const cut = capDrillReply(text);
    expect(cut).toBe('a'.repeat(MAX_DRILL_REPLY_CHARS - 1));
    expect(capDrillReply('short')).toBe('short');
  });
});
