/**
 * Finishing a drill, headless or in the terminal app: grade it, write the
 * submission file (to $RAPPORT_HOME/submissions/ and to --out when given) and
 * record each scenario in the progress log like any other session.
 */
import path from 'node:path';
import type { DrillVerdict } from '../core/drill/grade-drill.js';
import { gradeDrill } from '../core/drill/grade-drill.js';
import type { PlayedScenario, Submission } from '../core/drill/submission.js';
import { buildSubmission } from '../core/drill/submission.js';
import type { SessionResult } from '../core/session-types.js';
import { scorerVersion } from '../store/package-root.js';
import type { RapportPaths } from '../store/paths.js';
import type { Warn } from '../store/progress-store.js';
import { saveSession } from '../store/save-session.js';
import type { SessionMode } from '../store/session-record.js';
import { newSessionId } from '../store/session-id.js';
import { saveSubmission, writeSubmissionTo } from '../store/submissions.js';
import { fileSystemReason, UserError } from './errors.js';
import type { LoadedDrill } from './find-drill.js';

/** What a finished drill produced. */
export interface FinishedDrill {
  submission: Submission;
  verdict: DrillVerdict;
  results: Record<string, SessionResult>;
  /** Where the submission was written: the home copy, then --out if given. */
  files: string[];
}

/** Everything {@link finishDrill} needs. */
export interface FinishRequest {
  loaded: LoadedDrill;
  trainee: string;
  played: readonly PlayedScenario[];
  startedAt: Date;
  finishedAt: Date;
  paths: RapportPaths;
  mode: SessionMode;
  /** Also write the submission here (a file, or an existing folder). */
  out?: string;
  warn?: Warn;
  /**
   * What earlier tries at finishing this same attempt wrote: pass the same
   * object to every try, so a retry completes the attempt instead of
   * handing in a second copy of it.
   */
  attempt?: FinishAttempt;
}

/**
 * One attempt's saving, as far as it got. A try that fails part way (the
 * home copy written, the hand-in folder not) leaves here what it did; the
 * next try with the same object skips that, so the attempt ends up in one
 * file per folder, with one finish time, and its sessions are logged once.
 * A retake is a new attempt: a new object, a new finish time, a new file.
 */
export interface FinishAttempt {
  /** Built on the first try and handed in unchanged by every later one. */
  submission?: Submission;
  /** The home copy, once written. */
  home?: string;
  /** The --out copy, once written. */
  out?: string;
  /** True once the sessions were recorded in the progress log (or given up on with a warning). */
  logged?: boolean;
}

/**
 * Write a submission, turning a file system failure (a full disk, a folder
 * that is not writable) into what the trainee can fix: a finished drill
 * must not end in "Rapport hit a bug".
 */
async function saving(dir: string, write: () => Promise<string>, saved?: string): Promise<string> {
  try {
    return await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    const why = fileSystemReason(error) ?? code;
    const next = ['Make that folder writable (or free some space), then try again.'];
    // The home copy is already a complete submission: the trainee can hand that in whatever happens here.
    if (saved) next.push(`The submission itself is saved in ${saved}; you can also copy that file there yourself.`);
    throw new UserError(`Could not save the submission in ${dir} (${why}).`, next, { cause: error });
  }
}

/**
 * Grade, save the submission and log the sessions. With `request.attempt`,
 * a retry after a failure does only what the failed try did not.
 */
export async function finishDrill(request: FinishRequest): Promise<FinishedDrill> {
  const { loaded, played, paths } = request;
  const attempt = request.attempt ?? {};
  const results: Record<string, SessionResult> = {};
  for (const play of played) results[play.scenario.id] = play.session.result();
  const byId = Object.fromEntries(Object.entries(loaded.scenarios).map(([id, s]) => [id, s.scenario]));
  const verdict = gradeDrill(loaded.drill, results, byId);
  attempt.submission ??= buildSubmission({
    trainee: request.trainee,
    drill: loaded.drill,
    drillVersion: loaded.version,
    played,
    verdict,
    startedAt: request.startedAt.toISOString(),
    finishedAt: request.finishedAt.toISOString(),
    appVersion: scorerVersion(),
  });
  const submission = attempt.submission;
  // A copy already written by an earlier try is not written again: a second
  // file of the same attempt would read as a second hand-in.
  attempt.home ??= await saving(paths.submissions, () => saveSubmission(paths.submissions, submission));
  const files = [attempt.home];
  if (request.out) {
    // A hand-in folder is shared by the cohort: never replace someone else's file there.
    const out = request.out;
    const folder = out.endsWith(path.sep) || out.endsWith('/');
    attempt.out ??= await saving(folder ? out : path.dirname(out), () => (folder ? saveSubmission(out, submission) : writeSubmissionTo(out, submission)), attempt.home);
    files.push(attempt.out);
  }
  if (!attempt.logged) {
    await logSessions(request);
    attempt.logged = true;
  }
  return { submission, verdict, results, files };
}

/**
 * The progress log keeps each scenario as a session, tagged with the drill.
 * The submission is saved by now, so a log that cannot be written is a
 * warning, not a failed drill: an error here would tell the trainee that
 * nothing was handed in, and a retake would hand in a second submission.
 */
async function logSessions(request: FinishRequest): Promise<void> {
  const { loaded, played, paths } = request;
  const warn = request.warn ? { warn: request.warn } : {};
  for (const [i, play] of played.entries()) {
    try {
      await saveSession(
        paths,
        play.session.result(),
        play.scenario,
        {
          id: newSessionId(new Date(play.startedAt)),
          startedAt: new Date(play.startedAt),
          finishedAt: new Date(play.finishedAt),
          scenarioVersion: play.version,
          trainee: request.trainee,
          mode: request.mode,
          drill: loaded.drill.id,
        },
        warn,
      );
    } catch (error) {
      const why = fileSystemReason(error) ?? (error instanceof Error ? error.message : String(error));
      const left = played.slice(i).map((p) => p.scenario.id);
      request.warn?.(`the submission is saved, but ${left.join(', ')} could not be added to your progress log in ${paths.home} (${why}).`);
      return;
    }
  }
}
