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

type Built = ReturnType<typeof builtInDrill>;
type DrillSessionOf = ReturnType<typeof createDrillSession>;

/** Play each of the drill's scenarios with `play`, then build its submission as the drill command does. */
function playAndSubmit(built: Built, drill: Built['drill'], trainee: string, play: (session: DrillSessionOf) => void, retitle?: string) {
  const { version, scenarios, byId } = built;
  const results: Record<string, SessionResult> = {};
  const played = drill.scenarios.map((id) => {
    const current = scenarios[id]!;
    const scenario = retitle === undefined ? current.scenario : { ...current.scenario, title: retitle };
    const session = createDrillSession(scenario, drill, { analyze });
    play(session);
    results[id] = session.result();
    return { scenario, version: current.version, session, startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:10:00.000Z' };
  });
  const submission = buildSubmission({ trainee, drill, drillVersion: version, played, verdict: gradeDrill(drill, results, byId), startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:30:00.000Z' });
  return { played, submission };
}

describe('a drill reply longer than a submission holds', () => {
  it('is cut, so the submission parses and its replay matches', () => {
    const built = builtInDrill();
    const { drill, scenarios } = built;
    const huge = 'I am so sorry about this. '.repeat(4000); // ~104,000 characters
    const { played, submission } = playAndSubmit(built, drill, 'Long Winded', (session) => {
      session.reply(huge);
      if (!session.done) session.reply('I will refund you today and email you by 5 pm.');
    });
    const first = played[0]!.session.events[0]!;
    expect('reply' in first && first.reply.length).toBe(MAX_DRILL_REPLY_CHARS);
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
    const built = builtInDrill();
    const { scenarios } = built;
    const drill = { ...built.drill, ...(limit === undefined ? { replyTimeLimit: undefined } : { replyTimeLimit: limit }) };
    const { submission } = playAndSubmit(built, drill, 'Away All Day', (session) => {
      session.wait(200_000);
      if (!session.done) session.reply('Sorry for the wait, I will sort this out today.');
      if (!session.done) session.wait(100_000);
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
    const built = builtInDrill();
    const drill = { ...built.drill, title: 'Week one — '.repeat(80) };
    const { submission } = playAndSubmit(built, drill, 'T', (session) => session.reply('I am sorry, I will refund you today.'), 'A long scenario title '.repeat(40));
    const parsed = parseSubmission(JSON.stringify(submission));
    expect(parsed.ok, parsed.ok ? '' : parsed.reason).toBe(true);
    expect(submission.drill.title.startsWith('Week one — Week one')).toBe(true);
  });
});
