/**
 * What the trainer commands (`new`, `test`, `paths`) share: the argument and
 * IO shapes of the CLI dispatcher (structurally the same as its
 * `ParsedArgs`/`CliIo`, so the commands plug into its table unchanged),
 * error output in its format, and finding scenario files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenarioText } from '../core/scenario/load.js';
import type { LoadResult } from '../core/scenario/load.js';

/** Parsed arguments, as the dispatcher hands them to a command. */
export interface ToolArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/** What a command may touch. */
export interface ToolIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Exit codes (the dispatcher's): 0 ok, 1 a fixable problem, 2 wrong usage. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** An error the trainer can fix: printed as `rapport: message` and `  → next step` lines, no stack. */
export class ToolError extends Error {
  override name = 'ToolError';
  constructor(
    message: string,
    readonly next: string[] = [],
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
  }
}

/** Print a {@link ToolError} and return its exit code; anything else is a bug and is rethrown. */
export function reportError(error: unknown, io: ToolIo): number {
  if (!(error instanceof ToolError)) throw error;
  io.stderr.write(`rapport: ${error.message}\n${error.next.map((n) => `  → ${n}\n`).join('')}`);
  return error.exitCode;
}

let root: string | undefined;
/** The folder with Rapport's package.json (works from src/ under tsx and from dist/). */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'rapport') return (root = dir);
      } catch {
        // not ours: keep walking up
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the rapport package root');
    dir = parent;
  }
}

/** A scenario file read and loaded. */
export interface LoadedFile extends LoadResult {
  path: string;
  text: string;
}

/** True for `.yaml`/`.yml` files that are scenarios (not `.test.yaml`). */
export const isScenarioFileName = (name: string) => /\.ya?ml$/i.test(name) && !/\.test\.ya?ml$/i.test(name);

/** Read and load a scenario file; a missing or unreadable file is a {@link ToolError}. */
export async function readScenario(file: string, shown: string = file): Promise<LoadedFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ToolError(code === 'ENOENT' ? `No such file: ${shown}` : `Cannot read ${shown} (${code ?? String(error)})`, ['Check the path, or give a scenario id.']);
  }
  return { ...loadScenarioText(text, shown), path: shown, text };
}

/** The YAML files directly in a folder, sorted. */
export async function yamlFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((n) => /\.ya?ml$/i.test(n)).sort().map((n) => path.join(dir, n));
}

/** Is this path an existing folder / file? */
export async function kindOf(file: string): Promise<'dir' | 'file' | undefined> {
  const info = await stat(file).catch(() => undefined);
  return info ? (info.isDirectory() ? 'dir' : 'file') : undefined;
}

/**
 * Find a scenario by file path, or by id among the built-in scenarios and
 * `$RAPPORT_HOME/scenarios`.
 */
export async function findScenarioFile(idOrPath: string, io: ToolIo): Promise<LoadedFile> {
  const asPath = path.resolve(io.cwd, idOrPath);
  if (/\.ya?ml$/i.test(idOrPath) || idOrPath.includes('/') || (await kindOf(asPath)) === 'file') return readScenario(asPath, idOrPath);
  const dirs = [path.join(packageRoot(), 'scenarios'), ...(io.env.RAPPORT_HOME ? [path.join(io.env.RAPPORT_HOME, 'scenarios')] : [])];
  const ids: string[] = [];
  for (const dir of dirs) {
    if ((await kindOf(dir)) !== 'dir') continue;
    for (const file of (await yamlFilesIn(dir)).filter((f) => isScenarioFileName(path.basename(f)))) {
      const loaded = await readScenario(file, path.relative(io.cwd, file) || file);
      const id = loaded.scenario?.id ?? path.basename(file).replace(/\.ya?ml$/i, '');
      if (id === idOrPath) return loaded;
      ids.push(id);
    }
  }
  const { didYouMean } = await import('../core/did-you-mean.js');
  const guess = didYouMean(idOrPath, ids);
  throw new ToolError(`No scenario with id "${idOrPath}".`, [
    ...(guess ? [`${guess.charAt(0).toUpperCase()}${guess.slice(1)}`] : []),
    `Scenarios: ${ids.join(', ') || 'none'}; or give a path to a .yaml file.`,
  ]);
}
