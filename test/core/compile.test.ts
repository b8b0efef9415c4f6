import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { chooseLine, compileScenario, OUT_OF_TURNS_STATE } from '../../src/core/compile.js';
import type { ConversationContext } from '../../src/core/compile.js';
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
