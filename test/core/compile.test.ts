import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { chooseLine, compileScenario, linePool, OUT_OF_TURNS_STATE } from '../../src/core/compile.js';
import type { ConversationContext } from '../../src/core/compile.js';
import type { ConditionFacts } from '../../src/core/scenario/condition.js';
import { createSession } from '../../src/core/session.js';
import { ScenarioSchema } from '../../src/core/scenario/schema.js';
import type { ScenarioInput } from '../../src/core/scenario/schema.js';
import type { Analysis } from '../../src/core/types.js';
import { fakeAnalysis } from '../helpers/analysis.js';
import type { FakeAnalysisInput } from '../helpers/analysis.js';

const base: ScenarioInput = {
  id: 'table',
  title: 'Table',
  category: 'irate-customer',
  difficulty: 1,
  persona: { name: 'Dana', mood: 30, situation: 'A test persona.' },
  maxTurns: 5,
  goals: [
    { id: 'apologise', when: { intent: 'apology' } },
    { id: 'timeline', when: { intent: 'commitment', specific: true } },
  ],
  start: 'opening',
  states: {
    opening: {
      say: [
        { text: 'I am furious.', mood: '<40' },
        { text: 'I am annoyed.', mood: '>=40' },
      ],
      after: { seconds: 60, mood: -10, say: 'Hello?' },
      on: [
        { when: { intent: 'blame' }, mood: -30, goto: 'heated' },
        { when: { intent: 'apology', empathy: '>=60' }, mood: '+20', set: { apologised: true }, goto: 'details' },
        { when: { keywords: ['refund'] }, mood: 5, goto: 'details' },
        { otherwise: true, mood: -5, say: 'That is not an answer.', goto: 'opening' },
      ],
    },
    details: {
      say: 'So what will you do?',
      on: [
        { when: { specific: true, flag: 'apologised' }, mood: 30, goto: 'resolved' },
        { when: { intent: 'refusal' }, goto: 'lost' },
        { when: { mood: '>=90' }, goto: 'resolved' },
        { otherwise: true, goto: 'details' },
      ],
    },
    heated: {
      say: 'Get me your manager.',
      after: { seconds: 30, goto: 'escalated' },
      on: [{ when: { intent: 'apology' }, mood: 10, goto: 'details' }, { otherwise: true, goto: 'escalated' }],
    },
    resolved: { end: 'resolved', say: 'Thank you.' },
    escalated: { end: 'escalated', say: 'Manager, now.' },
    lost: { end: 'lost', value: 5, summary: 'Gone.' },
  },
};

const scenario = ScenarioSchema.parse(base);
const { machine, endings } = compileScenario(scenario);

function run(replies: FakeAnalysisInput[], seed = 1) {
  let [snapshot] = initialTransition(machine, { seed });
  const visited = [String(snapshot.value)];
  for (const input of replies) {
    const analysis: Analysis = fakeAnalysis(input);
    [snapshot] = transition(machine, snapshot, { type: 'trainee.reply', reply: input.words ?? '', analysis });
    visited.push(String(snapshot.value));
  }
  return { snapshot, visited, context: snapshot.context as ConversationContext };
}

describe('compiled machine, step by step', () => {
  it('starts in the start state and says its mood-matching line', () => {
    const { context, visited } = run([]);
    expect(visited).toEqual(['opening']);
    expect(context.said.map((l) => l.text)).toEqual(['I am furious.']);
    expect(context.mood).toBe(30);
  });

  const table: { name: string; replies: FakeAnalysisInput[]; states: string[]; mood: number; status?: string }[] = [
    { name: 'blame heats the customer up', replies: [{ intents: ['blame'] }], states: ['opening', 'heated'], mood: 0 },
    {
      name: 'apology with empathy moves to details',
      replies: [{ intents: ['apology'], scores: { empathy: 70 } }],
      states: ['opening', 'details'],
      mood: 50,
    },
    {
      name: 'apology without enough empathy falls through to otherwise',
      replies: [{ intents: ['apology'], scores: { empathy: 40 } }],
      states: ['opening', 'opening'],
      mood: 25,
    },
    { name: 'first matching branch wins (blame before keywords)', replies: [{ intents: ['blame'], words: 'refund' }], states: ['opening', 'heated'], mood: 0 },
    { name: 'stemmed keyword matches', replies: [{ words: 'we are refunding it' }], states: ['opening', 'details'], mood: 35 },
    {
      name: 'specific commitment after an apology resolves',
      replies: [{ intents: ['apology'], scores: { empathy: 80 } }, { intents: ['commitment'], specific: true }],
      states: ['opening', 'details', 'resolved'],
      mood: 80,
      status: 'done',
    },
    {
      name: 'specific commitment without the apology flag does not resolve',
      replies: [{ words: 'refund' }, { intents: ['commitment'], specific: true }],
      states: ['opening', 'details', 'details'],
      mood: 35,
    },
    { name: 'refusal loses', replies: [{ words: 'refund' }, { intents: ['refusal'] }], states: ['opening', 'details', 'lost'], mood: 35, status: 'done' },
    { name: 'mood never drops below 0', replies: [{ intents: ['blame'] }, { intents: ['blame'] }], states: ['opening', 'heated', 'escalated'], mood: 0, status: 'done' },
  ];
  it.each(table)('$name', ({ replies, states, mood, status }) => {
    const { visited, context, snapshot } = run(replies);
    expect(visited).toEqual(states);
    expect(context.mood).toBe(mood);
    expect(snapshot.status).toBe(status ?? 'active');
  });

  it('counts turns and records goals on the turn they are met', () => {
    const { context } = run([{ words: 'hello' }, { intents: ['apology'], scores: { empathy: 90 } }, { intents: ['commitment'], specific: true }]);
    expect(context.turn).toBe(3);
    expect(context.goalsMet).toEqual({ apologise: 2, timeline: 3 });
    expect(context.flags).toEqual({ apologised: true });
  });

  it('a self-loop with its own reaction does not repeat the state line', () => {
    const { context } = run([{ words: 'hello' }]);
    expect(context.said.map((l) => l.text)).toEqual(['I am furious.', 'That is not an answer.']);
    expect(context.said.map((l) => l.cause)).toEqual(['state', 'reaction']);
  });

  it('mood is clamped at 100', () => {
    const high = ScenarioSchema.parse({ ...base, persona: { ...base.persona, mood: 95 } });
    let [snapshot] = initialTransition(compileScenario(high).machine, { seed: 1 });
    [snapshot] = transition(compileScenario(high).machine, snapshot, { type: 'trainee.reply', reply: '', analysis: fakeAnalysis({ intents: ['apology'], scores: { empathy: 99 } }) });
    expect(snapshot.context.mood).toBe(100);
  });

  it('running out of turns ends the conversation as lost', () => {
    const { visited, snapshot } = run(Array.from({ length: 5 }, () => ({ words: 'hmm' })));
    expect(visited.at(-1)).toBe(OUT_OF_TURNS_STATE);
    expect(snapshot.status).toBe('done');
    expect(endings[OUT_OF_TURNS_STATE]?.kind).toBe('lost');
  });

  it('the last allowed reply may still reach an ending', () => {
    const replies: FakeAnalysisInput[] = [{ words: 'a' }, { words: 'b' }, { words: 'c' }, { intents: ['apology'], scores: { empathy: 80 } }, { intents: ['commitment'], specific: true }];
    expect(run(replies).visited.at(-1)).toBe('resolved');
  });

  it('a scenario can name its own out-of-turns ending', () => {
    const custom = ScenarioSchema.parse({ ...base, maxTurns: 1, outOfTurns: 'escalated' });
    const compiled = compileScenario(custom);
    let [snapshot] = initialTransition(compiled.machine, { seed: 1 });
    [snapshot] = transition(compiled.machine, snapshot, { type: 'trainee.reply', reply: '', analysis: fakeAnalysis({ words: 'x' }) });
    expect(snapshot.value).toBe('escalated');
    expect(compiled.endings[OUT_OF_TURNS_STATE]).toBeUndefined();
  });

  it('endings carry their kind, default value and summary', () => {
    expect(endings.resolved).toEqual({ state: 'resolved', kind: 'resolved', value: 100 });
    expect(endings.escalated?.value).toBe(50);
    expect(endings.lost).toEqual({ state: 'lost', kind: 'lost', value: 5, summary: 'Gone.' });
  });
});

describe('chooseLine', () => {
  const variants = [
    { text: 'calm one', mood: '>=50' },
    { text: 'calm two', mood: '>=50' },
    { text: 'angry', mood: '<50' },
    'always',
  ];
  it('keeps only the variants whose mood condition holds', () => {
    const seen = new Set<string>();
    for (let rng = 0; rng < 40; rng++) seen.add(chooseLine(variants, 20, rng * 7919).text ?? '');
    expect([...seen].sort()).toEqual(['always', 'angry']);
  });
  it('is deterministic for a given generator state and advances it', () => {
    const a = chooseLine(variants, 80, 12345);
    const b = chooseLine(variants, 80, 12345);
    expect(a).toEqual(b);
    expect(a.rng).not.toBe(12345);
  });
  it('avoids repeating the previous line when it can', () => {
    for (let rng = 0; rng < 20; rng++) expect(chooseLine(['x', 'y'], 50, rng, 'x').text).toBe('y');
  });
  it('falls back to all variants when no mood matches', () => {
    expect(chooseLine([{ text: 'only when happy', mood: '>90' }], 10, 1).text).toBe('only when happy');
  });
  it('a single string is said as is without using the generator', () => {
    expect(chooseLine('hi', 10, 99)).toEqual({ text: 'hi', rng: 99 });
  });
});

describe('chooseLine with "when": lines for the reply that led to them', () => {
  const facts = (input: FakeAnalysisInput, extra: Partial<ConditionFacts> = {}): ConditionFacts => ({
    analysis: fakeAnalysis(input),
    mood: 50,
    turn: 1,
    flags: {},
    openPromise: false,
    ...extra,
  });
  const upgrade = { keywords: ['upgrade', 'move up'] };
  const fit = [
    { text: 'Lovely, and I can move up later. How do I start?', mood: '>=60', when: upgrade },
    { text: 'Lovely! Can I move up later? How do I start?', mood: '>=60' },
    { text: 'Okay. How would I start?', mood: '<60' },
  ];
  const texts = (pool: { text: string }[]) => pool.map((l) => l.text);

  it('a line whose "when" holds is preferred over the plain lines that fit the mood', () => {
    const said = facts({ words: 'Starter covers it and you can upgrade later' });
    expect(texts(linePool(fit, 70, said))).toEqual(['Lovely, and I can move up later. How do I start?']);
    for (let rng = 0; rng < 30; rng++) expect(chooseLine(fit, 70, rng * 7919, undefined, said).text).toBe('Lovely, and I can move up later. How do I start?');
  });
  it('a line whose "when" fails is out, and the plain lines are said', () => {
    const said = facts({ words: 'Starter covers invoices' });
    expect(texts(linePool(fit, 70, said))).toEqual(['Lovely! Can I move up later? How do I start?']);
  });
  it('mood comes first: a holding "when" does not bring in a line for another mood', () => {
    const said = facts({ words: 'you can upgrade later' });
    expect(texts(linePool(fit, 40, said))).toEqual(['Okay. How would I start?']);
  });
  it('with no reply (the opening line, after a silence) every line with "when" is out', () => {
    expect(texts(linePool(fit, 70))).toEqual(['Lovely! Can I move up later? How do I start?']);
    expect(chooseLine(fit, 70, 5).text).toBe('Lovely! Can I move up later? How do I start?');
  });
  it('the condition sees the whole reply: intents, scores, flags, mood and turn as a branch condition does', () => {
    const lines = [{ text: 'sorry and flagged', when: { intent: 'apology' as const, flag: 'asked', mood: '<30', turn: '==2', empathy: '>=60' } }, 'plain'];
    const holds = facts({ intents: ['apology'], scores: { empathy: 70 } }, { flags: { asked: true }, mood: 20, turn: 2 });
    expect(texts(linePool(lines, 50, holds))).toEqual(['sorry and flagged']);
    for (const miss of [{ flags: {} }, { mood: 40 }, { turn: 3 }]) expect(texts(linePool(lines, 50, { ...holds, ...miss }))).toEqual(['plain']);
    expect(texts(linePool(lines, 50, facts({ intents: ['apology'], scores: { empathy: 40 } }, { flags: { asked: true }, mood: 20, turn: 2 })))).toEqual(['plain']);
  });
  it('several holding lines are all candidates; the seed picks among them and the last line is not repeated', () => {
    const lines = [{ text: 'a', when: { intent: 'apology' as const } }, { text: 'b', when: { intent: 'apology' as const } }, 'plain'];
    const said = facts({ intents: ['apology'] });
    const seen = new Set<string>();
    for (let rng = 0; rng < 40; rng++) seen.add(chooseLine(lines, 50, rng * 7919, undefined, said).text!);
    expect([...seen].sort()).toEqual(['a', 'b']);
    for (let rng = 0; rng < 20; rng++) expect(chooseLine(lines, 50, rng, 'a', said).text).toBe('b');
    expect(chooseLine(lines, 50, 42, undefined, said)).toEqual(chooseLine(lines, 50, 42, undefined, said));
  });
  it('when nothing is left, it falls back as for a mood gap: plain lines of another mood, then every line', () => {
    const gap = [{ text: 'for upgrades, happy', mood: '>=60', when: upgrade }, { text: 'plain, sad', mood: '<30' }];
    expect(texts(linePool(gap, 50, facts({ words: 'hello' })))).toEqual(['plain, sad']);
    // No line fits mood 50: both come back, and the one for this reply is still preferred.
    expect(texts(linePool(gap, 50, facts({ words: 'upgrade' })))).toEqual(['for upgrades, happy']);
    const allConditional = [{ text: 'x', when: upgrade }, { text: 'y', when: { intent: 'apology' as const } }];
    expect(texts(linePool(allConditional, 50))).toEqual(['x', 'y']);
    expect(texts(linePool(allConditional, 50, facts({ intents: ['apology'] })))).toEqual(['y']);
  });
});

describe('compiled machine: lines chosen for the reply that led to them', () => {
  const replyScenario = ScenarioSchema.parse({
    ...base,
    persona: { ...base.persona, mood: 70 },
    states: {
      opening: {
        say: [{ text: 'Only after a reply.', when: { intent: 'greeting' } }, 'Hello, I need help.'],
        after: { seconds: 30, say: [{ text: 'Never after silence.', when: {} }, 'Are you there?'], goto: 'waiting' },
        on: [
          { when: { intent: 'apology' }, say: [{ text: 'Thanks for the apology and the refund.', when: { keywords: ['refund'] } }, 'Thanks for the apology.'], goto: 'fit' },
          { when: { intent: 'question' }, goto: 'fit' },
          { otherwise: true, goto: 'opening' },
        ],
      },
      waiting: {
        say: [{ text: 'You said upgrade.', when: { keywords: ['upgrade'] } }, 'Still waiting.'],
        on: [{ otherwise: true, goto: 'fit' }],
      },
      fit: {
        say: [
          { text: 'Good, I can upgrade later. How do I start?', when: { keywords: ['upgrade'] } },
          { text: 'Good. Can I upgrade later? How do I start?' },
        ],
        on: [{ otherwise: true, goto: 'resolved' }],
      },
      resolved: { end: 'resolved', say: 'Thanks.' },
    },
  });
  const compiled = compileScenario(replyScenario);
  const step = (snapshot: ReturnType<typeof initialTransition<typeof compiled.machine>>[0], input: FakeAnalysisInput) =>
    transition(compiled.machine, snapshot, { type: 'trainee.reply', reply: input.words ?? '', analysis: fakeAnalysis(input) })[0];
  const said = (snapshot: { context: ConversationContext }) => snapshot.context.said.map((l) => l.text);

  it("a state's entry line is chosen for the reply whose branch moved there", () => {
    const [start] = initialTransition(compiled.machine, { seed: 1 });
    expect(said(start)).toEqual(['Hello, I need help.']);
    expect(said(step(start, { intents: ['question'], words: 'Starter fits, and you can upgrade later' })).slice(1)).toEqual(['Good, I can upgrade later. How do I start?']);
    expect(said(step(start, { intents: ['question'], words: 'Starter fits' })).slice(1)).toEqual(['Good. Can I upgrade later? How do I start?']);
  });
  it("a branch's reaction and the next state's line both see that reply", () => {
    const [start] = initialTransition(compiled.machine, { seed: 1 });
    expect(said(step(start, { intents: ['apology'], words: 'sorry I will refund it and you can upgrade' })).slice(1)).toEqual([
      'Thanks for the apology and the refund.',
      'Good, I can upgrade later. How do I start?',
    ]);
    expect(said(step(start, { intents: ['apology'], words: 'sorry' })).slice(1)).toEqual(['Thanks for the apology.', 'Good. Can I upgrade later? How do I start?']);
  });
  it('a line back in a state for a reply is chosen for that reply; the opening line never is', () => {
    const [start] = initialTransition(compiled.machine, { seed: 1 });
    expect(said(step(start, { intents: ['greeting'] })).slice(1)).toEqual(['Only after a reply.']);
  });
  it('after a silence, the timer line and the line of the state it moves to have no reply to check', () => {
    const session = createSession(replyScenario, { seed: 1, analyze: () => fakeAnalysis({ words: 'you can upgrade' }) });
    session.reply('hello, you can upgrade');
    expect(session.wait(30)).toEqual(['Are you there?', 'Still waiting.']);
    expect(session.state).toBe('waiting');
    expect(session.reply('you can upgrade later').customer).toEqual(['Good, I can upgrade later. How do I start?']);
  });
  it('the same seed and replies give the same lines', () => {
    const play = (seed: number) => {
      const session = createSession(replyScenario, { seed, analyze: (text) => fakeAnalysis({ intents: text.includes('sorry') ? ['apology'] : [], words: text }) });
      session.reply('sorry, I will refund it');
      return session.result().turns.map((t) => t.customer);
    };
    expect(play(7)).toEqual(play(7));
  });
});

describe('named implementations', () => {
  it('guards are named in setup(), so .provide() can swap them', () => {
    // Force every reply down the first branch whose index is 0: blame → heated, whatever the analysis says.
    const firstBranchOnly = machine.provide({ guards: { matches: (_args, params: { state: string; branch: number }) => params.branch === 0 } });
    let [snapshot] = initialTransition(firstBranchOnly, { seed: 1 });
    [snapshot] = transition(firstBranchOnly, snapshot, { type: 'trainee.reply', reply: '', analysis: fakeAnalysis({ intents: ['apology'], scores: { empathy: 99 } }) });
    expect(snapshot.value).toBe('heated');
  });

  it('the machine declares one named delay per impatience timer', () => {
    const delays = Object.keys(machine.implementations.delays).sort();
    expect(delays).toEqual(['patience.heated', 'patience.opening']);
  });
});
