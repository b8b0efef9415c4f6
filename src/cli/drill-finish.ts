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
}

/**
 * Write a submission, turning a file system failure (a full disk, a folder
 * that is not writable) into what the trainee can fix: a finished drill
 * must not end in "Rapport hit a bug".
 */
async function saving(dir: string, write: () => Promise<string>): Promise<string> {
  try {
    return await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    const why = fileSystemReason(error) ?? code;
    throw new UserError(`Could not save the submission in ${dir} (${why}).`, 'Make that folder writable (or free some space), then try again.', { cause: error });
  }
}

/** Grade, save the submission and log the sessions. */
export async function finishDrill(request: FinishRequest): Promise<FinishedDrill> {
  const { loaded, played, paths } = request;
  const results: Record<string, SessionResult> = {};
  for (const play of played) results[play.scenario.id] = play.session.result();
  const byId = Object.fromEntries(Object.entries(loaded.scenarios).map(([id, s]) => [id, s.scenario]));
  const verdict = gradeDrill(loaded.drill, results, byId);
  const submission = buildSubmission({
    trainee: request.trainee,
    drill: loaded.drill,
    drillVersion: loaded.version,
    played,
    verdict,
    startedAt: request.startedAt.toISOString(),
    finishedAt: request.finishedAt.toISOString(),
    appVersion: scorerVersion(),
  });
  const files = [await saving(paths.submissions, () => saveSubmission(paths.submissions, submission))];
  if (request.out) {
    // A hand-in folder is shared by the cohort: never replace someone else's file there.
    const out = request.out;
    const folder = out.endsWith(path.sep) || out.endsWith('/');
    files.push(await saving(folder ? out : path.dirname(out), () => (folder ? saveSubmission(out, submission) : writeSubmissionTo(out, submission))));
  }
  // The progress log keeps each scenario as a session, tagged with the drill.
  for (const play of played) {
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
      request.warn ? { warn: request.warn } : {},
    );
  }
  return { submission, verdict, results, files };
}
