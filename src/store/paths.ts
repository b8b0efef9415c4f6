/**
 * Where Rapport keeps its data. `$RAPPORT_HOME` wins (tests point it at a
 * temporary folder); otherwise the per-user data folder from env-paths
 * (e.g. ~/.local/share/rapport on Linux).
 */
import envPaths from 'env-paths';
import path from 'node:path';

/** Every path the store uses, derived from one home folder. */
export interface RapportPaths {
  home: string;
  /** The lowdb progress log. */
  progress: string;
  /** `<id>.md` and `<id>.json` per session. */
  transcripts: string;
  /** The trainee's own scenarios, listed next to the built-in ones. */
  scenarios: string;
  /** The trainee's own drills, next to the built-in `scenarios/drills/`. */
  drills: string;
  /** Drill submission files, one per finished drill. */
  submissions: string;
}

/** The data folder for this environment. */
export function rapportHome(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.RAPPORT_HOME?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  return envPaths('rapport', { suffix: '' }).data;
}

/** All store paths under one home. */
export function rapportPaths(home: string = rapportHome()): RapportPaths {
  return {
    home,
    progress: path.join(home, 'progress.json'),
    transcripts: path.join(home, 'transcripts'),
    scenarios: path.join(home, 'scenarios'),
    drills: path.join(home, 'drills'),
    submissions: path.join(home, 'submissions'),
  };
}
