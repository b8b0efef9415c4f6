import { describe, expect, it } from 'vitest';
import { GRADE_BANDS, gradeLetter, gradeSession } from '../../src/core/grade.js';
import type { TrackedPromise } from '../../src/core/analysis/promises.js';

const equal = { empathy: 1 / 3, positivity: 1 / 3, followThrough: 1 / 3 };
const promise = (keptAt?: number): TrackedPromise => ({
  turn: 1,
  commitment: { start: 0, end: 1, text: 'I will', who: 'I', what: 'refund', when: 'today', channel: null, specific: true },
  kept: keptAt !== undefined,
  pending: false,
  ...(keptAt === undefined ? {} : { keptAt }),
});

describe('gradeSession', () => {
  const cases = [
    { name: 'no replies', turnScores: [], promises: [], endingValue: 0, score: 0, scores: { empathy: 0, positivity: 0, followThrough: 0 } },
    { name: 'no replies but a good ending', turnScores: [], promises: [], endingValue: 100, score: 25, scores: { empathy: 0, positivity: 0, followThrough: 0 } },
    {
      name: 'per-skill mean over turns, equal weights, resolved',
      turnScores: [
        { empathy: 80, positivity: 60, followThrough: 40 },
        { empathy: 60, positivity: 80, followThrough: 60 },
      ],
      promises: [],
      endingValue: 100,
      score: 73, // 0.75 × (70 + 70 + 50) / 3 + 25 = 72.5, rounded
      scores: { empathy: 70, positivity: 70, followThrough: 50 },
    },
    {
      name: 'kept promises raise follow-through, capped',
      turnScores: [{ empathy: 50, positivity: 50, followThrough: 50 }],
      promises: [promise(2), promise(3), promise(4), promise(5), promise()],
      endingValue: 0,
      score: 41, // 0.75 × (50 + 50 + 65) / 3
      scores: { empathy: 50, positivity: 50, followThrough: 65 },
    },
  ];
  it.each(cases)('$name', ({ turnScores, promises, endingValue, score, scores }) => {
    expect(gradeSession({ rubric: equal, turnScores, promises, endingValue })).toEqual({ score, scores });
  });

  it('weights skills by the rubric', () => {
    const turnScores = [{ empathy: 100, positivity: 0, followThrough: 0 }];
    const empathyOnly = gradeSession({ rubric: { empathy: 1, positivity: 0, followThrough: 0 }, turnScores, promises: [], endingValue: 0 });
    const followOnly = gradeSession({ rubric: { empathy: 0, positivity: 0, followThrough: 1 }, turnScores, promises: [], endingValue: 0 });
    expect(empathyOnly.score).toBe(75);
    expect(followOnly.score).toBe(0);
  });

  it('with goals, 20 points follow the share met, taken from the skills; without goals the skills keep them', () => {
    const turnScores = [{ empathy: 60, positivity: 60, followThrough: 60 }];
    const base = { rubric: equal, turnScores, promises: [], endingValue: 100 };
    expect(gradeSession({ ...base, goals: { met: 4, total: 4 } }).score).toBe(78); // 0.55 × 60 + 20 + 25
    expect(gradeSession({ ...base, goals: { met: 2, total: 4 } }).score).toBe(68); // 0.55 × 60 + 10 + 25
    expect(gradeSession({ ...base, goals: { met: 0, total: 4 } }).score).toBe(58);
    expect(gradeSession({ ...base, goals: { met: 0, total: 0 } }).score).toBe(gradeSession(base).score);
    expect(gradeSession(base).score).toBe(70); // 0.75 × 60 + 25
  });

  it('meeting every goal outranks a shortcut with better replies that skips half of them', () => {
    const rest = { rubric: equal, promises: [], endingValue: 100 };
    const fullPath = gradeSession({ ...rest, turnScores: [{ empathy: 50, positivity: 50, followThrough: 50 }], goals: { met: 4, total: 4 } }).score;
    const shortcut = gradeSession({ ...rest, turnScores: [{ empathy: 58, positivity: 58, followThrough: 58 }], goals: { met: 2, total: 4 } }).score;
    expect(fullPath).toBeGreaterThan(shortcut);
  });

  it('the ending is worth a quarter of the score', () => {
    const turnScores = [{ empathy: 60, positivity: 60, followThrough: 60 }];
    const resolved = gradeSession({ rubric: equal, turnScores, promises: [], endingValue: 100 }).score;
    const lost = gradeSession({ rubric: equal, turnScores, promises: [], endingValue: 0 }).score;
    expect(resolved - lost).toBe(25);
  });
});

describe('gradeLetter', () => {
  it.each([
    [100, 'A'],
    [70, 'A'],
    [69, 'B'],
    [60, 'B'],
    [59, 'C'],
    [50, 'C'],
    [49, 'D'],
    [40, 'D'],
    [39, 'F'],
    [0, 'F'],
    [-5, 'F'],
  ] as const)('%d → %s', (score, letter) => {
    expect(gradeLetter(score)).toBe(letter);
  });

  it('reads the bands from GRADE_BANDS: best first, strictly falling minimums, F from 0', () => {
    const mins = GRADE_BANDS.map((band) => band.min);
    expect(GRADE_BANDS.map((band) => band.letter)).toEqual(['A', 'B', 'C', 'D', 'F']);
    expect([...mins].sort((a, b) => b - a)).toEqual(mins);
    expect(new Set(mins).size).toBe(mins.length);
    expect(mins.at(-1)).toBe(0);
    for (const band of GRADE_BANDS) expect(gradeLetter(band.min)).toBe(band.letter);
  });
});
