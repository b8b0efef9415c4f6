/**
 * The public API of the pure core: load and validate scenarios, run and
 * grade conversations, render transcripts. Shells (CLI, store, app) import from here.
 */
export { formatProblem, sortProblems } from './problem.js';
export type { Problem } from './problem.js';
export { loadScenarioText, MAX_ALIAS_COUNT, MAX_SCENARIO_BYTES } from './scenario/load.js';
export type { LoadResult } from './scenario/load.js';
export { ScenarioSchema, CATEGORIES, allowedKeysAt } from './scenario/schema.js';
export type { Scenario, ScenarioInput, State, Transition, Condition, Goal, Persona, Saying, Line, After } from './scenario/schema.js';
export { scenarioJsonSchemaText } from './scenario/json-schema.js';
export { createSession, playScript, parseScript } from './session.js';
export type { Analyzer, GoalResult, Session, SessionOptions, SessionResult, Silence, Turn, ScriptStep } from './session.js';
export { compileScenario, pickBranch, chooseLine, OUT_OF_TURNS_STATE, DEFAULT_ENDING_VALUES, DEFAULT_OTHER_ENDING_VALUE } from './compile.js';
export type { CompiledScenario, ConversationContext, ConversationEvent, ConversationInput, EndingInfo, SaidLine } from './compile.js';
export { evaluateCondition, compare } from './scenario/condition.js';
export type { ConditionFacts } from './scenario/condition.js';
export { sampleAnalysis } from './scenario/satisfy.js';
export { gradeSession, gradeLetter, GRADE_BANDS, SKILL_SHARE, GOAL_SHARE } from './grade.js';
export type { Grade, GradeInput, GradeLetter } from './grade.js';
export { buildGraph, reachableFrom, statesReachingAnEnding } from './scenario/graph.js';
export type { Edge, ScenarioGraph } from './scenario/graph.js';
export { checkScenarioGraph } from './scenario/check.js';
export type { GraphProblem } from './scenario/check.js';
export { parseExpectations, checkExpectations } from './script-expectations.js';
export type { ScriptExpectations } from './script-expectations.js';
export { renderTranscript } from './transcript-markdown.js';
export { closest, didYouMean } from './did-you-mean.js';
export * from './types.js';
// Trainer toolkit: lint, rubric examples, scenario tests, paths, the starter.
export { validateScenarioText } from './scenario/validate.js';
export { lintScenario, lintTests, deadBranches } from './scenario/lint.js';
export { runExamples, checkExamples } from './scenario/examples.js';
export { runScenarioTests, runTestCase, diffStates } from './scenario/scenario-test.js';
export type { TestCaseResult, ActualConversation } from './scenario/scenario-test.js';
export { loadTestFileText, isTestFileName } from './scenario/test-file.js';
export { shortestPaths, formatPath, describeCondition } from './scenario/paths.js';
export type { PathToEnding, PathStep } from './scenario/paths.js';
export { starterScenario } from './scenario/starter.js';
export { formatLabelledProblem } from './problem.js';
