/**
 * What the drill app needs from the rest of Rapport, injected as one object
 * so the screens run in a test without a disk or a real engine.
 * `src/cli/drill-app.ts` builds the real one.
 */
import type { DrillVerdict } from '../../core/drill/grade-drill.js';
import type { PassMarks } from '../../core/drill/schema.js';
import type { Scenario } from '../../core/scenario/schema.js';
import type { SkillScores } from '../../core/types.js';
import type { PlaySession, SilenceStep } from '../services.js';

/** A drill conversation: its silences say which turns ran out of time. */
export type DrillPlaySession = PlaySession & { elapse(seconds: number): readonly SilenceStep[] };

/** The drill as the screens show it. */
export interface DrillInfo {
  id: string;
  title: string;
  description?: string;
  /** Seconds per reply, when the drill sets a limit. */
  replyTimeLimit?: number;
  pass: PassMarks;
  scenarios: readonly Scenario[];
}

/** One scenario's outcome on the result screen. */
export interface DrillScenarioOutcome {
  id: string;
  title: string;
  ending: string;
  score: number;
  scores: SkillScores;
  /** Turns that ran out of the drill's reply time (each scored 0). */
  timedOut?: number;
}

/** The graded drill, saved. */
export interface DrillOutcome {
  verdict: DrillVerdict;
  scenarios: DrillScenarioOutcome[];
  /** Where the submission file was written. */
  submissionPaths: string[];
  /** How many submissions of this drill the trainee had made before this one (the report counts only the latest). */
  earlier?: number;
}

/** A submission of this drill the trainee made before. */
export interface EarlierAttempt {
  /** ISO time it was finished. */
  finishedAt: string;
  score: number;
  passed: boolean;
}

/** Everything the drill app reads and writes. */
export interface DrillAppServices {
  drill: DrillInfo;
  trainee: string;
  /** Start scenario `index` (0-based) of the drill, with the drill's seed and time limit. */
  startScenario(index: number): DrillPlaySession;
  /** Scenario `index` reached its ending (the app records when). */
  endScenario(index: number): void;
  /** Grade the drill, write the submission and log the sessions. */
  finish(): Promise<DrillOutcome>;
  /** The trainee's earlier submissions of this drill, oldest first, so the intro can say that a new one replaces them. */
  earlierAttempts?(): Promise<readonly EarlierAttempt[]>;
}
