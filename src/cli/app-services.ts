/**
 * The real services behind the terminal app: scenarios from the catalog,
 * sessions from the engine, progress and transcripts from the store, the
 * trainee's name from the config file. Warnings go to a callback (the app
 * shows them after Ink has let go of the screen), never straight to stderr.
 */
import { randomInt } from 'node:crypto';
import { BUILD_ID } from '../build-info.js';
import { gradeLetter } from '../core/grade.js';
import { finishedSessions } from '../core/progress-stats.js';
import type { Scenario } from '../core/scenario/schema.js';
import type { Analyzer, Session, SessionOptions } from '../core/session.js';
import type { AppServices, AttemptRecord, PlaySession, SaveRequest, SavedAttempt, ScenarioEntry } from '../ui/services.js';
import { rapportHome, rapportPaths } from '../store/paths.js';
import type { RapportPaths } from '../store/paths.js';
import { ProgressStore } from '../store/progress-store.js';
import { saveSession } from '../store/save-session.js';
import { listScenarios } from '../store/scenario-catalog.js';
import type { ScenarioSummary } from '../store/scenario-catalog.js';
import { newSessionId } from '../store/session-id.js';
import type { SessionRecord } from '../store/session-record.js';
import { readTraineeConfig, writeTraineeName } from '../store/trainee-config.js';
import { describeError, UserError } from './errors.js';
import type { CliIo } from './io.js';
import { problemWarning } from './warnings.js';

/** A recorded session as the screens read it. */
/** A file-system failure the person can fix, said in words (the debrief shows the message); anything else unchanged. */
async function inWords<T>(saving: Promise<T>): Promise<T> {
  try {
    return await saving;
  } catch (error) {
    const report = describeError(error);
    if (report.kind === 'user') throw new UserError(`${report.message} ${report.next.join(' ')}`, [], { cause: error });
    throw error;
  }
}

export function toAttempt(record: SessionRecord): AttemptRecord {
  return { id: record.id, scenario: record.scenario, startedAt: record.startedAt, ending: record.ending, score: record.score, scores: record.scores };
}

/** Best finished score per scenario id. */
export function bestScores(records: readonly SessionRecord[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const record of finishedSessions(records)) best.set(record.scenario, Math.max(best.get(record.scenario) ?? 0, record.score));
  return best;
}

// The analysis builds its rule tables when it loads (≈0.4 s here), so it
// loads on first use or after the first screen is drawn, never before it.
let enginePromise: Promise<{ analyze: Analyzer; createSession: (scenario: Scenario, options: SessionOptions) => Session }> | undefined;
function engine() {
  enginePromise ??= Promise.all([import('../core/analyze.js'), import('../core/session.js')]).then(([a, s]) => ({ analyze: a.analyze, createSession: s.createSession }));
  return enginePromise;
}

interface Running {
  session: Session;
  startedAt: Date;
}

/** Services for the app, reading `$RAPPORT_HOME` from `io.env`. */
export function createAppServices(io: Pick<CliIo, 'env' | 'cwd'>, warn: (message: string) => void): AppServices & { paths: RapportPaths } {
  const paths = rapportPaths(rapportHome(io.env));
  const store = () => new ProgressStore(paths, { warn });
  const versions = new Map<string, string>();
  const known = new Map<string, ScenarioSummary>();
  // The engine's sessions behind the PlaySession handles given to the screens.
  const running = new WeakMap<PlaySession, Running>();

  /** The catalog (cached per file), remembering where each id lives. */
  async function catalog(): Promise<ScenarioSummary[]> {
    // Under tsx there is no build id; cache as "dev" so a dev start is as quick as the bundle's.
    const { scenarios, problems } = await listScenarios(paths.home, { build: BUILD_ID ?? 'dev' });
    for (const problem of problems) warn(problemWarning(problem, '(skipped; run `rapport validate` on it)'));
    known.clear();
    for (const entry of scenarios) known.set(entry.id, entry);
    return scenarios;
  }

  /**
   * The scenario to play: a listed one is read and checked again from its
   * file (the cache only serves the screens); one found by path already was.
   */
  async function fresh(shown: Scenario): Promise<Scenario> {
    const entry = known.get(shown.id);
    if (!entry || entry.scenario !== shown) return shown;
    const { readScenarioFile } = await import('../store/scenario-files.js');
    const file = await readScenarioFile(entry.path, entry.source);
    if (!file.scenario || file.scenario.id !== shown.id) {
      throw new UserError(`The scenario file ${entry.path} changed and no longer loads as "${shown.id}".`, `Check it with \`rapport validate ${entry.path}\`.`);
    }
    versions.set(shown.id, file.version);
    return file.scenario;
  }

  return {
    paths,
    async getTraineeName() {
      return (await readTraineeConfig(paths.home, warn)).trainee ?? null;
    },
    async setTraineeName(name) {
      await writeTraineeName(paths.home, name);
    },
    async listScenarios(): Promise<ScenarioEntry[]> {
      const [entries, progress] = await Promise.all([catalog(), store().read()]);
      const best = bestScores(progress.sessions);
      return entries.map(({ id, title, category, difficulty, rubric }) => ({ id, title, category, difficulty, rubric, best: best.get(id) ?? null }));
    },
    async loadScenario(id): Promise<Scenario> {
      const { looksLikePath } = await import('../store/scenario-sources.js');
      if (!looksLikePath(id)) {
        if (!known.has(id)) await catalog();
        const entry = known.get(id);
        if (entry) {
          versions.set(id, entry.version);
          return entry.scenario;
        }
      }
      const { findScenario } = await import('./find-scenario.js');
      const found = await findScenario(id, paths, io.cwd);
      versions.set(found.scenario.id, found.version);
      return found.scenario;
    },
    warmUp() {
      engine().catch(() => {});
    },
    async startSession(shown, seed) {
      const [{ analyze, createSession }, scenario] = await Promise.all([engine(), fresh(shown)]);
      const session = createSession(scenario, { seed, analyze });
      running.set(session, { session, startedAt: new Date() });
      return session;
    },
    async saveAttempt(request: SaveRequest): Promise<SavedAttempt> {
      const run = running.get(request.session);
      if (!run) throw new Error('saveAttempt was given a session that startSession did not create');
      const result = run.session.result();
      const { record, transcripts } = await inWords(saveSession(
        paths,
        request.abandoned ? { ...result, ending: 'abandoned' } : result,
        request.scenario,
        {
          id: newSessionId(run.startedAt),
          startedAt: run.startedAt,
          finishedAt: new Date(),
          scenarioVersion: versions.get(request.scenario.id) ?? '',
          trainee: request.trainee,
          mode: request.mode,
        },
        { warn },
      ));
      return { attempt: toAttempt(record), transcriptPath: transcripts.markdown };
    },
    async attempts() {
      const data = await store().read();
      return data.sessions.map(toAttempt).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    },
    grade: gradeLetter,
    newSeed: () => randomInt(0, 2 ** 31),
    async listDrills() {
      const [{ installedDrills, installedScenarios }] = await Promise.all([import('./find-drill.js')]);
      const drills = await installedDrills(paths, Object.keys(await installedScenarios(paths)));
      return drills.map((file) => ({ id: file.drill!.id, title: file.drill!.title, scenarios: file.drill!.scenarios.length }));
    },
    async startDrill(id, trainee) {
      const [{ findDrill }, { createDrillServices }] = await Promise.all([import('./find-drill.js'), import('./drill-app.js')]);
      const loaded = await findDrill(id, paths, io.cwd);
      return createDrillServices(loaded, trainee, io, warn);
    },
  };
}
