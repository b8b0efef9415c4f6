/**
 * Grade a conversation: per-skill session scores, an overall 0–100 that
 * combines the rubric-weighted skills with how good the ending was, and a
 * letter for reports.
 */
import type { TrackedPromise } from './analysis/promises.js';
import type { Scenario } from './scenario/schema.js';
import type { Skill, SkillScores } from './types.js';
import { SKILLS } from './types.js';

/** Share of the overall score that comes from the skills; the rest comes from the ending. */
export const SKILL_SHARE = 0.75;
/** Follow-through bonus per promise kept in a later turn, and its cap. */
export const PROMISE_KEPT_BONUS = 5;
export const PROMISE_BONUS_CAP = 15;

/** What grading needs from a session. */
export interface GradeInput {
  rubric: Scenario['rubric'];
  /** Each reply's skill scores, in order. */
  turnScores: readonly SkillScores[];
  /** The promises at the end, kept or not (see `analysis/promises.ts`). */
  promises: readonly Pick<TrackedPromise, 'kept'>[];
  /** 0–100: the ending's value, or for an unfinished session the customer's mood. */
  endingValue: number;
}

/** A session's grade. */
export interface Grade {
  score: number;
  scores: SkillScores;
}

const round = (n: number) => Math.round(n);
const clamp = (n: number) => Math.max(0, Math.min(100, n));

/**
 * Per-skill score = mean over the replies; follow-through also earns a small
 * bonus for promises kept in a later turn. Overall = 75% rubric-weighted
 * skills + 25% ending value. No replies → every skill 0.
 * @example gradeSession({ rubric, turnScores: [{ empathy: 80, positivity: 60, followThrough: 40 }], promises: [], endingValue: 100 })
 *   // → { score: 70 with equal weights …, scores: { empathy: 80, … } }
 */
export function gradeSession(input: GradeInput): Grade {
  const n = input.turnScores.length;
  const mean = (skill: Skill) => (n === 0 ? 0 : input.turnScores.reduce((sum, s) => sum + s[skill], 0) / n);
  const kept = input.promises.filter((p) => p.kept).length;
  const scores: SkillScores = {
    empathy: round(clamp(mean('empathy'))),
    positivity: round(clamp(mean('positivity'))),
    followThrough: round(clamp(mean('followThrough') + Math.min(PROMISE_BONUS_CAP, kept * PROMISE_KEPT_BONUS))),
  };
  const totalWeight = SKILLS.reduce((sum, skill) => sum + input.rubric[skill], 0);
  const skills = totalWeight === 0 ? 0 : SKILLS.reduce((sum, skill) => sum + scores[skill] * input.rubric[skill], 0) / totalWeight;
  const score = round(clamp(SKILL_SHARE * skills + (1 - SKILL_SHARE) * clamp(input.endingValue)));
  return { score, scores };
}

/** Letter grade: A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, otherwise F. */
export function gradeLetter(score: number): 'A' | 'B' | 'C' | 'D' | 'F' {
  if (score >= 90) return 'A';
  if (score >= 80) return 'B';
  if (score >= 70) return 'C';
  if (score >= 60) return 'D';
  return 'F';
}
