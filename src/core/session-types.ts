/**
 * The shapes a conversation produces: one {@link Turn} per trainee reply and
 * a {@link SessionResult} at the end. The store, the CLI and the app all read these.
 */
import type { Analysis, AnalysisContext, SkillScores } from './types.js';

/** The analyzer a session uses; injected so tests and tools can swap it. */
export type Analyzer = (reply: string, context: AnalysisContext) => Analysis;

/** Options for {@link createSession} and {@link playScript}. */
export interface SessionOptions {
  /** Seeds the choice among customer line variants: same seed + replies → same conversation. */
  seed: number;
  /** Scores one reply; normally `analyze` from `src/core/analyze.ts`. */
  analyze: Analyzer;
}

/** One exchange: the trainee's reply, its analysis and how the customer reacted. */
export interface Turn {
  /** 1-based reply number. */
  index: number;
  reply: string;
  analysis: Analysis;
  /** What the customer said in response (reaction and next state's line). */
  customer: string[];
  /** Dialogue state before and after the reply. */
  stateBefore: string;
  state: string;
  /** Mood after the reply, 0–100, and the change it caused. */
  mood: number;
  moodDelta: number;
  /** Goal ids first met on this turn. */
  goalsMet: string[];
  /** Silence before this reply (`wait`), and what the customer said during it. */
  silence?: Silence;
  /** Set when no reply came in time (a drill's `replyTimeLimit`): `reply` is empty and scored 0. */
  timedOut?: true;
}

/** How a turn with no reply in time reads in a transcript, on screen and in a file. */
export const TIMED_OUT_REPLY = '(no reply — time ran out)';

/** A stretch of trainee silence and the impatience it caused. */
export interface Silence {
  seconds: number;
  customer: string[];
}

/** A goal and whether (and on which turn) the trainee met it. */
export interface GoalResult {
  id: string;
  description?: string;
  met: boolean;
  turn?: number;
}

/** The outcome of a whole conversation, graded. */
export interface SessionResult {
  scenarioId: string;
  seed: number;
  /** resolved | escalated | lost | a scenario-specific ending | 'unfinished' when the replies ran out. */
  ending: string;
  /** The ending state's debrief line, when it has one. */
  endingSummary?: string;
  /** What the customer said before the first reply. */
  opening: string[];
  turns: Turn[];
  /** Overall 0–100: rubric-weighted skills combined with how good the ending is. */
  score: number;
  /** Per-skill session scores, 0–100. */
  scores: SkillScores;
  goals: GoalResult[];
  /** Final mood, 0–100. */
  mood: number;
  /** Silence after the last reply, when there was any (a timer may have ended the conversation). */
  finalSilence?: Silence;
}

/** A running conversation. Drive it with {@link Session.reply} and {@link Session.wait}. */
export interface Session {
  /** The customer's first lines. */
  readonly opening: string[];
  /** The current dialogue state name. */
  readonly state: string;
  /**
   * Every state entered so far, in order, the start state first (a state
   * entered again after another appears again). One silence can pass
   * through several states when each one's timer leads to the next.
   */
  readonly visited: readonly string[];
  readonly mood: number;
  /** Replies so far. */
  readonly turn: number;
  /** True once an ending is reached. */
  readonly done: boolean;
  /** The ending kind once done, else null. */
  readonly ending: string | null;
  /** Send one trainee reply; throws if the session is already done. */
  reply(text: string): Turn;
  /** Let `seconds` of silence pass on the virtual clock; returns impatience lines if a timer fired. */
  wait(seconds: number): string[];
  /** The graded result so far (ending 'unfinished' when not done). */
  result(): SessionResult;
}
