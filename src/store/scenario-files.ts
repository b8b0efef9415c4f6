/**
 * Reading scenario files from disk and finding scenarios by id. Parsing and
 * validation are the core loader's (`loadScenarioText`); this file only does
 * the file system part and turns read failures into located problems too.
 *
 * Two places hold scenarios: the package's built-in `scenarios/` folder and
 * the trainee's `$RAPPORT_HOME/scenarios/`. A built-in id wins over a home
 * file with the same id (with a warning), so a stray copy cannot shadow a drill.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Scenario } from '../core/scenario/schema.js';
import type { Problem } from '../core/problem.js';
import { loadScenarioText, MAX_SCENARIO_BYTES as MAX_SCENARIO_CHARS } from '../core/scenario/load.js';
import { builtInScenariosDir } from './package-root.js';

/** Where a scenario file was found. */
export type ScenarioSource = 'built-in' | 'home' | 'path';

/** One scenario file, loaded or not. */
export interface ScenarioFile {
  path: string;
  source: ScenarioSource;
  /** Present when the file is valid (no error-severity problems). */
  scenario?: Scenario;
  /** Content version from the loader ('' when the file could not be read). */
  version: string;
  problems: Problem[];
}

/**
 * Files bigger than this are not even read into memory. The loader has its
 * own, exact limit in characters; this one only guards the read.
 */
export const MAX_SCENARIO_BYTES = 4 * MAX_SCENARIO_CHARS;

const SCENARIO_FILE = /\.ya?ml$/i;

function fileProblem(file: string, message: string, hint?: string): Problem {
  return { path: file, line: 1, col: 1, severity: 'error', message, ...(hint ? { hint } : {}) };
}

/** Read and load one scenario file; read errors become problems, never exceptions. */
export async function readScenarioFile(file: string, source: ScenarioSource = 'path'): Promise<ScenarioFile> {
  let text: string;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { path: file, source, version: '', problems: [fileProblem(file, 'is a folder, not a scenario file')] };
    if (info.size > MAX_SCENARIO_BYTES) {
      return {
        path: file,
        source,
        version: '',
        problems: [fileProblem(file, `file is too large (${info.size} bytes)`, `a scenario must be under ${MAX_SCENARIO_CHARS} characters`)],
      };
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read the file (${code ?? String(error)})`;
    return { path: file, source, version: '', problems: [fileProblem(file, message)] };
  }
  const loaded = loadScenarioText(text, file);
  const valid = loaded.scenario !== undefined && !loaded.problems.some((problem) => problem.severity === 'error');
  return { path: file, source, version: loaded.version, problems: loaded.problems, ...(valid ? { scenario: loaded.scenario } : {}) };
}

/** The `.yaml`/`.yml` files directly in a folder, sorted; [] when the folder does not exist. */
export async function scenarioFilesIn(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.filter((name) => SCENARIO_FILE.test(name)).sort().map((name) => path.join(dir, name));
}

/** Every scenario Rapport can offer, plus the problems found on the way. */
export interface ScenarioCatalog {
  scenarios: ScenarioFile[];
  /** Invalid files and id clashes; the valid scenarios are still listed. */
  problems: Problem[];
}

/** Load the built-in scenarios and those in `homeScenariosDir`. */
export async function loadCatalog(homeScenariosDir: string, builtInDir: string = builtInScenariosDir()): Promise<ScenarioCatalog> {
  const sources: [string, ScenarioSource][] = [
    [builtInDir, 'built-in'],
    [homeScenariosDir, 'home'],
  ];
  const scenarios: ScenarioFile[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const [dir, source] of sources) {
    const files = await Promise.all((await scenarioFilesIn(dir)).map((file) => readScenarioFile(file, source)));
    for (const file of files) {
      problems.push(...file.problems);
      if (!file.scenario) continue;
      const earlier = seen.get(file.scenario.id);
      if (earlier) {
        problems.push({
          path: file.path,
          line: 1,
          col: 1,
          severity: 'warning',
          message: `scenario id "${file.scenario.id}" is already used by ${earlier}; this file is ignored`,
          hint: 'give it a different id',
        });
        continue;
      }
      seen.set(file.scenario.id, file.path);
      scenarios.push(file);
    }
  }
  return { scenarios, problems };
}

/** True when the argument should be read as a file path rather than an id. */
export function looksLikePath(idOrPath: string): boolean {
  return SCENARIO_FILE.test(idOrPath) || idOrPath.includes('/') || idOrPath.includes(path.sep);
}
