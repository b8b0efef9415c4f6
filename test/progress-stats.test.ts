import { describe, expect, it } from 'vitest';
import { finishedSessions, recentAverages, skillTrends, suggestScenario, weakestSkill } from '../src/core/progress-stats.js';
import { costliestTurn, weightedScore } from '../src/core/costliest-turn.js';
import { analysis, attempt, entries, vagueTip } from './ui/fixtures.js';

const history = [
  attempt(1, 'a', { empathy: 40, positivity: 60, followThrough: 30 }),
  attempt(2, 'a', { empathy: 90, positivity: 90, followThrough: 90 }, 'abandoned'),
  attempt(3, 'b', { empathy: 60, positivity: 70, followThrough: 50 }),
];

describe('progress statistics', () => {
  it('ignores abandoned sessions', () => expect(finishedSessions(history).map((s) => s.id)).toEqual(['s1', 's3']));
  it('trends per skill, oldest first', () => expect(skillTrends(history)).toEqual({ empathy: [40, 60], positivity: [60, 70], followThrough: [30, 50] }));
  it('averages the recent window', () => expect(recentAverages(history, 1)).toEqual({ empathy: 60, positivity: 70, followThrough: 50 }));
  it('finds the weakest skill', () => expect(weakestSkill(history)).toBe('followThrough'));
  it('weighs each skill from where a neutral reply starts (empathy 30, positive language 45), not by the lowest raw mean', () => {
    // Empathy 39 is 9 above its neutral 30; positive language 50 only 5 above its 45: that is the weaker.
    const sessions = [attempt(1, 'a', { empathy: 39, positivity: 50, followThrough: 43 })];
    expect(weakestSkill(sessions)).toBe('positivity');
    expect(weakestSkill([attempt(2, 'a', { empathy: 32, positivity: 60, followThrough: 50 })])).toBe('empathy');
  });
  it('has no weakest skill without finished sessions', () => expect(weakestSkill([history[1]!])).toBeNull());
  it('suggests the scenario weighting that skill most', () => {
    expect(suggestScenario(entries, 'followThrough')?.id).toBe('pre-sales-budget');
    expect(suggestScenario(entries, 'positivity')?.id).toBe('ethics-cheaper');
  });
  it('breaks weight ties by the lower best score', () => {
    const tied = entries.map((e) => ({ ...e, rubric: { empathy: 1, positivity: 1, followThrough: 1 } }));
    expect(suggestScenario(tied, 'empathy')?.id).toBe('pre-sales-budget'); // never played counts lowest
  });
});

describe('costliest turn', () => {
  const rubric = { empathy: 0.5, positivity: 0.25, followThrough: 0.25 };
  const turn = (index: number, e: number, p: number, f: number, moodDelta = 0, tips = [vagueTip]) => ({
    index,
    reply: `reply ${index}`,
    analysis: analysis({ empathy: e, positivity: p, followThrough: f }, [], tips),
    moodDelta,
  });
  it('weights scores by the rubric', () => expect(weightedScore({ empathy: 100, positivity: 0, followThrough: 0 }, rubric)).toBe(50));
  it('picks the lowest weighted reply and its tip', () => {
    const found = costliestTurn([turn(0, 80, 80, 80), turn(1, 20, 90, 10), turn(2, 60, 60, 60)], rubric);
    expect(found?.turn.index).toBe(1);
    expect(found?.weighted).toBe(35);
    expect(found?.tip?.rewrite).toContain('refund');
  });
  it('breaks ties by the larger mood drop', () => {
    expect(costliestTurn([turn(0, 50, 50, 50, -5), turn(1, 50, 50, 50, -20)], rubric)?.turn.index).toBe(1);
  });
  it('passes over a reply that raised the mood, however plainly it scored', () => {
    // Turn 0 scored lowest but won the customer over; turn 1 scored higher and lost ground.
    const found = costliestTurn([turn(0, 30, 30, 30, 20), turn(1, 50, 50, 50, -5), turn(2, 70, 70, 70, 0)], rubric);
    expect(found?.turn.index).toBe(1);
    expect(found?.weakest).toBe('empathy');
  });
  it('when every reply raised the mood, still names the lowest-scoring one', () => {
    expect(costliestTurn([turn(0, 60, 60, 60, 5), turn(1, 30, 40, 50, 10)], rubric)?.turn.index).toBe(1);
  });
  it('is null without replies', () => expect(costliestTurn([], rubric)).toBeNull());
});
