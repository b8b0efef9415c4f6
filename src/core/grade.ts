/**
 * Grade a conversation: per-skill session scores, an overall 0–100 that
 * combines the rubric-weighted skills with how good the ending was, and a
 * letter for reports.
 */
import type { TrackedPromise } from './analysis/promises.js';
import type { Scenario } from './scenario/schema.js';
import type { Skill, SkillScores } from './types.js';
import { SKILLS } from './types.js';

/** Share of the overall score that comes from the skills; the rest comes from the ending (and the goals, when there are any). */
export const SKILL_SHARE = 0.75;
/**
 * Share of the overall score that comes from the scenario's goals, taken from the skills' share when
 * the scenario has goals: the trainer's learning objectives count, so a conversation that meets them
 * all outranks a shortcut that skips them.
 */
export const GOAL_SHARE = 0.2;
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
  /** 0–100: the ending's value (0 for an unfinished session: it has no ending). */
  endingValue: number;
  /** How many of the scenario's goals were met, of how many (none: the skills take the goals' share). */
  goals?: { met: number; total: number };
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
 * skills + 25% ending value; when the scenario has goals, 55% skills + 20%
 * the share of goals met + 25% ending. No replies → every skill 0.
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
  const goals = input.goals && input.goals.total > 0 ? input.goals : null;
  const skillShare = goals ? SKILL_SHARE - GOAL_SHARE : SKILL_SHARE;
  const goalPart = goals ? GOAL_SHARE * 100 * (goals.met / goals.total) : 0;
  const score = round(clamp(skillShare * skills + goalPart + (1 - SKILL_SHARE) * clamp(input.endingValue)));
  return { score, scores };
}

/** A report letter. */
export type GradeLetter = 'A' | 'B' | 'C' | 'D' | 'F';

/**
 * The letter bands, best first: a score earns the first letter whose `min` it
 * reaches. They follow the scale the scores actually use rather than school
 * percentages: a neutral reply sits near each skill's baseline (30–45) and an
 * excellent one at 65–80, so the reference conversations in `transcripts/`
 * score 61–72 when exemplary (A or B) and 12–34 when poor (F), a plain,
 * neutral conversation lands in C or D, and the built-in drill's pass mark
 * (55) is a C.
 *
 * | letter | overall score |
 * |---|---|
 * | A | 70–100 |
 * | B | 60–69 |
 * | C | 50–59 |
 * | D | 40–49 |
 * | F | 0–39 |
 */
export const GRADE_BANDS: readonly { readonly letter: GradeLetter; readonly min: number }[] = [
  { letter: 'A', min: 70 },
  { letter: 'B', min: 60 },
  { letter: 'C', min: 50 },
  { letter: 'D', min: 40 },
  { letter: 'F', min: 0 },
];

/**
 * Letter grade for a 0–100 overall score, from {@link GRADE_BANDS}
 * (A ≥ 70, B ≥ 60, C ≥ 50, D ≥ 40, otherwise F).
 * @example gradeLetter(62) // → 'B'
 */
export function gradeLetter(score: number): GradeLetter {
  return GRADE_BANDS.find((band) => score >= band.min)?.letter ?? 'F';
}
