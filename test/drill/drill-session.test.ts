import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { createDrillSession, replayDrillEvents } from '../../src/core/drill/drill-session.js';
import { TIMED_OUT_REPLY } from '../../src/core/session-types.js';
import { renderTranscript } from '../../src/core/transcript-markdown.js';
import { builtInScenario } from './helpers.js';

const { scenario } = builtInScenario('irate-double-charge');
const LIMITED = { seed: 11, replyTimeLimit: 30 };
const OPEN = { seed: 11 };
const APOLOGY = "I'm so sorry about the double charge, that must be really frustrating.";
const PLAN = 'I will refund the duplicate 89.99 today and email you the confirmation by 5 pm.';

describe('drill sessions', () => {
  it('record every reply and silence, merging consecutive silences', () => {
    const session = createDrillSession(scenario, OPEN, { analyze });
    session.wait(5);
    session.wait(7.5);
    session.reply(APOLOGY);
    session.wait(3);
    session.reply(PLAN);
    expect(session.events).toEqual([{ wait: 12.5 }, { reply: APOLOGY }, { wait: 3 }, { reply: PLAN }]);
    expect(session.timedOut).toEqual([]);
  });

  it('use the drill seed: same events, same conversation', () => {
    const a = createDrillSession(scenario, OPEN, { analyze });
    const b = createDrillSession(scenario, OPEN, { analyze });
    for (const s of [a, b]) {
      s.reply(APOLOGY);
      s.reply(PLAN);
    }
    expect(b.result()).toEqual(a.result());
  });

  it('count each full time-limit period of silence as a turn with no reply, scored 0', () => {
    const session = createDrillSession(scenario, LIMITED, { analyze });
    session.wait(65);
    const result = session.result();
    expect(session.timedOut).toEqual([1, 2]);
    expect(result.turns.map((t) => t.reply)).toEqual(['', '']);
    expect(result.turns[0]!.analysis.scores).toEqual({ empathy: 0, positivity: 0, followThrough: 0 });
    expect(result.turns[0]!.analysis.tips[0]!.rule).toBe('drill.reply-time-limit');
    // The 5 seconds after the second time-out are still pending silence.
    session.reply(APOLOGY);
    expect(session.result().turns[2]!.silence?.seconds).toBe(5);
    expect(session.events).toEqual([{ wait: 65 }, { reply: APOLOGY }]);
  });

  it('elapse tells impatience lines and timed-out turns apart, in order; wait gives the same lines flattened', () => {
    const drill = { seed: 11, replyTimeLimit: 60 };
    const session = createDrillSession(scenario, drill, { analyze });
    // The opening state's impatience timer fires at 45 s, the time limit at 60 s.
    const steps = session.elapse(65);
    expect(steps.map((step) => ('lines' in step ? 'lines' : 'timedOut'))).toEqual(['lines', 'timedOut']);
    const missed = steps[1]!;
    if (!('timedOut' in missed)) throw new Error('expected a timed-out turn');
    expect(missed.timedOut).toMatchObject({ index: 1, reply: '', timedOut: true });
    expect(missed.timedOut.customer.length).toBeGreaterThan(0);
    const flat = createDrillSession(scenario, drill, { analyze });
    expect(flat.wait(65)).toEqual(steps.flatMap((step) => ('lines' in step ? step.lines : step.timedOut.customer)));

    session.reply(APOLOGY);
    const turns = session.result().turns;
    expect(turns.map((t) => t.timedOut)).toEqual([true, undefined]);
    const transcript = renderTranscript(scenario, session.result());
    expect(transcript).toContain(`**Agent:** *${TIMED_OUT_REPLY}*`);
    expect(transcript).not.toMatch(/\*\*Agent:\*\* *\n/);
  });

  it('without a time limit, silence only feeds the persona’s impatience timers', () => {
    const session = createDrillSession(scenario, OPEN, { analyze });
    session.wait(65);
    expect(session.turn).toBe(0);
    expect(session.timedOut).toEqual([]);
  });

  it('give the same result whether silence comes in one piece or in one-second ticks', () => {
    const whole = createDrillSession(scenario, LIMITED, { analyze });
    whole.wait(75);
    whole.reply(PLAN);
    const ticks = createDrillSession(scenario, LIMITED, { analyze });
    for (let i = 0; i < 75; i++) ticks.wait(1);
    ticks.reply(PLAN);
    expect(ticks.events).toEqual(whole.events);
    expect(ticks.timedOut).toEqual(whole.timedOut);
    expect(ticks.result()).toEqual(whole.result());
  });

  it('replay recorded events into the same result as the live session', () => {
    const live = createDrillSession(scenario, LIMITED, { analyze });
    live.reply(APOLOGY);
    for (let i = 0; i < 40; i++) live.wait(1);
    live.reply(PLAN);
    live.reply('Is there anything else I can help you with today?');
    const replayed = replayDrillEvents(scenario, LIMITED, live.events, { analyze });
    expect(replayed.result()).toEqual(live.result());
    expect(replayed.timedOut).toEqual(live.timedOut);
  });

  it('replay stops at the ending, like a live session', () => {
    const events = [{ reply: "That's not my problem." }, { reply: 'Calm down.' }, { reply: 'Whatever.' }, { reply: 'Bye.' }, { reply: 'Still here?' }];
    const replayed = replayDrillEvents(scenario, OPEN, events, { analyze });
    expect(replayed.done).toBe(true);
    expect(replayed.result().turns.length).toBeLessThan(events.length);
  });
});
