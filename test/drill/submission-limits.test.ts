/**
 * What a drill records must fit the submission format, or the trainee's file
 * is rejected by every cohort report: a reply longer than a submission may
 * hold keeps its first part, and a silence longer than one event may hold is
 * recorded as several events that replay the same.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { capDrillReply, createDrillSession, MAX_DRILL_REPLY_CHARS, MAX_DRILL_WAIT_SECONDS, replayDrillEvents } from '../../src/core/drill/drill-session.js';
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

describe('a drill silence longer than a day', () => {
  it.each([
    ['with the drill’s time limit', 120],
    ['without a time limit', undefined],
  ])('%s is recorded in pieces the submission accepts, and replays the same', (_, limit) => {
    const { drill: builtIn, version, scenarios, byId } = builtInDrill();
    const drill = { ...builtIn, ...(limit === undefined ? { replyTimeLimit: undefined } : { replyTimeLimit: limit }) };
    const results: Record<string, SessionResult> = {};
    const played = drill.scenarios.map((id) => {
      const current = scenarios[id]!;
      const session = createDrillSession(current.scenario, drill, { analyze });
      session.wait(200_000);
      if (!session.done) session.reply('Sorry for the wait, I will sort this out today.');
      if (!session.done) session.wait(100_000);
      results[id] = session.result();
      return { scenario: current.scenario, version: current.version, session, startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:10:00.000Z' };
    });
    const submission = buildSubmission({
      trainee: 'Away All Day',
      drill,
      drillVersion: version,
      played,
      verdict: gradeDrill(drill, results, byId),
      startedAt: '2026-11-20T10:00:00.000Z',
      finishedAt: '2026-11-20T10:30:00.000Z',
    });
    const waits = submission.scenarios.flatMap((p) => p.events.flatMap((e) => ('wait' in e ? [e.wait] : [])));
    expect(Math.max(...waits)).toBeLessThanOrEqual(MAX_DRILL_WAIT_SECONDS);
    const parsed = parseSubmission(JSON.stringify(submission));
    expect(parsed.ok, parsed.ok ? '' : parsed.reason).toBe(true);
    for (const play of submission.scenarios) {
      const replayed = replayDrillEvents(scenarios[play.id]!.scenario, drill, play.events, { analyze }).result();
      expect([replayed.ending, replayed.score, replayed.turns.map((t) => t.customer)]).toEqual([play.result.ending, play.result.score, play.turns.map((t) => t.customer)]);
    }
  });
});

describe('a custom drill with a very long title', () => {
  it('still writes a submission the report accepts (titles are cut)', () => {
    const { drill: builtIn, version, scenarios, byId } = builtInDrill();
    const drill = { ...builtIn, title: 'Week one — '.repeat(80) };
    const results: Record<string, SessionResult> = {};
    const played = drill.scenarios.map((id) => {
      const current = scenarios[id]!;
      const session = createDrillSession({ ...current.scenario, title: 'A long scenario title '.repeat(40) }, drill, { analyze });
      session.reply('I am sorry, I will refund you today.');
      results[id] = session.result();
      return { scenario: { ...current.scenario, title: 'A long scenario title '.repeat(40) }, version: current.version, session, startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:10:00.000Z' };
    });
    const submission = buildSubmission({ trainee: 'T', drill, drillVersion: version, played, verdict: gradeDrill(drill, results, byId), startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:30:00.000Z' });
    const parsed = parseSubmission(JSON.stringify(submission));
    expect(parsed.ok, parsed.ok ? '' : parsed.reason).toBe(true);
    expect(submission.drill.title.startsWith('Week one — Week one')).toBe(true);
  });
});
