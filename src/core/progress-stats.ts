/**
 * Reading a trainee's progress log: per-skill trends, the weakest skill and
 * which scenario to practise next. Pure: the caller passes the sessions in.
 */
import { BASELINE } from './analysis/scoring.js';
import { SKILLS } from './types.js';
import type { Skill, SkillScores } from './types.js';

/** The part of a recorded session the statistics read. */
export interface ScoredSession {
  scenario: string;
  ending: string;
  score: number;
  scores: SkillScores;
}

/** The part of a scenario the suggestion reads. */
export interface TrainableScenario {
  id: string;
  title: string;
  difficulty: number;
  rubric: SkillScores;
  best: number | null;
}

/** Sessions that reached an ending; abandoned or unfinished ones say little about skill. */
export function finishedSessions<T extends ScoredSession>(sessions: readonly T[]): T[] {
  return sessions.filter((s) => s.ending !== 'abandoned' && s.ending !== 'unfinished');
}

/** Per skill, the scores of the last `limit` finished sessions, oldest first. */
export function skillTrends(sessions: readonly ScoredSession[], limit = 20): Record<Skill, number[]> {
  const recent = finishedSessions(sessions).slice(-limit);
  const trends = {} as Record<Skill, number[]>;
  for (const skill of SKILLS) trends[skill] = recent.map((s) => s.scores[skill]);
  return trends;
}

/** Mean per skill over the last `window` finished sessions, or null when there are none. */
export function recentAverages(sessions: readonly ScoredSession[], window = 5): SkillScores | null {
  const recent = finishedSessions(sessions).slice(-window);
  if (recent.length === 0) return null;
  const averages = {} as SkillScores;
  for (const skill of SKILLS) {
    averages[skill] = Math.round(recent.reduce((sum, s) => sum + s.scores[skill], 0) / recent.length);
  }
  return averages;
}

/** What a neutral reply (no evidence either way) scores on each skill: where each skill's scale starts. */
export const NEUTRAL_SCORES: Readonly<SkillScores> = BASELINE;

/**
 * How far a skill's score stands above its pass mark, or, without one, above
 * what a neutral reply scores on it: the skills start from different floors,
 * so this, not the raw score, says which is weakest.
 */
export function skillMargin(skill: Skill, score: number, mark?: number): number {
  return score - (mark ?? NEUTRAL_SCORES[skill]);
}

/**
 * The skill whose recent average is least above what a neutral reply scores
 * on it (`BASELINE`: the skills start from different floors, so comparing raw
 * averages would name empathy for nearly everyone, even in exemplary
 * conversations); ties go to the skill listed first in SKILLS. Null with no
 * finished sessions.
 */
export function weakestSkill(sessions: readonly ScoredSession[], window = 5): Skill | null {
  const averages = recentAverages(sessions, window);
  if (!averages) return null;
  let weakest: Skill = SKILLS[0];
  for (const skill of SKILLS) if (skillMargin(skill, averages[skill]) < skillMargin(weakest, averages[weakest])) weakest = skill;
  return weakest;
}

/**
 * The scenario that best trains `skill`: the highest rubric weight on it,
 * then the lowest best score (never finished counts lowest), then the easiest.
 */
export function suggestScenario<T extends TrainableScenario>(scenarios: readonly T[], skill: Skill): T | null {
  const share = (s: TrainableScenario) => {
    const total = s.rubric.empathy + s.rubric.positivity + s.rubric.followThrough;
    return total > 0 ? s.rubric[skill] / total : 0;
  };
  const ranked = [...scenarios].sort(
    (a, b) => share(b) - share(a) || (a.best ?? -1) - (b.best ?? -1) || a.difficulty - b.difficulty || a.id.localeCompare(b.id),
  );
  return ranked[0] ?? null;
}
