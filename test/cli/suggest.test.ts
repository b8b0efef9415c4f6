import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../src/cli/suggest.js';

describe('suggest', () => {
  it.each([
    ['lsit', 'list'],
    ['porgress', 'progress'],
    ['valdate', 'validate'],
    ['sco', 'score'],
    ['jsno', 'json'],
    ['xyz', undefined],
    ['frobnicate', undefined],
  ])('%s → %s', (input, expected) => {
    expect(suggest(input, ['list', 'play', 'score', 'validate', 'progress', 'json'])).toBe(expected);
  });

  it('computes edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
