/**
 * What the terminal app needs from the rest of Rapport, passed in as one
 * object so every screen runs in a test without a disk, a clock or a real
 * engine (STYLE §1). `src/cli/app-services.ts` builds the real one.
 *
 * The session types are the structural subset of `src/core/session.ts`
 * the screens read; the real `Session` satisfies them as is.
 */
import type { Analysis, SkillScores } from '../core/types.js';
import type { Scenario } from '../core/scenario/schema.js';
import type { DrillAppServices } from './drill/services.js';

/** Coach: feedback after every reply. Exam: feedback only in the debrief. */
export type Mode = 'coach' | 'exam';
export const MODES: readonly Mode[] = ['coach', 'exam'];

/** One trainee reply and what came of it. */
export interface PlayTurn {
  readonly index: number;
  readonly reply: string;
  readonly analysis: Analysis;
  readonly customer: readonly string[];
  /** The state the reply was given in (for its hint), and the one it led to. */
  readonly stateBefore?: string;
  readonly state: string;
  readonly mood: number;
  readonly moodDelta: number;
  readonly goalsMet: readonly string[];
  /** No reply came in time (a drill's time limit): the turn passed, scored 0. */
  readonly timedOut?: true;
}

/** One thing that happened while the trainee was silent: impatience lines, or a turn that timed out. */
export type SilenceStep = { readonly lines: readonly string[] } | { readonly timedOut: PlayTurn };

/** The graded outcome of a conversation (finished or not). */
export interface PlayResult {
  readonly ending: string | null;
  readonly endingSummary?: string;
  readonly score: number;
  readonly scores: SkillScores;
  readonly goals: readonly { id: string; description?: string; met: boolean; turn?: number }[];
  readonly turns: readonly PlayTurn[];
  readonly mood: number;
}

/** A running conversation, driven by the screens. */
export interface PlaySession {
  readonly opening: readonly string[];
  readonly state: string;
  readonly mood: number;
  readonly turn: number;
  readonly done: boolean;
  readonly ending: string | null;
  reply(text: string): PlayTurn;
  /** Advance the silence clock; returns the customer's impatience lines, if a timer fired. */
  wait(seconds: number): string[];
  /** Optional (drill sessions): like `wait`, but turns that passed with no reply in time come apart from the lines. */
  elapse?(seconds: number): readonly SilenceStep[];
  result(): PlayResult;
}

/** A scenario as listed on the home screen. */
export interface ScenarioEntry {
  id: string;
  title: string;
  category: string;
  difficulty: number;
  /** Rubric weights, used to suggest a scenario that trains a weak skill. */
  rubric: SkillScores;
  /** The trainee's best finished score, or null when never finished. */
  best: number | null;
}

/** One recorded session, as the progress log keeps it. */
export interface AttemptRecord {
  id: string;
  scenario: string;
  startedAt: string;
  ending: string;
  score: number;
  scores: SkillScores;
}

/** Where a session was saved. */
export interface SavedAttempt {
  attempt: AttemptRecord;
  transcriptPath: string;
}

/** How a session is being saved. */
export interface SaveRequest {
  scenario: Scenario;
  session: PlaySession;
  mode: Mode;
  seed: number;
  trainee: string | null;
  /** True when the trainee left before an ending (quit or Ctrl-C). */
  abandoned: boolean;
}

/** A graded drill as the home screen lists it. */
export interface DrillEntry {
  id: string;
  title: string;
  /** How many scenarios it has. */
  scenarios: number;
}

/** Everything the app reads and writes, injected. */
export interface AppServices {
  getTraineeName(): Promise<string | null>;
  setTraineeName(name: string): Promise<void>;
  listScenarios(): Promise<ScenarioEntry[]>;
  loadScenario(id: string): Promise<Scenario>;
  /** Starts a conversation (the engine may load on first use, hence a promise). */
  startSession(scenario: Scenario, seed: number): Promise<PlaySession>;
  /** Optional: start loading what conversations need, called once the first screen is up. */
  warmUp?(): void;
  saveAttempt(request: SaveRequest): Promise<SavedAttempt>;
  /** Every recorded session, oldest first. */
  attempts(): Promise<AttemptRecord[]>;
  /** A letter grade for a 0–100 score. */
  grade(score: number): string;
  /** A fresh seed for a new conversation. */
  newSeed(): number;
  /** Graded drills on offer; without it the home screen shows no Drills entry. */
  listDrills?(): Promise<DrillEntry[]>;
  /** Start a drill for this trainee: the drill app's services. */
  startDrill?(id: string, trainee: string): Promise<DrillAppServices>;
}
