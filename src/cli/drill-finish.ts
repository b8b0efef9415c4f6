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
  const files = [await saveSubmission(paths.submissions, submission)];
  if (request.out) {
    // A hand-in folder is shared by the cohort: never replace someone else's file there.
    const folder = request.out.endsWith(path.sep) || request.out.endsWith('/');
    files.push(folder ? await saveSubmission(request.out, submission) : await writeSubmissionTo(request.out, submission));
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
