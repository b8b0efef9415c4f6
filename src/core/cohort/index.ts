/** Cohort reports: re-score every submission from its replies, then summarise and render. */
export { mostCommonDrill, rescoreCohort, traineeKey, traineeName } from './rescore.js';
export type { CurrentScenario, Flag, Rejection, RescoredCohort, RescoredSubmission, RescoreInput, Superseded, SubmissionFile } from './rescore.js';
export { buildCohortReport, COSTLY_TURNS_SHOWN, flaggedTrainees, LOSS_THRESHOLD, lostPoints, resultText } from './report.js';
export { editedFile, FLAG_ORDER, flagLabels, sortFlags } from './flags.js';
export { practiseFor, practiseLine, practiseText, waitingOf } from './practise.js';
export type { PractiseItem, RuleCost, Waiting } from './practise.js';
export type { CohortReport, CostlyTurn, ScenarioColumn, SkillSummary, TraineeRow } from './report.js';
export { formatCohortCsv } from './format-csv.js';
export { formatCohortMarkdown } from './format-markdown.js';
export { formatCohortHtml } from './format-html.js';
export { csvField, escapeHtml, escapeMarkdown, oneLine } from './escape.js';
