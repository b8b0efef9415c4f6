/**
 * Re-scoring on several threads (RAPPORT_THREADS=N) gives the cohort that one
 * thread gives, in the same order; and a worker that fails or stops midway
 * costs time, not results: the main thread re-scores what it held.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchSize, rescoreWithWorkers, startRescoreWorkers } from '../../src/cli/cohort-rescore.js';
import type { RescoreWorkers, StartedWorker } from '../../src/cli/cohort-rescore.js';
import type { LoadedDrill } from '../../src/cli/find-drill.js';
import type { RescoredCohort, SubmissionFile } from '../../src/core/cohort/rescore.js';
import { asFile, builtInDrill, DRILL_FILE, playSubmission, TRAINEES } from '../drill/helpers.js';

let files: SubmissionFile[];
let loaded: LoadedDrill;
let oneThread: RescoredCohort;

beforeAll(async () => {
  const base = builtInDrill();
  loaded = { drill: base.drill, version: base.version, path: DRILL_FILE, scenarios: base.scenarios };
  // Enough files that every thread gets some, in batches; one of them not JSON at all.
  files = [1, 2, 3, 4].flatMap((n) => TRAINEES.map((level) => asFile(`${level}-${n}.json`, playSubmission(level, `${level} trainee ${n}`))));
  files.splice(5, 0, asFile('garbage.json', 'not a submission'));
  oneThread = await rescoreWithWorkers(files, loaded);
});

/** Fake workers from inline code, as a started worker is. */
function fakeWorkers(...sources: string[]): RescoreWorkers {
  const started = sources.map((source): StartedWorker => {
    const entry: StartedWorker = { worker: new Worker(source, { eval: true }), stopped: false };
    entry.worker.on('error', () => (entry.stopped = true)).on('exit', () => (entry.stopped = true));
    return entry;
  });
  return { started, close: async () => void (await Promise.all(started.map(({ worker }) => worker.terminate()))) };
}

describe('re-scoring in worker threads', () => {
  let workers: RescoreWorkers | undefined;
  afterAll(async () => {
    await workers?.close();
  });

  it('gives the same cohort as one thread, in file order', async () => {
    expect(oneThread.accepted).toHaveLength(12);
    expect(oneThread.rejected).toHaveLength(1);
    workers = startRescoreWorkers({ RAPPORT_THREADS: '3' });
    expect(workers?.started).toHaveLength(2);
    const threeThreads = await rescoreWithWorkers(files, loaded, workers);
    expect(workers!.started.every((entry) => !entry.stopped)).toBe(true);
    expect(threeThreads).toEqual(oneThread);
    // The same workers serve a second report.
    expect(await rescoreWithWorkers(files.slice(0, 7), loaded, workers)).toEqual(await rescoreWithWorkers(files.slice(0, 7), loaded));
  });

  it('one thread starts no workers', () => {
    expect(startRescoreWorkers({})).toBeUndefined();
    expect(startRescoreWorkers({ RAPPORT_THREADS: '1' })).toBeUndefined();
    expect(startRescoreWorkers({ RAPPORT_THREADS: 'lots' })).toBeUndefined();
  });

  it('a worker that crashes on its first batch, or throws, loses nothing: the main thread re-scores what it held', async () => {
    const fake = fakeWorkers(
      `require('node:worker_threads').parentPort.on('message', (m) => { if (m.type === 'batch') process.exit(3); });`,
      `require('node:worker_threads').parentPort.on('message', (m) => { if (m.type === 'batch') throw new Error('boom'); });`,
    );
    try {
      expect(await rescoreWithWorkers(files, loaded, fake)).toEqual(oneThread);
      expect(fake.started.every((entry) => entry.stopped)).toBe(true);
    } finally {
      await fake.close();
    }
  });

  it('a worker that stopped before the work started is not given any', async () => {
    const fake = fakeWorkers(`process.exit(0);`);
    await new Promise<void>((resolve) => fake.started[0]!.worker.once('exit', () => resolve()));
    try {
      expect(await rescoreWithWorkers(files, loaded, fake)).toEqual(oneThread);
    } finally {
      await fake.close();
    }
  });

  it('hands out smaller batches as the work runs out', () => {
    expect(batchSize(2000, 2)).toBe(8);
    expect(batchSize(40, 2)).toBe(5);
    expect(batchSize(3, 2)).toBe(1);
    expect(batchSize(0, 4)).toBe(1);
  });
});
