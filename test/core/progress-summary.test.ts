import { describe, expect, it } from 'vitest';
import { summarizeProgress, type SessionSummaryInput } from '../../src/core/progress-summary.js';

const session = (scenario: string, ending: string, score: number, empathy: number, positivity: number, followThrough: number, startedAt: string): SessionSummaryInput => ({
  scenario,
  ending,
  score,
  scores: { empathy, positivity, followThrough },
  startedAt,
});

describe('summarizeProgress', () => {
  it('is empty for no sessions', () => {
    expect(summarizeProgress([])).toEqual({
      sessions: 0,
      completed: 0,
      averageScore: null,
      averageScores: null,
      recentScores: null,
      weakestSkill: null,
      bestByScenario: {},
      endings: {},
      firstAt: null,
      lastAt: null,
    });
  });

  it('averages completed sessions only and finds the weakest skill and bests', () => {
    const summary = summarizeProgress([
      session('a', 'resolved', 80, 90, 70, 60, '2026-01-02T00:00:00Z'),
      session('a', 'lost', 20, 10, 30, 40, '2026-01-01T00:00:00Z'),
      session('b', 'escalated', 51, 50, 50, 20, '2026-01-03T00:00:00Z'),
      session('b', 'abandoned', 0, 0, 0, 0, '2026-01-04T00:00:00Z'),
    ]);
    expect(summary).toEqual({
      sessions: 4,
      completed: 3,
      averageScore: 50.3,
      averageScores: { empathy: 50, positivity: 50, followThrough: 40 },
      recentScores: { empathy: 50, positivity: 50, followThrough: 40 },
      // Positive language 50 is 5 above where a neutral reply starts (45); follow-through 40 is 10 above its 30.
      weakestSkill: 'positivity',
      bestByScenario: { a: 80, b: 51 },
      endings: { resolved: 1, lost: 1, escalated: 1, abandoned: 1 },
      firstAt: '2026-01-01T00:00:00Z',
      lastAt: '2026-01-04T00:00:00Z',
    });
  });

  it('names the weakest skill from recent sessions, as the app does', () => {
    const old = Array.from({ length: 5 }, (_, i) => session('a', 'resolved', 50, 10, 90, 90, `2026-01-0${i + 1}T00:00:00Z`));
    const recent = Array.from({ length: 5 }, (_, i) => session('a', 'resolved', 50, 90, 90, 10, `2026-02-0${i + 1}T00:00:00Z`));
    const summary = summarizeProgress([...old, ...recent]);
    expect(summary.averageScores).toEqual({ empathy: 50, positivity: 90, followThrough: 50 });
    expect(summary.recentScores).toEqual({ empathy: 90, positivity: 90, followThrough: 10 });
    expect(summary.weakestSkill).toBe('followThrough');
  });
});
