/**
 * What the trainer commands (`new`, `test`, `paths`, and `validate`'s extra
 * checks) share: reading a scenario with its text (so later checks can point
 * at line:col), and finding the scenario a test file belongs to.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { didYouMean } from '../core/did-you-mean.js';
import type { Problem } from '../core/problem.js';
import type { LoadResult } from '../core/scenario/load.js';
import { locateProblems } from '../core/scenario/locate.js';
import { loadScenarioText } from '../core/scenario/load.js';
import { isTestFileName } from '../core/scenario/test-file.js';
import { UserError } from './errors.js';
import { findScenario } from './find-scenario.js';
import { looksLikePath } from '../store/scenario-sources.js';
import type { CliIo } from './io.js';
import { rapportHome, rapportPaths } from '../store/paths.js';

/** A scenario file read and loaded, with its text. */
export interface LoadedFile extends LoadResult {
  /** As shown to the user (relative to the working folder when inside it). */
  path: string;
  text: string;
}

/** True for `.yaml`/`.yml` files that are scenarios (not `<id>.test.yaml`). */
export const isScenarioFileName = (name: string) => /\.ya?ml$/i.test(name) && !isTestFileName(name);

/** A path relative to the working folder when it is inside it. */
export function shownPath(io: CliIo, file: string): string {
  const relative = path.relative(io.cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Read and load a scenario file; a missing or unreadable file is a {@link UserError}. */
export async function readScenario(file: string, shown: string = file): Promise<LoadedFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `No such file: ${shown}` : `Cannot read ${shown} (${code ?? String(error)})`, 'Check the path, or give a scenario id from `rapport list`.');
  }
  return { ...loadScenarioText(text, shown), path: shown, text };
}

/** The YAML files directly in a folder (scenarios and test files), sorted. */
export async function yamlFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((n) => /\.ya?ml$/i.test(n)).sort().map((n) => path.join(dir, n));
}

/** Is this path an existing folder or file? */
export async function kindOf(file: string): Promise<'dir' | 'file' | undefined> {
  const info = await stat(file).catch(() => undefined);
  return info ? (info.isDirectory() ? 'dir' : 'file') : undefined;
}

/**
 * A scenario by id (built-in or in `$RAPPORT_HOME/scenarios`) or by path,
 * with its text. Ids go through the shell's catalog, so messages ("did you
 * mean", invalid file) are the same as `rapport play`'s.
 */
export async function findScenarioFile(idOrPath: string, io: CliIo): Promise<LoadedFile> {
  const found = await findScenario(idOrPath, rapportPaths(rapportHome(io.env)), io.cwd);
  const absolute = path.resolve(io.cwd, found.path);
  // A path is named as given, as `rapport validate` names it; an id's file as it is found.
  return readScenario(absolute, looksLikePath(idOrPath) ? idOrPath : shownPath(io, absolute));
}

/**
 * The error for a test file whose scenario cannot be found: at its
 * "scenario:" key when it names one, with a did-you-mean among the scenario
 * files beside it.
 */
export async function missingScenarioProblem(testFile: string, shown: string, text: string, id: string, named: boolean): Promise<Problem> {
  const siblings = (await yamlFilesIn(path.dirname(testFile)).catch(() => [] as string[]))
    .map((file) => path.basename(file))
    .filter(isScenarioFileName)
    .map((name) => name.replace(/\.ya?ml$/i, ''));
  const [problem] = locateProblems(text, shown, [
    {
      path: named ? ['scenario'] : [],
      severity: 'error',
      message: `no scenario "${id}" for this test file (looked for ${id}.yaml beside it)`,
      hint: didYouMean(id, siblings) ?? `put ${id}.yaml in the same folder, or set "scenario: <id>" at the top`,
    },
  ]);
  return problem!;
}
