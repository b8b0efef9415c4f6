/**
 * Where scenario files are, without reading them (so listing the folders
 * does not load the YAML parser).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Where a scenario file was found. */
export type ScenarioSource = 'built-in' | 'home' | 'path';

const SCENARIO_FILE = /\.ya?ml$/i;

/** The `.yaml`/`.yml` files directly in a folder, sorted; [] when the folder does not exist. */
export async function scenarioFilesIn(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
  // `<id>.test.yaml` holds a scenario's tests (see `rapport test`), not a scenario.
  return names.filter((name) => SCENARIO_FILE.test(name) && !/\.test\.ya?ml$/i.test(name)).sort().map((name) => path.join(dir, name));
}

/** True when the `<scenario>` argument should be read as a file path rather than an id. */
export function looksLikePath(idOrPath: string): boolean {
  return SCENARIO_FILE.test(idOrPath) || idOrPath.includes('/') || idOrPath.includes(path.sep);
}
