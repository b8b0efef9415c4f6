/**
 * The list of scenarios on offer, fast: `rapport list`, the id lookup of
 * `rapport play`, `rapport progress` and the terminal app's home screen all
 * need titles and categories, not freshly validated scenarios.
 *
 * Parsing and validating YAML costs a few hundred milliseconds on a cold
 * start (the first screen has a 300 ms budget), so each file's summary is
 * cached in `$RAPPORT_HOME/cache/scenarios.json`, keyed by the file's path,
 * size and modification time and by the build of Rapport that checked it. A
 * cache hit does not load the YAML parser, zod or the loader at all (they are
 * imported only on a miss). Under tsx/vitest (no build id) there is no cache
 * unless a build is passed in.
 *
 * The validated scenario is cached too, so the app can show a briefing
 * without loading the YAML parser; a session is always started from the
 * file, loaded and checked again.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { writeAtomic } from './write-atomic.js';
import path from 'node:path';
import { BUILD_ID } from '../build-info.js';
import type { Problem } from '../core/problem.js';
import type { Scenario } from '../core/scenario/schema.js';
import type { SkillScores } from '../core/types.js';
import { builtInScenariosDir } from './package-root.js';
import type { ScenarioSource } from './scenario-sources.js';
import { scenarioFilesIn } from './scenario-sources.js';

/** What lists and menus show about a scenario. */
export interface ScenarioSummary {
  id: string;
  title: string;
  category: string;
  difficulty: number;
  description?: string;
  persona: { name: string; tier: string };
  /** Rubric weights per skill (which skills this scenario trains most). */
  rubric: SkillScores;
  path: string;
  source: ScenarioSource;
  /** The loader's content version of the file. */
  version: string;
  /**
   * The scenario as validated when the summary was cached, for screens that
   * only show it (the briefing). Play from a freshly loaded file instead.
   */
  scenario: Scenario;
}

/** Valid scenarios (first of each id wins) and every problem found. */
export interface ScenarioList {
  scenarios: ScenarioSummary[];
  /** Invalid files and id clashes; valid scenarios are still listed. */
  problems: Problem[];
}

/** What loading one file gives: the scenario when valid, and its problems. */
export interface CheckedScenarioFile {
  scenario?: Scenario;
  version: string;
  problems: Problem[];
}

interface CacheEntry {
  size: number;
  mtimeMs: number;
  summary: Omit<ScenarioSummary, 'path' | 'source'> | null;
  problems: Problem[];
}

interface CacheFile {
  format: 2;
  build: string;
  files: Record<string, CacheEntry>;
}

async function readCache(file: string, build: string): Promise<CacheFile> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
    if (data && data.format === 2 && data.build === build && typeof data.files === 'object' && data.files) return data;
  } catch {
    // Missing or unreadable: a cache is only ever a shortcut, rebuilt from the files.
  }
  return { format: 2, build, files: {} };
}

async function writeCache(file: string, cache: CacheFile): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeAtomic(file, JSON.stringify(cache));
  } catch {
    // A read-only home just means no cache.
  }
}

async function readWithLoader(file: string, source: ScenarioSource): Promise<CheckedScenarioFile> {
  const { readScenarioFile } = await import('./scenario-files.js');
  return readScenarioFile(file, source);
}

function summarise(loaded: CheckedScenarioFile): Omit<CacheEntry, 'size' | 'mtimeMs'> {
  const scenario = loaded.scenario;
  const summary = scenario
    ? {
        id: scenario.id,
        title: scenario.title,
        category: scenario.category,
        difficulty: scenario.difficulty,
        ...(scenario.description ? { description: scenario.description } : {}),
        persona: { name: scenario.persona.name, tier: scenario.persona.tier },
        rubric: { empathy: scenario.rubric.empathy, positivity: scenario.rubric.positivity, followThrough: scenario.rubric.followThrough },
        version: loaded.version,
        scenario,
      }
    : null;
  return { summary, problems: loaded.problems };
}

/** Options for {@link listScenarios}; the defaults are the real folders, build and loader. */
export interface ListScenariosOptions {
  builtInDir?: string;
  /** Where to keep the cache; null disables it. Default: `<home>/cache/scenarios.json`. */
  cacheFile?: string | null;
  /** The build of Rapport (default: the bundle's); summaries cached by another build are checked again. */
  build?: string | null;
  /** Loads and checks one file, only on a cache miss (default: the scenario loader, imported then). */
  load?: (file: string, source: ScenarioSource) => Promise<CheckedScenarioFile>;
}

/**
 * Summaries of the built-in scenarios and those in `<home>/scenarios`.
 * A built-in id wins over a home file with the same id (with a warning).
 */
export async function listScenarios(home: string, options: ListScenariosOptions = {}): Promise<ScenarioList> {
  const sources: [string, ScenarioSource][] = [
    [options.builtInDir ?? builtInScenariosDir(), 'built-in'],
    [path.join(home, 'scenarios'), 'home'],
  ];
  const build = options.build === undefined ? BUILD_ID : options.build;
  const cacheFile = build === null || options.cacheFile === null ? null : (options.cacheFile ?? path.join(home, 'cache', 'scenarios.json'));
  const cache = cacheFile !== null && build !== null ? await readCache(cacheFile, build) : { format: 2 as const, build: '', files: {} };
  const fresh: CacheFile = { format: 2, build: cache.build, files: {} };
  const load = options.load ?? readWithLoader;
  let changed = false;

  const scenarios: ScenarioSummary[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const [dir, source] of sources) {
    const files = await scenarioFilesIn(dir);
    const entries = await Promise.all(
      files.map(async (file): Promise<CacheEntry> => {
        const info = await stat(file).catch(() => undefined);
        const size = info?.size ?? -1;
        const mtimeMs = info?.mtimeMs ?? -1;
        const hit = cache.files[file];
        if (hit && hit.size === size && hit.mtimeMs === mtimeMs) return hit;
        changed = true;
        return { size, mtimeMs, ...summarise(await load(file, source)) };
      }),
    );
    entries.forEach((entry, i) => {
      const file = files[i]!;
      fresh.files[file] = entry;
      problems.push(...entry.problems);
      if (!entry.summary) return;
      const earlier = seen.get(entry.summary.id);
      if (earlier) {
        problems.push({
          path: file,
          line: 1,
          col: 1,
          severity: 'warning',
          message: `scenario id "${entry.summary.id}" is already used by ${earlier}; this file is ignored`,
          hint: 'give it a different id',
        });
        return;
      }
      seen.set(entry.summary.id, file);
      scenarios.push({ ...entry.summary, path: file, source });
    });
  }
  if (cacheFile !== null && (changed || Object.keys(cache.files).length !== Object.keys(fresh.files).length)) await writeCache(cacheFile, fresh);
  return { scenarios, problems };
}
