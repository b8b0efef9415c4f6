/**
 * What a field of a scenario (or of a scenario test) looks like when it is
 * right, for the hint of an error about it: `"persona.traits" should be a
 * list … (e.g. traits: [impatient, fair-minded])`. The examples match the
 * guide (docs/authoring.md §7).
 */

type PathKey = string | number;

/** Keys whose value is a condition, so `mood` or `empathy` inside one is a comparison. */
const CONDITION_KEYS = new Set(['when', 'any', 'all', 'not']);

/** Examples of a whole field, by its key; a function when the key means different things in different places. */
const EXAMPLES: Readonly<Record<string, string | ((path: readonly PathKey[]) => string | undefined)>> = {
  id: (path) => (path.length === 1 ? 'id: late-parcel' : 'id: apologised'),
  title: 'title: The parcel that never came',
  category: 'category: irate-customer',
  difficulty: 'a whole number from 1 for gentle to 5 for hard, e.g. difficulty: 2',
  description: 'description: One sentence for the scenario list.',
  persona: 'persona: { name: Sam, mood: 35, situation: "Sam\'s parcel is four days late." }',
  name: (path) => (path[0] === 'persona' ? 'name: Sam Carter' : 'name: an apology calms her down'),
  tier: 'tier: premium',
  traits: 'traits: [impatient, fair-minded]',
  situation: 'situation: "Sam\'s parcel is four days late."',
  mood: (path) =>
    path[0] === 'persona'
      ? 'a whole number from 0 for furious to 100 for delighted, e.g. mood: 35'
      : inCondition(path) || fieldKeys(path).includes('say')
        ? 'a comparison, e.g. mood: "<40"'
        : 'a change such as +10 or -15, e.g. mood: -10',
  rubric: 'weights from 0 to 1, e.g. rubric: { empathy: 0.4, positivity: 0.3, followThrough: 0.3 }',
  empathy: (path) => skill('empathy', path),
  positivity: (path) => skill('positivity', path),
  followThrough: (path) => skill('followThrough', path),
  goals: (path) => (path.length === 1 ? 'goals: [{ id: apologised, when: { intent: apology } }]' : 'goals: [apologised]'),
  notGoals: 'notGoals: [apologised]',
  says: 'says: ["move up later"]',
  notSays: 'notSays: ["Can I move up later"]',
  maxTurns: 'maxTurns: 8',
  outOfTurns: 'outOfTurns: gave-up',
  start: 'start: opening',
  states: (path) =>
    path.length === 1 ? 'states: { opening: { say: "Hello?", on: [{ otherwise: true, goto: done }] }, done: { end: resolved } }' : 'states: [opening, resolved]',
  say: 'say: "Are you still there?", or a list of variants: say: ["Hello?", "Anyone there?"]',
  text: 'text: "Are you still there?"',
  on: 'on: [{ when: { intent: apology }, goto: listening }, { otherwise: true, goto: opening }]',
  after: 'after: { seconds: 45, mood: -10, say: "Hello?" }',
  seconds: 'seconds: 45',
  end: 'end: resolved',
  value: 'a number from 0 to 100, e.g. value: 100',
  summary: 'summary: You owned the problem and made a promise she can check.',
  hint: 'hint: Start by acknowledging the delay.',
  note: 'note: acknowledging the delay',
  goto: 'goto: listening',
  set: 'set: { offended: true }',
  when: 'when: { intent: apology }',
  otherwise: 'otherwise: true',
  intent: 'intent: apology, or a list: intent: [apology, reflection]',
  notIntent: 'notIntent: [blame, sarcasm]',
  keywords: 'keywords: [refund, money back]',
  turn: 'turn: ">=7"',
  flag: 'flag: owned-it',
  notFlag: 'notFlag: owned-it',
  specific: 'specific: true',
  openPromise: 'openPromise: true',
  any: 'any: [{ intent: apology }, { empathy: ">=65" }]',
  all: 'all: [{ intent: apology }, { specific: true }]',
  not: 'not: { intent: blame }',
  tests: 'tests: [{ name: an apology calms her down, replies: ["I\'m so sorry."], expect: { ending: resolved } }]',
  replies: 'replies: ["I\'m so sorry about the wait.", "/wait 30"]',
  expect: 'expect: { ending: resolved }',
  ending: 'ending: resolved',
  score: 'score: { min: 60 }, or { min: 20, max: 50 }',
  min: 'min: 60',
  max: 'max: 40',
  seed: 'seed: 1',
  examples: 'examples: [{ reply: "I\'m so sorry about the wait.", empathy: ">=50" }]',
  reply: 'reply: "I\'m so sorry about the wait."',
  customer: 'customer: "It\'s four days late."',
  why: 'why: an apology is what this customer needs first',
  scenario: 'scenario: late-parcel',
};

/** Examples of one item of a list, by the list's key. */
const ITEM_EXAMPLES: Readonly<Record<string, string>> = {
  on: '- { when: { intent: apology }, mood: +10, goto: listening }',
  goals: '- { id: apologised, when: { intent: apology } }',
  tests: '- { name: an apology calms her down, replies: ["I\'m so sorry."], expect: { ending: resolved } }',
  examples: '- { reply: "I\'m so sorry about the wait.", empathy: ">=50" }',
  say: '- "Are you still there?", or with a mood: - { text: "Are you still there?", mood: "<40" }, or for a reply: - { text: "Thanks, that helps.", when: { intent: apology } }',
  any: '- { intent: apology }',
  all: '- { intent: apology }',
};

/** The keys of a path without the state's name, which may be any word ("when", "say"). */
const fieldKeys = (path: readonly PathKey[]) => (path[0] === 'states' ? path.slice(2) : path);

function inCondition(path: readonly PathKey[]): boolean {
  return fieldKeys(path).some((key) => typeof key === 'string' && CONDITION_KEYS.has(key)) || (path[0] === 'examples' && path.length === 3);
}

function skill(key: string, path: readonly PathKey[]): string {
  return path[0] === 'rubric' ? `a weight from 0 to 1, e.g. ${key}: 0.4` : `a comparison, e.g. ${key}: ">=60"`;
}

/**
 * How the value at `path` is written when it is right, as a hint ("e.g. …"),
 * or undefined when there is nothing useful to show.
 * @example fieldExample(['persona', 'traits']) → 'e.g. traits: [impatient, fair-minded]'
 * @example fieldExample(['states', 'x', 'on', 0, 'set', 'asked']) → 'true or false, e.g. asked: true'
 */
export function fieldExample(path: readonly PathKey[]): string | undefined {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  let example: string | undefined;
  if (typeof last === 'number') {
    example = typeof parent === 'string' ? ITEM_EXAMPLES[parent] : undefined;
  } else if (last !== undefined && parent === 'set') {
    return `e.g. ${last}: true`;
  } else if (parent === 'states' && path.length === 2) {
    example = `${last}: { say: "Hello?", on: [{ otherwise: true, goto: done }] }, or an ending: ${last}: { end: resolved }`;
  } else if (last !== undefined && Object.hasOwn(EXAMPLES, last)) {
    const found = EXAMPLES[last]!;
    example = typeof found === 'function' ? found(path) : found;
  }
  if (example === undefined) return undefined;
  // Examples that start with a description ("a whole number from 1…, e.g. …") already say "e.g.".
  return example.includes('e.g. ') ? example : `e.g. ${example}`;
}
