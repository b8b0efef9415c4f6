/**
 * Progress over many sessions for `rapport progress`: all-time averages,
 * bests and ending counts. "Finished" and "weakest skill" come from
 * progress-stats.ts, so the CLI and the app's progress screen agree.
 */
import { finishedSessions, recentAverages, weakestSkill } from './progress-stats.js';
import { SKILLS, type Skill, type SkillScores } from './types.js';

/** The fields of a past session the summary needs. */
export interface SessionSummaryInput {
  scenario: string;
  startedAt: string;
  ending: string;
  score: number;
  scores: SkillScores;
}

/** What `rapport progress` reports beside the list of sessions. */
export interface ProgressSummary {
  sessions: number;
  /** Sessions that reached an ending (not abandoned or unfinished). */
  completed: number;
  /** Averages over completed sessions; null when there are none. */
  averageScore: number | null;
  averageScores: SkillScores | null;
  /** Per-skill means over the last few completed sessions (see progress-stats.ts). */
  recentScores: SkillScores | null;
  /** The skill with the lowest recent mean: what to practise next. */
  weakestSkill: Skill | null;
  /** Best score per scenario id, over completed sessions. */
  bestByScenario: Record<string, number>;
  /** Count per ending kind. */
  endings: Record<string, number>;
  firstAt: string | null;
  lastAt: string | null;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Summarise sessions, oldest first (the recent figures read the end of the list). */
export function summarizeProgress(sessions: readonly SessionSummaryInput[]): ProgressSummary {
  const completed = finishedSessions(sessions);
  const endings: Record<string, number> = {};
  const bestByScenario: Record<string, number> = {};
  let firstAt: string | null = null;
  let lastAt: string | null = null;
  for (const session of sessions) {
    endings[session.ending] = (endings[session.ending] ?? 0) + 1;
    if (firstAt === null || session.startedAt < firstAt) firstAt = session.startedAt;
    if (lastAt === null || session.startedAt > lastAt) lastAt = session.startedAt;
  }
  for (const session of completed) {
    bestByScenario[session.scenario] = Math.max(bestByScenario[session.scenario] ?? -Infinity, session.score);
  }
  if (completed.length === 0) {
    return { sessions: sessions.length, completed: 0, averageScore: null, averageScores: null, recentScores: null, weakestSkill: null, bestByScenario, endings, firstAt, lastAt };
  }
  const mean = (pick: (session: SessionSummaryInput) => number) => round1(completed.reduce((sum, session) => sum + pick(session), 0) / completed.length);
  const averageScores = Object.fromEntries(SKILLS.map((skill) => [skill, mean((session) => session.scores[skill])])) as SkillScores;
  return {
    sessions: sessions.length,
    completed: completed.length,
    averageScore: mean((session) => session.score),
    averageScores,
    recentScores: recentAverages(sessions),
    weakestSkill: weakestSkill(sessions),
    bestByScenario,
    endings,
    firstAt,
    lastAt,
  };
}
