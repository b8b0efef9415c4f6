/**
 * Re-scoring a cohort, optionally on several cores: a report over hundreds of
 * trainees replays thousands of conversations, and the replays are
 * independent. One thread is the default: each worker pays about a second of
 * start-up (the analysis tables, every scenario) and its results are copied
 * back, so on a shared 2-core machine it measured slower, not faster
 * (bench:cohort). `RAPPORT_THREADS=N` (N > 1) spreads the replays over N
 * threads; the answer is the same either way.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze } from '../core/analyze.js';
import { flagSharedReplies, planCohort, rescoreSubmission } from '../core/cohort/rescore.js';
import type { RescoredCohort, RescoredSubmission, SubmissionFile } from '../core/cohort/rescore.js';
import { packageRoot, scorerVersion } from '../store/package-root.js';
import type { RapportPaths } from '../store/paths.js';
import type { CohortWorkerInput } from './cohort-worker.js';
import type { LoadedDrill } from './find-drill.js';

/** Below this many submissions per thread, starting workers costs more than it saves. */
export const PER_THREAD_MIN = 1;

function workerFile(): string | undefined {
  const file = path.join(packageRoot(), 'dist', 'cohort-worker.js');
  return existsSync(file) ? file : undefined;
}

/** Re-score every submission, in worker threads when it pays. */
export async function rescoreWithWorkers(
  files: readonly SubmissionFile[],
  loaded: LoadedDrill,
  paths: RapportPaths,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RescoredCohort> {
  const plan = planCohort(files, loaded.drill);
  const scorer = scorerVersion();
  const input = { drill: loaded.drill, drillVersion: loaded.version, scenarios: loaded.scenarios, analyze, scorer };
  const asked = Number(env.RAPPORT_THREADS);
  const available = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const cores = Number.isInteger(asked) && asked > 1 ? Math.min(asked, available * 2, 16) : 1;
  const script = workerFile();
  let accepted: RescoredSubmission[];
  if (cores < 2 || plan.candidates.length < cores * PER_THREAD_MIN || !script) {
    accepted = plan.candidates.map(({ file, submission }) => rescoreSubmission(file, submission, input));
  } else {
    // The main thread takes a share too, so n cores run n replays at once.
    const shares = Array.from({ length: cores }, (_, i) => plan.candidates.filter((_, j) => j % cores === i));
    const [own, ...rest] = shares;
    const running = rest.map(
      (items) =>
        new Promise<RescoredSubmission[]>((resolve, reject) => {
          const data: CohortWorkerInput = { home: paths.home, drillPath: loaded.path, drillVersion: loaded.version, scorer, items };
          const worker = new Worker(script, { workerData: data });
          worker.once('message', (result: RescoredSubmission[]) => resolve(result));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`a re-scoring worker stopped with exit code ${code}`));
          });
        }),
    );
    const mine = own!.map(({ file, submission }) => rescoreSubmission(file, submission, input));
    const theirs = await Promise.all(running);
    // Put the results back in file order.
    const byFile = new Map([...mine, ...theirs.flat()].map((entry) => [entry.file, entry]));
    accepted = plan.candidates.map(({ file }) => byFile.get(file)!);
  }
  flagSharedReplies(accepted);
  return { drill: loaded.drill, drillVersion: loaded.version, accepted, superseded: plan.superseded, rejected: plan.rejected, scorer };
}
