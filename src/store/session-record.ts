/**
 * One session as the progress log keeps it: a summary. The full turns (every
 * reply, its analysis, the customer's lines) live in the session's transcript
 * (`transcripts/<id>.json`), which keeps the log small enough to stay fast
 * with tens of thousands of sessions.
 */
import type { SkillScores } from '../core/types.js';

/** How the session was played. */
export type SessionMode = 'coach' | 'exam' | 'script';

/** A session in the progress log. */
export interface SessionRecord {
  /** Time-sortable id, also the transcript file name (see session-id.ts). */
  id: string;
  /** Scenario id. */
  scenario: string;
  scenarioTitle: string;
  category: string;
  /** The loader's content version of the scenario file that was played. */
  scenarioVersion: string;
  seed: number;
  /** ISO 8601 timestamps. */
  startedAt: string;
  finishedAt: string;
  /** resolved, escalated, lost, a scenario-specific ending, or abandoned/unfinished. */
  ending: string;
  /** Session score 0–100. */
  score: number;
  scores: SkillScores;
  trainee: string | null;
  mode: SessionMode;
  /** Number of trainee replies. */
  turnCount: number;
  /** Goals met out of goals in the scenario. */
  goalsMet: number;
  goalsTotal: number;
  /** Set when the session was part of a drill. */
  drill?: string;
}

/** The whole progress log file. */
export interface ProgressData {
  /** Format version of the file, for future migrations. */
  version: 1;
  sessions: SessionRecord[];
}
