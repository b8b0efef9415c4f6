import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { formatProblem } from '../../src/core/problem.js';
import { loadScenarioText } from '../../src/core/scenario/load.js';
import { diffStates, findSaid, formatBand, isSubsequence, runScenarioTests, runTestCase } from '../../src/core/scenario/scenario-test.js';
import type { TestCase } from '../../src/core/scenario/schema.js';
import { loadTestFileText } from '../../src/core/scenario/test-file.js';
import { ENDINGS, scenarioText } from './helpers.js';

const scenario = loadScenarioText(
  scenarioText(
    `  opening:
    say: "It's late again."
    after: { seconds: 30, mood: -10, say: "Hello?" }
    on:
      - { when: { intent: apology }, mood: +10, goto: listening }
      - { otherwise: true, goto: lost }
  listening:
    say: "Okay. What now?"
    on:
      - { when: { specific: true }, goto: resolved }
      - { otherwise: true, goto: listening }
${ENDINGS}`,
    `goals:\n  - { id: sorry, when: { intent: apology } }\n`,
  ),
  'x.yaml',
).scenario!;

describe('state expectations', () => {
  it.each([
    [['a', 'c'], ['a', 'b', 'c'], true],
    [['a', 'c'], ['c', 'a'], false],
    [[], ['a'], true],
    [['a', 'a'], ['a'], false],
  ])('isSubsequence(%j, %j) = %s', (expected, actual, result) => {
    expect(isSubsequence(expected, actual)).toBe(result);
  });

  it('diffStates marks what was expected but not visited (-) and what was visited instead (+)', () => {
    expect(diffStates(['opening', 'listening', 'resolved'], ['opening', 'lost'])).toEqual(['  opening', '+ lost', '- listening', '- resolved']);
    expect(diffStates(['a', 'c'], ['a', 'b', 'c'])).toEqual(['  a', '+ b', '  c']);
  });

  it('formats score bands', () => {
    expect([formatBand({ min: 60 }), formatBand({ max: 40 }), formatBand({ min: 20, max: 50 })]).toEqual(['≥ 60', '≤ 40', '20–50']);
  });
});

describe('runTestCase', () => {
  const good: TestCase = {
    name: 'apology then a plan',
    replies: ["I'm so sorry it's late again.", 'I will email you the tracking number by 5 pm today.'],
    expect: { states: ['opening', 'listening', 'resolved'], ending: 'resolved', goals: ['sorry'], score: { min: 40 } },
  };

  it('passes when every expectation holds', () => {
    const result = runTestCase(scenario, good, analyze);
    expect(result.failures).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.actual.states).toEqual(['opening', 'listening', 'resolved']);
    expect(result.diff).toEqual([]);
  });

  it('fails with one line per unmet expectation and a diff of the conversation', () => {
    const wrong: TestCase = { ...good, expect: { states: ['opening', 'lost'], ending: 'lost', score: { max: 10 }, notGoals: ['sorry'] } };
    const result = runTestCase(scenario, wrong, analyze);
    expect(result.passed).toBe(false);
    expect(result.failures).toEqual([
      'states: expected to pass through opening → lost in that order',
      'ending: expected lost, got resolved',
      expect.stringMatching(/^score: expected ≤ 10, got \d+$/),
      'goals: expected sorry not to be met',
    ]);
    const diff = result.diff.join('\n');
    expect(diff).toContain('  - lost\n  + resolved');
    expect(diff).toContain('conversation:');
    expect(diff).toContain("trainee: I'm so sorry it's late again.");
    expect(diff).toMatch(/\[apology[^\]]*\] opening → listening, mood 40 → 50/);
    expect(diff).toContain('customer (listening): Okay. What now?');
  });

  it('silence runs the impatience timer on the virtual clock', () => {
    const result = runTestCase(scenario, { name: 'silence', replies: ['/wait 30', 'Whatever.'], expect: { ending: 'lost' } }, analyze);
    expect(result.passed).toBe(true);
    expect(result.actual.transcript).toContain('customer (opening, impatient): Hello?');
  });

  it('one long silence that runs through several timers passes through every state on the way', () => {
    const chained = loadScenarioText(
      scenarioText(
        `  opening:
    say: "Hi."
    after: { seconds: 30, say: "Hello?", goto: waiting }
    on:
      - { otherwise: true, goto: resolved }
  waiting:
    say: "Are you there?"
    after: { seconds: 30, goto: lost }
    on:
      - { otherwise: true, goto: resolved }
${ENDINGS}`,
      ),
      'x.yaml',
    ).scenario!;
    const result = runTestCase(chained, { name: 'silence', replies: ['/wait 60'], expect: { states: ['opening', 'waiting', 'lost'], ending: 'lost' } }, analyze);
    expect(result.failures).toEqual([]);
    expect(result.actual.states).toEqual(['opening', 'waiting', 'lost']);
    expect(result.actual.transcript).toEqual([
      'customer (opening): Hi.',
      '… 60 s of silence',
      'customer (impatient): Hello?',
      'customer (impatient): Are you there?',
      'customer (impatient): Bye.',
      '  opening → waiting → lost (timers)',
      expect.stringMatching(/^ending: lost, score \d+$/),
    ]);
  });

  it('"says" finds words in the customer\'s lines in order, capitals, spacing and curly apostrophes aside', () => {
    expect(findSaid(['late', "what  NOW"], ["It's late again.", 'Okay. What now?'])).toEqual([0, 1]);
    expect(findSaid(['what now', 'late'], ["It's late again.", 'Okay. What now?'])).toEqual([1, -1]);
    expect(findSaid(["it's late"], ['It\u2019s late again.'])).toEqual([0]);
    expect(findSaid(['late', 'late'], ["It's late again."])).toEqual([0, -1]);
    expect(findSaid(['late', 'again'], ["It's late again."])).toEqual([0, 0]);
    expect(findSaid(['again', 'late'], ["It's late again.", 'Late, I said.'])).toEqual([0, 1]);
  });

  it('"says" and "notSays" pass on what the customer said, opening and silences included, and fail with a diff', () => {
    const said = runTestCase(scenario, { ...good, expect: { says: ["It's late again", 'what now', 'thanks'], notSays: ['Bye.'] } }, analyze);
    expect(said.failures).toEqual([]);
    expect(said.actual.said).toEqual(["It's late again.", 'Okay. What now?', 'Thanks.']);
    const silent = runTestCase(scenario, { name: 'silence', replies: ['/wait 30', 'Whatever.'], expect: { says: ['Hello?', 'Bye.'] } }, analyze);
    expect(silent.failures).toEqual([]);
    const wrong = runTestCase(scenario, { ...good, expect: { says: ['what now', "it's late"], notSays: ['thanks', 'hello'] } }, analyze);
    expect(wrong.failures).toEqual(['says: expected the customer to say "it\'s late" after "what now"', 'notSays: expected the customer not to say "thanks"']);
    expect(wrong.diff.slice(0, 5)).toEqual([
      'customer says (- expected, not said in this order):',
      '    "what now" (customer line 2)',
      '  - "it\'s late"',
      'customer said (should not have):',
      '  + "thanks" in "Thanks."',
    ]);
  });

  it('a seed is honoured (same seed, same conversation)', () => {
    const a = runScenarioTests(scenario, [{ ...good, seed: 7 }], analyze)[0]!;
    const b = runScenarioTests(scenario, [{ ...good, seed: 7 }], analyze)[0]!;
    expect(b.actual).toEqual(a.actual);
  });
});

describe('test files (<id>.test.yaml)', () => {
  it('loads cases and locates mistakes with "did you mean"', () => {
    expect(loadTestFileText('tests:\n  - name: x\n    replies: [hi]\n    expect: { ending: resolved }\n', 't.test.yaml').file?.tests).toHaveLength(1);
    expect(loadTestFileText('tests:\n  - name: x\n    replys: [hi]\n    expect: {}\n', 't.test.yaml').problems.map((p) => `${p.line}:${p.col} ${p.message} (${p.hint})`)).toEqual([
      '3:5 unknown key "replys" in test 1 (did you mean "replies"?)',
    ]);
    expect(loadTestFileText('', 't.test.yaml').problems[0]?.message).toBe('file is empty');
  });

  it('says what is wrong in the words the scenario loader uses, with the fix', () => {
    const lines = (text: string) => loadTestFileText(text, 't.test.yaml').problems.map(formatProblem);
    expect(lines('tests:\n  - name: x\n    replies: "Sorry about that."\n    expect: {}\n')).toEqual([
      't.test.yaml:3:14: "replies" in test 1 should be a list, found the text "Sorry about that." (make it a list: replies: [Sorry about that.], or one "- Sorry about that." per line below the key)',
    ]);
    expect(lines('tests:\n  - name: x\n    replies: [hi]\n\texpect: {}\n')).toEqual([
      't.test.yaml:4:1: Tabs are not allowed as indentation (indent with spaces: YAML does not allow tabs; most editors can insert spaces when you press Tab)',
    ]);
    expect(lines('tests:\n  - name: x\n    replies: [*sorry]\n    expect: {}\n')).toEqual(['t.test.yaml:3:15: no anchor "&sorry" for the alias "*sorry" (mark the value to repeat with "&sorry" where it first appears)']);
  });
});

describe('every built-in scenario has tests, and they all pass (the `rapport test` logic)', () => {
  const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'));
  it.each(files)('%s', (file) => {
    const loaded = loadScenarioText(readFileSync(`scenarios/${file}`, 'utf8'), file);
    expect(loaded.scenario).toBeDefined();
    const s = loaded.scenario!;
    const sibling = `scenarios/${s.id}.test.yaml`;
    const fromFile = readdirSync('scenarios').includes(`${s.id}.test.yaml`) ? (loadTestFileText(readFileSync(sibling, 'utf8'), sibling).file?.tests ?? []) : [];
    const cases = [...(s.tests ?? []), ...fromFile];
    expect(cases.length).toBeGreaterThan(0);
    const results = runScenarioTests(s, cases, analyze);
    expect(results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.failures.join('; ')}`)).toEqual([]);
  });
});
