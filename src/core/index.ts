/**
 * The public API of the pure core: load and validate scenarios, run and
 * grade conversations. Shells (CLI, store, app) import from here.
 */
export { formatProblem, sortProblems } from './problem.js';
export type { Problem } from './problem.js';
export { loadScenarioText, MAX_ALIAS_COUNT } from './scenario/load.js';
export type { LoadResult } from './scenario/load.js';
export { ScenarioSchema, CATEGORIES } from './scenario/schema.js';
export type { Scenario, ScenarioInput, State, Transition, Condition, Goal, Persona } from './scenario/schema.js';
export { createSession, playScript, parseScript } from './session.js';
export type { Analyzer, GoalResult, Session, SessionOptions, SessionResult, Silence, Turn, ScriptStep } from './session.js';
export { compileScenario, OUT_OF_TURNS_STATE } from './compile.js';
export type { CompiledScenario, ConversationContext, ConversationEvent, EndingInfo } from './compile.js';
export { gradeSession, gradeLetter } from './grade.js';
export { buildGraph, reachableFrom, statesReachingAnEnding } from './scenario/graph.js';
export type { Edge, ScenarioGraph } from './scenario/graph.js';
export * from './types.js';
