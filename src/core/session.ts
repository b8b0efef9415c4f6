/**
 * Run a conversation: drives the compiled scenario machine with a simulated
 * clock, analyses each reply and grades the result. No real timers, no IO.
 */
import type { Scenario } from './scenario/schema.js';
import type { Session, SessionOptions, SessionResult } from './session-types.js';

export type { Analyzer, GoalResult, Session, SessionOptions, SessionResult, Turn } from './session-types.js';

/**
 * Start a conversation with a validated scenario.
 * @example const s = createSession(scenario, { seed: 1, analyze }); s.reply("I'm sorry about that.");
 */
export function createSession(scenario: Scenario, options: SessionOptions): Session {
  void scenario;
  void options;
  throw new Error('createSession: not implemented yet (engine branch in progress)');
}

/**
 * Play a whole script: one reply per line, blank lines ignored, `/wait 90`
 * lets 90 seconds of silence pass. Stops early when an ending is reached.
 */
export function playScript(scenario: Scenario, lines: readonly string[], options: SessionOptions): SessionResult {
  void scenario;
  void lines;
  void options;
  throw new Error('playScript: not implemented yet (engine branch in progress)');
}
