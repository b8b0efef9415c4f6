import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance, meantHint } from '../../src/core/did-you-mean.js';
import { formatProblem, sortProblems } from '../../src/core/problem.js';
import { nextRandom, pickIndex, seedRandom } from '../../src/core/random.js';
import { sampleAnalysis, satisfyingNumber } from '../../src/core/scenario/satisfy.js';
import { evaluateCondition } from '../../src/core/scenario/condition.js';
import type { Condition } from '../../src/core/scenario/schema.js';

describe('did you mean', () => {
  it.each([
    ['heatd', 'heated', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ] as const)('editDistance(%s, %s) = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
  it.each([
    ['heatd', ['heated', 'opening', 'done'], 'heated'],
    ['Goto', ['goto', 'say'], 'goto'],
    ['aftr', ['after', 'on', 'say', 'end'], 'after'],
    ['xyzzy', ['heated', 'opening'], undefined],
  ] as const)('closest(%s) → %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });
  it('phrases the hint', () => {
    expect(didYouMean('apolgy', ['apology', 'question'])).toBe('did you mean "apology"?');
    expect(didYouMean('zzz', ['apology'])).toBeUndefined();
  });
  it('one phrasing for every "did you mean", however the word was found', () => {
    expect(meantHint('seconds')).toBe('did you mean "seconds"?');
    expect(meantHint('*hostile')).toBe('did you mean "*hostile"?');
  });
});

describe('problems', () => {
  it('format as path:line:col: message (hint), warnings marked', () => {
    expect(formatProblem({ path: 'a.yaml', line: 3, col: 7, severity: 'error', message: 'bad', hint: 'fix it' })).toBe('a.yaml:3:7: bad (fix it)');
    expect(formatProblem({ path: 'a.yaml', line: 1, col: 1, severity: 'warning', message: 'odd' })).toBe('a.yaml:1:1: warning: odd');
  });
  it('sort by file, line and column', () => {
    const p = (path: string, line: number, col: number) => ({ path, line, col, severity: 'error' as const, message: '' });
    expect(sortProblems([p('b', 1, 1), p('a', 2, 5), p('a', 2, 1), p('a', 1, 9)]).map((x) => `${x.path}${x.line}${x.col}`)).toEqual(['a19', 'a21', 'a25', 'b11']);
  });
});

describe('seeded random', () => {
  it('replays the same sequence for the same seed', () => {
    const run = (seed: number) => {
      let state = seedRandom(seed);
      const values: number[] = [];
      for (let i = 0; i < 5; i++) {
        const [value, next] = nextRandom(state);
        values.push(value);
        state = next;
      }
      return values;
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
    for (const v of run(123)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
  it('picks every index of a small range over many draws', () => {
    let state = seedRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 100; i++) {
      const [index, next] = pickIndex(state, 3);
      seen.add(index);
      state = next;
    }
    expect([...seen].sort()).toEqual([0, 1, 2]);
  });
});

describe('sampleAnalysis', () => {
  it.each([['>=60', 60], ['>60', 61], ['<40', 39], ['==3', 3], ['!=50', 51], [70, 70]] as const)('satisfyingNumber(%s) = %d', (c, n) => {
    expect(satisfyingNumber(c)).toBe(n);
  });
  const conditions: Condition[] = [
    { intent: 'apology', empathy: '>=60' },
    { intent: ['question', 'reflection'], notIntent: ['blame'] },
    { keywords: ['refunds', 'credit'], specific: true },
    { all: [{ intent: 'apology' }, { any: [{ intent: 'ownership' }, { empathy: 70 }] }] },
    { intent: ['blame', 'apology'], notIntent: 'blame' },
    { specific: false },
  ];
  it.each(conditions)('satisfies %j', (condition) => {
    expect(evaluateCondition(condition, { analysis: sampleAnalysis(condition), mood: 50, turn: 1, flags: {}, openPromise: false })).toBe(true);
  });
});
