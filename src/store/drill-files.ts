/**
 * Reading drill files from disk and finding drills by id. Parsing and
 * validation are the core loader's (`loadDrillText`); this file does the file
 * system part and turns read failures into located problems too.
 *
 * Drills live in the package's `scenarios/drills/` folder and in
 * `$RAPPORT_HOME/drills/`; a built-in id wins over a home file with the same id.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadDrillText, looksLikeDrill } from '../core/drill/load.js';
import type { Drill } from '../core/drill/schema.js';
import type { Problem } from '../core/problem.js';
import { MAX_SCENARIO_BYTES as MAX_YAML_CHARS } from '../core/scenario/load.js';
import { builtInScenariosDir } from './package-root.js';
import { fileProblem, readScenarioFile, tooLarge, tooLargeHint } from './scenario-files.js';
import type { ScenarioFile } from './scenario-files.js';
import { scenarioFilesIn } from './scenario-sources.js';
import type { ScenarioSource } from './scenario-sources.js';

/** One drill file, loaded or not. */
export interface DrillFile {
  path: string;
  source: ScenarioSource;
  /** Present when the file is valid. */
  drill?: Drill;
  /** Content version from the loader ('' when the file could not be read). */
  version: string;
  problems: Problem[];
}

/** The package's built-in drills folder. */
export function builtInDrillsDir(): string {
  return path.join(builtInScenariosDir(), 'drills');
}

/** The trainee's own drills folder under a Rapport home. */
export function homeDrillsDir(home: string): string {
  return path.join(home, 'drills');
}

async function readText(file: string): Promise<{ text: string } | { problem: Problem }> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { problem: fileProblem(file, 'is a folder, not a file') };
    if (info.size > 4 * MAX_YAML_CHARS) return { problem: fileProblem(file, tooLarge(info.size, MAX_YAML_CHARS), tooLargeHint('drill', MAX_YAML_CHARS, 'a real one is a list of scenario ids and pass marks, a few dozen lines')) };
    return { text: await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: fileProblem(file, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read the file (${code ?? String(error)})`) };
  }
}

/**
 * Read and load one drill file; read errors become problems, never exceptions.
 * @param scenarioIds when given, scenario ids the drill names must be among these
 */
export async function readDrillFile(file: string, scenarioIds?: readonly string[], source: ScenarioSource = 'path'): Promise<DrillFile> {
  const read = await readText(file);
  if ('problem' in read) return { path: file, source, version: '', problems: [read.problem] };
  const loaded = loadDrillText(read.text, file, scenarioIds ? { scenarioIds } : {});
  return { path: file, source, version: loaded.version, problems: loaded.problems, ...(loaded.drill ? { drill: loaded.drill } : {}) };
}

/** Every drill Rapport can offer, plus the problems found on the way. */
export interface DrillCatalog {
  drills: DrillFile[];
  problems: Problem[];
}

/** Load the built-in drills and those in `homeDir`, checked against the given scenario ids. */
export async function loadDrillCatalog(homeDir: string, scenarioIds: readonly string[], builtInDir: string = builtInDrillsDir()): Promise<DrillCatalog> {
  const drills: DrillFile[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const [dir, source] of [
    [builtInDir, 'built-in'],
    [homeDir, 'home'],
  ] as const) {
    const files = await Promise.all((await scenarioFilesIn(dir)).map((file: string) => readDrillFile(file, scenarioIds, source)));
    for (const file of files) {
      problems.push(...file.problems);
      if (!file.drill) continue;
      const earlier = seen.get(file.drill.id);
      if (earlier) {
        problems.push({ path: file.path, line: 1, col: 1, severity: 'warning', message: `drill id "${file.drill.id}" is already used by ${earlier}; this file is ignored`, hint: 'give it a different id' });
        continue;
      }
      seen.set(file.drill.id, file.path);
      drills.push(file);
    }
  }
  return { drills, problems };
}

/**
 * Every installed scenario, fully loaded (drills replay them): built-in
 * first, then `homeScenariosDir`; the first file with an id wins. Invalid
 * files are left out (`rapport validate` reports them).
 */
export async function loadInstalledScenarios(homeScenariosDir: string): Promise<ScenarioFile[]> {
  const found: ScenarioFile[] = [];
  const seen = new Set<string>();
  for (const [dir, source] of [
    [builtInScenariosDir(), 'built-in'],
    [homeScenariosDir, 'home'],
  ] as const) {
    const files = await Promise.all((await scenarioFilesIn(dir)).map((file) => readScenarioFile(file, source)));
    for (const file of files) {
      if (!file.scenario || seen.has(file.scenario.id)) continue;
      seen.add(file.scenario.id);
      found.push(file);
    }
  }
  return found;
}

/** A YAML file checked as whichever it is: a scenario or a drill. */
export type CheckedFile = (ScenarioFile & { kind: 'scenario' }) | (DrillFile & { kind: 'drill' });

/** True when a YAML file is a drill: it sits in a `drills` folder or looks like one. */
export async function isDrillFile(file: string): Promise<boolean> {
  if (path.basename(path.dirname(path.resolve(file))) === 'drills') return true;
  const read = await readText(file);
  return 'text' in read && looksLikeDrill(read.text);
}

/**
 * Read YAML files for `rapport validate`, each as whichever it is, in order.
 * Drills are checked against the installed scenarios plus the scenarios
 * among `files`, so a drill and its new scenarios validate together.
 */
export async function readForValidation(files: readonly string[], installedScenarioIds: readonly string[]): Promise<CheckedFile[]> {
  const kinds = await Promise.all(files.map(isDrillFile));
  const scenarios = await Promise.all(files.map((file, i) => (kinds[i] ? undefined : readScenarioFile(file))));
  const ids = [...new Set([...installedScenarioIds, ...scenarios.flatMap((s) => (s?.scenario ? [s.scenario.id] : []))])];
  return Promise.all(
    files.map(async (file, i): Promise<CheckedFile> => {
      const scenario = scenarios[i];
      return scenario ? { ...scenario, kind: 'scenario' } : { ...(await readDrillFile(file, ids)), kind: 'drill' };
    }),
  );
}
