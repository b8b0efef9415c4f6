/** Drills: the format, loading, conversations with a time limit, grading and submissions. */
export { DrillSchema, PassMarksSchema, allowedDrillKeysAt, MAX_DRILL_SEED } from './schema.js';
export type { Drill, DrillInput, PassMarks } from './schema.js';
export { loadDrillText, looksLikeDrill } from './load.js';
export type { DrillLoadOptions, DrillLoadResult } from './load.js';
export { capDrillReply, createDrillSession, MAX_DRILL_REPLY_CHARS, replayDrillEvents, scriptEvents, timeoutAnalysis } from './drill-session.js';
export type { DrillEvent, DrillSession, DrillSessionOptions } from './drill-session.js';
export { gradeDrill } from './grade-drill.js';
export type { DrillVerdict, PractiseAdvice, SkillVerdict } from './grade-drill.js';
export { buildSubmission, parseSubmission, submissionFileName, SubmissionSchema, SUBMISSION_FORMAT, SUBMISSION_VERSION, MAX_SUBMISSION_BYTES } from './submission.js';
export type { ParsedSubmission, PlayedScenario, RejectionKind, ScenarioPlay, Submission, SubmissionInput } from './submission.js';
