/**
 * A worker thread for `rapport cohort report`: re-scores the submissions the
 * main thread hands it, a few at a time, with the same pure core, so the
 * result is the same as re-scoring in one thread.
 *
 * It is started before the main thread has read anything, so loading the
 * analysis (most of its start-up) overlaps the main thread's reading. It
 * then gets the drill and its scenarios as data from the main thread (no
 * second reading and parsing of the YAML files), and asks for work until
 * there is none left.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze.js';
import { rescoreSubmission } from '../core/cohort/rescore.js';
import type { CurrentScenario, RescoredSubmission } from '../core/cohort/rescore.js';
import type { Drill } from '../core/drill/schema.js';
import type { Submission } from '../core/drill/submission.js';

/** What the main thread sends: the drill once, then batches of submissions. */
export type CohortWorkerMessage =
  | {
      type: 'setup';
      drill: Drill;
      drillVersion: string;
      /** The drill's scenarios, as the main thread loaded them. */
      scenarios: Record<string, CurrentScenario>;
      /** The main thread's `scorerVersion()`: the same build re-scores in every thread. */
      scorer: string;
    }
  | { type: 'batch'; items: { index: number; file: string; submission: Submission }[] };

/** A re-scored submission without the submission itself (the main thread has it; no need to copy it back). */
export type WorkerResult = Omit<RescoredSubmission, 'submission'> & { index: number };

/** What a worker sends back: one message per batch. */
export interface CohortWorkerReply {
  type: 'done';
  results: WorkerResult[];
}

let setup: Extract<CohortWorkerMessage, { type: 'setup' }> | undefined;

// The analysis builds its tables on first use (a few hundred ms): here, while the main thread still reads the files.
analyze('Thanks for waiting. I am sorry about this; I will refund you today and email you once it is done.', {
  customer: 'You charged me twice and nobody called me back!',
  history: [],
  openPromises: [],
});

parentPort!.on('message', (message: CohortWorkerMessage) => {
  if (message.type === 'setup') {
    setup = message;
    return;
  }
  if (!setup) throw new Error('a re-scoring worker got submissions before the drill');
  const { drill, drillVersion, scenarios, scorer } = setup;
  const results = message.items.map(({ index, file, submission }): WorkerResult => {
    // The submission is left out: the main thread holds it.
    const { submission: _, ...rest } = rescoreSubmission(file, submission, { drill, drillVersion, scenarios, analyze, scorer });
    return { ...rest, index };
  });
  parentPort!.postMessage({ type: 'done', results } satisfies CohortWorkerReply);
});
