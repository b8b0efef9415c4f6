import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDrillText } from '../../src/core/drill/load.js';
import { formatProblem } from '../../src/core/problem.js';
import { loadScenarioText } from '../../src/core/scenario/load.js';
import { lintScenario } from '../../src/core/scenario/lint.js';
import { MAX_NESTING, tooDeepPath } from '../../src/core/scenario/nesting.js';
import { loadTestFileText } from '../../src/core/scenario/test-file.js';

const TOO_DEEP = `the YAML is nested too deeply (more than ${MAX_NESTING} lists and mappings inside one another)`;
const hint = (noun: string) => `a ${noun} needs only a few levels: look for "[" or "{" typed many times over, or lines indented further and further, and remove the extra levels`;

const brackets = (n: number) => `id: x\na: ${'['.repeat(n)}${']'.repeat(n)}\n`;
const maps = (n: number) => `id: x\na: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`;
// "- - - x" nests lists on one line: no brackets, no growing indentation.
const dashes = (n: number) => `id: x\na:\n  ${'- '.repeat(n)}x\n`;

describe('YAML nested too deeply', () => {
  // Each was "Maximum call stack size exceeded" (the yaml library's own report), at a column that
  // depended on the stack size; the first list or mapping past the limit is the place to look.
  it.each([
    ['20,000 "["', brackets(20_000), 2, 4 + MAX_NESTING - 1],
    ['5,000 "{a: "', maps(5_000), 2, 4 + 4 * (MAX_NESTING - 1)],
    ['1,000 "- "', dashes(1_000), 3, 3 + 2 * (MAX_NESTING - 1)],
    ['just past the limit', brackets(MAX_NESTING), 2, 4 + MAX_NESTING - 1],
  ])('%s: one located error that says so, for scenarios, test files and drills', (_, text, line, col) => {
    const expected = (file: string, noun: string) => [`${file}:${line}:${col}: ${TOO_DEEP} (${hint(noun)})`];
    expect(loadScenarioText(text, 's.yaml').problems.map(formatProblem)).toEqual(expected('s.yaml', 'scenario'));
    expect(loadTestFileText(text, 's.test.yaml').problems.map(formatProblem)).toEqual(expected('s.test.yaml', 'test file'));
    expect(loadDrillText(text, 'd.yaml').problems.map(formatProblem)).toEqual(expected('d.yaml', 'drill'));
  });

  it('nesting up to the limit is read as usual', () => {
    const lines = loadScenarioText(brackets(MAX_NESTING - 1), 's.yaml').problems.map(formatProblem);
    expect(lines.join('\n')).not.toContain('nested too deeply');
    expect(lines).toContain('s.yaml:2:1: unknown key "a" in the scenario (did you mean "id"?)');
  });

  it('a scenario deeply nested in conditions (not: { not: … }) gets the error, not a crash in the graph checks', () => {
    const scenario = readFileSync('scenarios/irate-double-charge.yaml', 'utf8');
    const deep = `${'{ not: '.repeat(200)}{ intent: apology }${' }'.repeat(200)}`;
    const text = scenario.replace('when: *concrete,', `when: ${deep},`);
    expect(text).not.toBe(scenario);
    const problems = loadScenarioText(text, 's.yaml').problems;
    expect(problems.map((p) => p.message)).toEqual([TOO_DEEP]);
  });

  it('aliases that nest the data past the limit are reported at the deep part, in words', () => {
    // Each anchored value is 40 levels deep and holds the one before it: 80 levels once filled in.
    const chain = (n: number) => `${'['.repeat(n)}x${']'.repeat(n)}`;
    const text = `id: x\na: &one ${chain(40)}\nb: &two ${'['.repeat(40)}*one${']'.repeat(40)}\n`;
    const problems = loadScenarioText(text, 's.yaml').problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, message: `the YAML is nested too deeply once its aliases are filled in (more than ${MAX_NESTING} lists and mappings inside one another)` });
    expect(problems[0]!.hint).toContain('alias (*name) repeats the whole value marked &name');
  });
});

describe('an alias inside the value it repeats', () => {
  const valid = readFileSync('scenarios/irate-double-charge.yaml', 'utf8');

  it('is an error at the alias (it loaded, and the linter crashed on the endless condition)', () => {
    const text = valid.replace('when: *concrete,', 'when: &loop { intent: apology, not: *loop },');
    expect(text).not.toBe(valid);
    const problems = loadScenarioText(text, 's.yaml').problems;
    expect(problems.map((p) => [p.message, p.hint])).toEqual([
      [
        'the alias "*loop" is inside the value marked "&loop" that it repeats, so it would repeat itself for ever',
        'an alias can only repeat a value that ends before it: move "*loop" out of that value, or write this part out',
      ],
    ]);
    const line = text.split('\n').findIndex((l) => l.includes('*loop')) + 1;
    expect(problems[0]).toMatchObject({ line, col: text.split('\n')[line - 1]!.indexOf('*loop') + 1 });
  });

  it('an alias of a value inside it that reuses the name is fine: the alias repeats the latest value so marked', () => {
    const text = valid.replace('when: *concrete,', 'when: &both { all: [&both { intent: commitment }, *both] },');
    const loaded = loadScenarioText(text, 's.yaml');
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(() => lintScenario(loaded.scenario!)).not.toThrow();
  });
});

describe('tooDeepPath', () => {
  it('finds the path to the first value past the limit, and stops on a cycle', () => {
    expect(tooDeepPath({ a: [[1]] }, 3)).toBeUndefined();
    expect(tooDeepPath({ a: [[[1]]] }, 3)).toEqual(['a', 0, 0]);
    const loop: Record<string, unknown> = {};
    loop.not = loop;
    expect(tooDeepPath({ when: loop }, 5)).toEqual(['when', 'not', 'not', 'not', 'not']);
  });
});
