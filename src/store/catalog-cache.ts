/**
 * The scenario list for the home screen without parsing every scenario on
 * every start: loading and checking a scenario file costs tens to hundreds of
 * milliseconds, and the first screen has a 300 ms budget. What the list
 * needs (id, title, category, difficulty, rubric) is kept per file in
 * `$RAPPORT_HOME/cache/catalog.json`, keyed by path, size and modification
 * time; a changed or new file is loaded and checked again.
 *
 * The whole validated scenario is kept too, so `rapport play <id>` can show
 * the briefing without loading the YAML parser and the schema; the session
 * itself is always started from the file, loaded and checked again.
 *
 * The loader is passed in, so this module stays light to import.
 */
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Scenario } from '../core/scenario/schema.js';
import type { SkillScores } from '../core/types.js';

export type CatalogSource = 'built-in' | 'home';

/** One playable scenario as the home screen lists it. */
export interface CatalogEntry {
  id: string;
  title: string;
  category: string;
  difficulty: number;
  rubric: SkillScores;
  path: string;
  source: CatalogSource;
  version: string;
  /**
   * The scenario as validated when the entry was cached, for screens that
   * only show it (the briefing). Play from a freshly loaded file instead.
   */
  scenario: Scenario;
}

/** What the injected loader returns for one file. */
export interface LoadedFile {
  scenario?: Scenario;
  version: string;
  /** Problems already formatted as `path:line:col: message`, errors first. */
  problems: string[];
}

export interface CatalogOptions {
  builtInDir: string;
  homeDir: string;
  cacheFile: string;
  /** Loads and checks one scenario file (only called on a cache miss). */
  load: (file: string, source: CatalogSource) => Promise<LoadedFile>;
  warn: (message: string) => void;
  /** The build of Rapport; entries cached by another build are checked again. */
  build?: string;
}

interface CacheFile {
  version: 2;
  build: string;
  files: Record<string, { size: number; mtimeMs: number; entry: CatalogEntry }>;
}

const SCENARIO_FILE = /\.ya?ml$/i;

async function yamlFilesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir))
      // `<id>.test.yaml` holds a scenario's tests (see `rapport test`), not a scenario.
      .filter((name) => SCENARIO_FILE.test(name) && !/\.test\.ya?ml$/i.test(name))
      .sort()
      .map((name) => path.join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function readCache(file: string, build: string): Promise<CacheFile> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
    if (data && data.version === 2 && data.build === build && typeof data.files === 'object' && data.files !== null) return data;
  } catch {
    // A missing or unreadable cache is rebuilt; it holds nothing that is not in the scenario files.
  }
  return { version: 2, build, files: {} };
}

/**
 * Every valid scenario, built-in first, then the trainee's own; a later file
 * reusing an id is skipped with a warning, as `rapport list` does.
 */
export async function loadCatalogCached(options: CatalogOptions): Promise<CatalogEntry[]> {
  const build = options.build ?? '';
  const cache = await readCache(options.cacheFile, build);
  const next: CacheFile = { version: 2, build, files: {} };
  let changed = false;
  const entries: CatalogEntry[] = [];
  const seen = new Map<string, string>();
  const sources: [string, CatalogSource][] = [
    [options.builtInDir, 'built-in'],
    [options.homeDir, 'home'],
  ];
  for (const [dir, source] of sources) {
    for (const file of await yamlFilesIn(dir)) {
      let info;
      try {
        info = await stat(file);
      } catch {
        continue;
      }
      if (!info.isFile()) continue;
      const cached = cache.files[file];
      let entry: CatalogEntry | undefined;
      if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs && cached.entry.source === source) {
        entry = cached.entry;
      } else {
        changed = true;
        const loaded = await options.load(file, source);
        for (const problem of loaded.problems) options.warn(`${problem} (skipped; run \`rapport validate\` on it)`);
        const s = loaded.scenario;
        if (s) entry = { id: s.id, title: s.title, category: s.category, difficulty: s.difficulty, rubric: s.rubric, path: file, source, version: loaded.version, scenario: s };
      }
      if (!entry) continue;
      next.files[file] = { size: info.size, mtimeMs: info.mtimeMs, entry };
      const earlier = seen.get(entry.id);
      if (earlier) {
        options.warn(`${file}: scenario id "${entry.id}" is already used by ${earlier}; this file is ignored`);
        continue;
      }
      seen.set(entry.id, file);
      entries.push(entry);
    }
  }
  if (changed || Object.keys(cache.files).length !== Object.keys(next.files).length) {
    try {
      await mkdir(path.dirname(options.cacheFile), { recursive: true });
      const temp = `${options.cacheFile}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(next) + '\n', 'utf8');
      await rename(temp, options.cacheFile);
    } catch (error) {
      options.warn(`could not write the scenario list cache ${options.cacheFile} (${(error as Error).message}); start-up will be slower`);
    }
  }
  return entries;
}
