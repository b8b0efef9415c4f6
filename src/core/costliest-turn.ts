/**
 * The turn that cost the trainee most, for the debrief: among the replies
 * that did not raise the customer's mood, the one with the lowest
 * rubric-weighted score, ties broken by the larger mood drop, then the earlier
 * turn. Its most useful tip is the rewrite shown.
 */
import { SKILLS } from './types.js';
import type { Analysis, Skill, SkillScores, Tip } from './types.js';

export interface CostedTurn {
  index: number;
  reply: string;
  analysis: Analysis;
  moodDelta: number;
}

export interface CostliestTurn<T extends CostedTurn> {
  turn: T;
  /** The rubric-weighted score of that reply, 0–100. */
  weighted: number;
  /** Its lowest-scoring skill. */
  weakest: Skill;
  /** The tip for its weakest skill (or its first tip), if the analysis gave one. */
  tip: Tip | null;
}

/** Rubric-weighted score of one reply, 0–100. */
export function weightedScore(scores: SkillScores, rubric: SkillScores): number {
  const total = SKILLS.reduce((sum, skill) => sum + rubric[skill], 0);
  if (total <= 0) return 0;
  return SKILLS.reduce((sum, skill) => sum + scores[skill] * rubric[skill], 0) / total;
}

/**
 * Finds the costliest turn, or null when there were no replies. A reply that won the customer over
 * (raised the mood) is not what cost the trainee most, however plain its wording scored: the replies
 * that did not raise the mood are looked at first, and only when every reply raised it is the
 * lowest-scoring of all chosen.
 */
export function costliestTurn<T extends CostedTurn>(turns: readonly T[], rubric: SkillScores): CostliestTurn<T> | null {
  const unrewarded = turns.filter((turn) => turn.moodDelta <= 0);
  let worst: { turn: T; weighted: number } | null = null;
  for (const turn of unrewarded.length > 0 ? unrewarded : turns) {
    const weighted = weightedScore(turn.analysis.scores, rubric);
    if (
      !worst ||
      weighted < worst.weighted ||
      (weighted === worst.weighted && turn.moodDelta < worst.turn.moodDelta)
    ) {
      worst = { turn, weighted };
    }
  }
  if (!worst) return null;
  const scores = worst.turn.analysis.scores;
  const weakest = [...SKILLS].sort((a, b) => scores[a] - scores[b])[0]!;
  const tips = worst.turn.analysis.tips;
  const tip = tips.find((t) => t.skill === weakest) ?? tips[0] ?? null;
  return { turn: worst.turn, weighted: Math.round(worst.weighted), weakest, tip };
}
