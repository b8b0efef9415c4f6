/**
 * A worker thread for `rapport cohort report`: re-scores a slice of the
 * submissions. It loads the drill and the scenarios itself (from the same
 * files as the main thread) and replays with the same pure core, so the
 * result is the same as re-scoring in one thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../core/analyze.js';
import { rescoreSubmission } from '../core/cohort/rescore.js';
import type { Submission } from '../core/drill/submission.js';
import { readDrillFile } from '../store/drill-files.js';
import { rapportPaths } from '../store/paths.js';
import { installedScenarios } from './find-drill.js';

/** What the main thread sends. */
export interface CohortWorkerInput {
  home: string;
  drillPath: string;
  drillVersion: string;
  /** The main thread's `scorerVersion()`: the same build re-scores in every thread. */
  scorer: string;
  items: { file: string; submission: Submission }[];
}

const input = workerData as CohortWorkerInput;
const scenarios = await installedScenarios(rapportPaths(input.home));
const loaded = await readDrillFile(input.drillPath, Object.keys(scenarios));
if (!loaded.drill || loaded.version !== input.drillVersion) {
  throw new Error(`the drill file ${input.drillPath} changed while the report was being made`);
}
const drill = loaded.drill;
parentPort!.postMessage(input.items.map(({ file, submission }) => rescoreSubmission(file, submission, { drill, drillVersion: input.drillVersion, scenarios, analyze, scorer: input.scorer })));
