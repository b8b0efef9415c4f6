/**
 * Re-scoring a cohort, optionally on several cores: a report over hundreds of
 * trainees replays thousands of conversations, and the replays are
 * independent. One thread is the default. `RAPPORT_THREADS=N` (N > 1)
 * re-scores on N threads: the main thread and N − 1 workers; the answer is
 * the same either way.
 *
 * What a worker costs, and how it is kept down:
 * - Loading the analysis (a few hundred ms of CPU): the workers start when
 *   the command does ({@link startRescoreWorkers}), so that happens while
 *   the main thread reads the submissions and the scenario files.
 * - The scenarios: sent to the workers as data, not read and parsed again
 *   from YAML in each one.
 * - Copying: a worker sends back its results without the submissions, which
 *   the main thread already has.
 * - A busy machine: work is handed out a few submissions at a time, to
 *   whichever thread is free, so a thread slowed by other jobs does less
 *   instead of holding up the report with a fixed share.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze } from '../core/analyze.js';
import { flagSharedReplies, planCohort, rescoreSubmission } from '../core/cohort/rescore.js';
import type { RescoredCohort, RescoredSubmission, RescoreInput, SubmissionFile } from '../core/cohort/rescore.js';
import type { Submission } from '../core/drill/submission.js';
import { packageRoot, scorerVersion } from '../store/package-root.js';
import type { CohortWorkerMessage, CohortWorkerReply } from './cohort-worker.js';
import type { LoadedDrill } from './find-drill.js';

/** Below this many submissions per thread, the workers are not used (their start-up costs more than they save). */
export const PER_THREAD_MIN = 1;

function workerFile(): string | undefined {
  const file = path.join(packageRoot(), 'dist', 'cohort-worker.js');
  return existsSync(file) ? file : undefined;
}

/** How many threads `RAPPORT_THREADS` asks for (1 unless it says more), at most twice the cores and 16. */
export function threadCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.RAPPORT_THREADS);
  const available = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Number.isInteger(asked) && asked > 1 ? Math.min(asked, available * 2, 16) : 1;
}

/** A worker thread started ahead of the work, and whether it has stopped (it failed to load, or crashed). */
export interface StartedWorker {
  worker: Worker;
  stopped: boolean;
}

/** Worker threads started ahead of the work; {@link RescoreWorkers.close} ends them. */
export interface RescoreWorkers {
  readonly started: readonly StartedWorker[];
  close(): Promise<void>;
}

/**
 * Start the worker threads `RAPPORT_THREADS` asks for (none for one thread,
 * or when the CLI is not built), so that they load while the main thread
 * reads the files. An idle worker never keeps the process alive.
 */
export function startRescoreWorkers(env: NodeJS.ProcessEnv = process.env): RescoreWorkers | undefined {
  const threads = threadCount(env);
  const script = threads > 1 ? workerFile() : undefined;
  if (!script) return undefined;
  const started = Array.from({ length: threads - 1 }, (): StartedWorker => {
    const entry: StartedWorker = { worker: new Worker(script), stopped: false };
    entry.worker.unref();
    // A worker that stops is not given work; what it held is re-scored in the main thread.
    entry.worker.on('error', () => (entry.stopped = true)).on('exit', () => (entry.stopped = true));
    return entry;
  });
  return { started, close: async () => void (await Promise.all(started.map(({ worker }) => worker.terminate()))) };
}

/**
 * Submissions handed to a worker at a time: big enough that messages cost
 * little, and smaller as the work runs out, so that no thread is left with a
 * long batch while the others wait.
 */
export function batchSize(left: number, threads: number): number {
  return Math.max(1, Math.min(8, Math.floor(left / (threads * 4))));
}

type Candidate = { file: string; submission: Submission };

/**
 * Re-score every submission, in the given worker threads too when there are
 * any and enough submissions to share (else in this one). The workers are
 * left running; the caller closes them.
 */
export async function rescoreWithWorkers(files: readonly SubmissionFile[], loaded: LoadedDrill, workers?: RescoreWorkers): Promise<RescoredCohort> {
  const plan = planCohort(files, loaded.drill);
  const scorer = scorerVersion();
  const input: Omit<RescoreInput, 'files'> = { drill: loaded.drill, drillVersion: loaded.version, scenarios: loaded.scenarios, analyze, scorer };
  const usable = workers?.started.filter((entry) => !entry.stopped) ?? [];
  const accepted =
    usable.length === 0 || plan.candidates.length < (usable.length + 1) * PER_THREAD_MIN
      ? plan.candidates.map(({ file, submission }) => rescoreSubmission(file, submission, input))
      : await rescoreShared(plan.candidates, input, usable);
  flagSharedReplies(accepted);
  return { drill: loaded.drill, drillVersion: loaded.version, accepted, superseded: plan.superseded, rejected: plan.rejected, scorer };
}

/**
 * Hand the submissions out in batches to whichever thread is free (this one
 * included) and put the results back in file order. A worker that stops
 * midway gets no more; this thread re-scores what it held.
 */
async function rescoreShared(candidates: readonly Candidate[], input: Omit<RescoreInput, 'files'>, workers: readonly StartedWorker[]): Promise<RescoredSubmission[]> {
  const results: (RescoredSubmission | undefined)[] = new Array(candidates.length);
  let next = 0;
  const take = (count: number) => {
    const items = candidates.slice(next, next + count).map((candidate, i) => ({ index: next + i, ...candidate }));
    next += items.length;
    return items;
  };
  // Only the drill's scenarios: the replays need no others.
  const scenarios = Object.fromEntries(input.drill.scenarios.flatMap((id) => (input.scenarios[id] ? [[id, input.scenarios[id]]] : [])));
  const setup: CohortWorkerMessage = { type: 'setup', drill: input.drill, drillVersion: input.drillVersion, scenarios, scorer: input.scorer ?? '' };

  const running = workers.map(
    (entry) =>
      new Promise<void>((resolve) => {
        const { worker } = entry;
        let inFlight = 0;
        const stop = () => {
          worker.off('message', onMessage).off('error', stop).off('exit', stop);
          worker.unref();
          resolve();
        };
        const give = () => {
          const items = entry.stopped ? [] : take(batchSize(candidates.length - next, workers.length + 1));
          if (items.length === 0) return;
          inFlight += 1;
          worker.postMessage({ type: 'batch', items } satisfies CohortWorkerMessage);
        };
        const onMessage = (reply: CohortWorkerReply) => {
          inFlight -= 1;
          for (const { index, ...result } of reply.results) results[index] = { ...result, submission: candidates[index]!.submission };
          give();
          if (inFlight === 0) stop();
        };
        worker.on('message', onMessage).once('error', stop).once('exit', stop);
        // Working now: its replies are awaited.
        worker.ref();
        worker.postMessage(setup);
        // Two batches each, so that a worker has the next one at hand while this thread is busy with its own.
        give();
        give();
        if (inFlight === 0) stop();
      }),
  );
  // This thread takes one submission at a time, letting the workers' replies in between (each one hands that worker its next batch).
  for (let items = take(1); items.length > 0; items = take(1)) {
    for (const { index, file, submission } of items) results[index] = rescoreSubmission(file, submission, input);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(running);
  // What a worker that stopped midway held.
  return candidates.map(({ file, submission }, i) => results[i] ?? rescoreSubmission(file, submission, input));
}
