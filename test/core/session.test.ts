import { describe, expect, it } from 'vitest';
import { createSession, parseScript, playScript } from '../../src/core/session.js';
import type { Analyzer } from '../../src/core/session.js';
import { ScenarioSchema } from '../../src/core/scenario/schema.js';
import type { Intent } from '../../src/core/types.js';
import { fakeAnalysis } from '../helpers/analysis.js';

/** A toy analyzer: intents from marker words, so the test reads as a conversation. */
const analyze: Analyzer = (reply) => {
  const intents: Intent[] = [];
  if (/sorry/i.test(reply)) intents.push('apology');
  if (/fault/i.test(reply)) intents.push('blame');
  if (/\bwill\b/i.test(reply)) intents.push('commitment');
  const polite = intents.includes('apology') || intents.includes('commitment');
  return fakeAnalysis({
    intents,
    words: reply,
    specific: /\bby\b/i.test(reply) ? true : undefined,
    scores: polite ? { empathy: 80, positivity: 70, followThrough: 75 } : { empathy: 10, positivity: 10, followThrough: 10 },
  });
};

/** A small scenario for one test: the boilerplate fields filled in, the dialogue given. */
function toyScenario(id: string, dialogue: Record<string, unknown>) {
  return ScenarioSchema.parse({ id, title: id, category: 'irate-customer', difficulty: 1, persona: { name: 'A', mood: 50, situation: 'Test.' }, ...dialogue });
}

const scenario = ScenarioSchema.parse({
  id: 'session-test',
  title: 'Session test',
  category: 'irate-customer',
  difficulty: 1,
  persona: { name: 'Sam', mood: 40, situation: 'Test.' },
  goals: [{ id: 'sorry', description: 'Apologise', when: { intent: 'apology' } }],
  start: 'opening',
  states: {
    opening: {
      say: ['Where is my parcel?', 'My parcel is late.', 'Still no parcel.'],
      after: { seconds: 60, mood: -10, say: ['Anyone there?', 'Hello?'] },
      on: [
        { when: { intent: 'apology' }, mood: 20, goto: 'plan' },
        { when: { intent: 'blame' }, goto: 'walkout' },
        { otherwise: true, mood: -5, goto: 'opening' },
      ],
    },
    plan: {
      say: 'What happens now?',
      after: { seconds: 120, say: 'I am leaving.', goto: 'walkout' },
      on: [{ when: { specific: true }, goto: 'happy' }, { otherwise: true, goto: 'plan' }],
    },
    happy: { end: 'resolved', say: 'Great, thanks.', summary: 'Resolved with a clear plan.' },
    walkout: { end: 'lost', say: 'Bye.' },
  },
});

describe('session', () => {
  it('plays a conversation turn by turn', () => {
    const session = createSession(scenario, { seed: 3, analyze });
    expect(session.opening).toHaveLength(1);
    expect(session.state).toBe('opening');
    const first = session.reply('I am so sorry.');
    expect(first).toMatchObject({ index: 1, stateBefore: 'opening', state: 'plan', mood: 60, moodDelta: 20, goalsMet: ['sorry'], customer: ['What happens now?'] });
    expect(session.done).toBe(false);
    const second = session.reply('I will send it by noon.');
    expect(second.state).toBe('happy');
    expect(session.done).toBe(true);
    expect(session.ending).toBe('resolved');
    const result = session.result();
    expect(result.ending).toBe('resolved');
    expect(result.endingSummary).toBe('Resolved with a clear plan.');
    expect(result.goals).toEqual([{ id: 'sorry', description: 'Apologise', met: true, turn: 1 }]);
    expect(() => session.reply('more')).toThrow(/ended/);
  });

  it('passes the last customer message, the earlier ones and the history to the analyzer', () => {
    const seen: { customer?: string; customerEarlier?: readonly string[]; history?: readonly string[] }[] = [];
    const spy: Analyzer = (reply, context) => {
      seen.push({ customer: context.customer, customerEarlier: context.customerEarlier, history: context.history });
      return analyze(reply, context);
    };
    const session = createSession(scenario, { seed: 3, analyze: spy });
    session.reply('hmm');
    session.reply('I am sorry.');
    expect(seen[0]?.customer).toBe(session.opening.join(' '));
    expect(seen[0]?.customerEarlier).toEqual([]);
    expect(seen[1]?.history).toEqual(['hmm']);
    expect(seen[1]?.customer).not.toBe('');
    // What the customer said before the last exchange: the opening, for the second reply.
    expect(seen[1]?.customerEarlier).toEqual(session.opening);
  });

  it('silence fires the impatience timer once per state entry', () => {
    const session = createSession(scenario, { seed: 1, analyze });
    expect(session.wait(30)).toEqual([]);
    const lines = session.wait(40);
    expect(lines).toHaveLength(1);
    expect(session.mood).toBe(30);
    expect(session.wait(600)).toEqual([]);
    const turn = session.reply('hmm');
    expect(turn.silence).toEqual({ seconds: 670, customer: lines });
  });

  it('a timer with goto can end the conversation', () => {
    const session = createSession(scenario, { seed: 1, analyze });
    session.reply('Sorry!');
    expect(session.wait(121)).toEqual(['I am leaving.', 'Bye.']);
    expect(session.ending).toBe('lost');
    expect(session.result().finalSilence).toEqual({ seconds: 121, customer: ['I am leaving.', 'Bye.'] });
  });

  it('silence fires timers scheduled by earlier timers within the same wait', () => {
    const chain = toyScenario('chain', {
      start: 'a',
      states: {
        a: { say: 'a', after: { seconds: 30, say: 'a-late', goto: 'b' }, on: [{ otherwise: true, goto: 'a' }] },
        b: { say: 'b', after: { seconds: 30, say: 'b-late', goto: 'c' }, on: [{ otherwise: true, goto: 'a' }] },
        c: { end: 'lost', say: 'bye' },
      },
    });
    const early = createSession(chain, { seed: 1, analyze });
    expect(early.wait(59)).toEqual(['a-late', 'b']);
    expect(early.done).toBe(false);
    const late = createSession(chain, { seed: 1, analyze });
    expect(late.wait(60)).toEqual(['a-late', 'b', 'b-late', 'bye']);
    expect(late.ending).toBe('lost');
  });

  it('an unfinished script reports unfinished and is graded on mood', () => {
    const result = playScript(scenario, ['hmm'], { seed: 1, analyze });
    expect(result.ending).toBe('unfinished');
    expect(result.turns).toHaveLength(1);
  });

  it('polite and rude scripts end differently and score far apart', () => {
    const polite = playScript(scenario, ['I am sorry.', 'I will fix it by 5 pm.'], { seed: 1, analyze });
    const rude = playScript(scenario, ['Your fault.'], { seed: 1, analyze });
    expect(polite.ending).toBe('resolved');
    expect(rude.ending).toBe('lost');
    expect(polite.score - rude.score).toBeGreaterThanOrEqual(30);
  });

  it('same seed and replies give the identical result; another seed may vary lines only', () => {
    const script = ['hmm', '/wait 61', 'what', 'I am sorry', 'ok', 'I will call by 3'];
    const a = playScript(scenario, script, { seed: 42, analyze });
    const b = playScript(scenario, script, { seed: 42, analyze });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const lines = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      const other = playScript(scenario, script, { seed, analyze });
      expect(other.ending).toBe(a.ending);
      expect(other.score).toBe(a.score);
      lines.add(other.opening.join());
    }
    expect(lines.size).toBeGreaterThan(1);
  });
});

describe('parseScript', () => {
  it('reads replies, waits, and skips blanks and comments', () => {
    expect(parseScript(['# expect: ending=resolved', '', '  Hello there  ', '/wait 90', '/wait 2.5s', '/waiting room'])).toEqual([
      { kind: 'reply', text: 'Hello there' },
      { kind: 'wait', seconds: 90 },
      { kind: 'wait', seconds: 2.5 },
      { kind: 'reply', text: '/waiting room' },
    ]);
  });
});

describe('renderTranscript', () => {
  it('shows every line, the scores and the result, with replies made inert', async () => {
    const { renderTranscript } = await import('../../src/core/transcript-markdown.js');
    const result = playScript(scenario, ['<b>hmm</b> *bold*', '/wait 61', 'I am sorry.', 'I will ship it by 5 pm.'], { seed: 1, analyze });
    const md = renderTranscript(scenario, result);
    expect(md).toContain('# Session test');
    expect(md).toContain('**Agent:** \\<b\\>hmm\\</b\\> \\*bold\\*');
    expect(md).toContain('*(61 s of silence)*');
    expect(md).toContain('**Sam:** What happens now?');
    expect(md).toContain('- Ending: **resolved** — Resolved with a clear plan.');
    expect(md).toContain(`- Score: **${result.score}**`);
    expect(md).toContain('  - [x] Apologise (reply 2)');
  });
});

describe('promises across turns in a session', () => {
  const chat = toyScenario('promise-test', {
    maxTurns: 10,
    start: 'talk',
    states: {
      talk: { say: 'Hm.', on: [{ when: { openPromise: true }, goto: 'waiting' }, { otherwise: true, goto: 'talk' }] },
      waiting: { say: 'I am waiting for that.', on: [{ when: { openPromise: true }, goto: 'waiting' }, { otherwise: true, goto: 'talk' }] },
    },
  });

  it('the engine tracks open promises as the analysis does: they reach the analyzer, the guard and the grade', async () => {
    const { analyze: realAnalyze } = await import('../../src/core/analyze.js');
    const { trackPromises } = await import('../../src/core/analysis/promises.js');
    const open: number[] = [];
    const spy: Analyzer = (reply, context) => {
      open.push(context.openPromises?.length ?? 0);
      return realAnalyze(reply, context);
    };
    const session = createSession(chat, { seed: 1, analyze: spy });
    const replies = ['Let me check the refund status for you.', 'Thanks for waiting.', "I've checked: the refund went out this morning.", 'Anything else?'];
    const states = replies.map((reply) => (session.reply(reply), session.state));
    // Open after the promise, closed once a reply reports it done.
    expect(open).toEqual([0, 1, 1, 0]);
    // The guard sees the promises open when the reply arrives (before the reply's own are counted).
    expect(states).toEqual(['talk', 'waiting', 'waiting', 'talk']);
    const result = session.result();
    const tracked = trackPromises(result.turns.map((t) => ({ reply: t.reply, analysis: t.analysis })));
    expect(tracked.promises.map((p) => p.kept)).toEqual([true]);
    // The kept promise earns the follow-through bonus (5 points) over the mean of the replies.
    const mean = Math.round(result.turns.reduce((sum, t) => sum + t.analysis.scores.followThrough, 0) / result.turns.length);
    expect(result.scores.followThrough).toBe(Math.min(100, mean + 5));
  });
});
