/**
 * Reading one scenario file from disk. Parsing and validation are the core
 * loader's (`loadScenarioText`); this file does the file system part and turns
 * read failures into located problems too, so callers never see an exception.
 * (Listing what is on offer, with a cache, is scenario-catalog.ts.)
 */
import { readFile, stat } from 'node:fs/promises';
import type { Scenario } from '../core/scenario/schema.js';
import type { Problem } from '../core/problem.js';
import { loadScenarioText, MAX_SCENARIO_BYTES as MAX_SCENARIO_CHARS } from '../core/scenario/load.js';
import type { ScenarioSource } from './scenario-sources.js';

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

/**
 * A file too large to read, said in the unit of the limit (a file of more than
 * four bytes a character cannot be under the limit in characters).
 * @example tooLarge(40_600_008, 1_000_000) → 'file is too large (40,600,008 bytes, so more than 1,000,000 characters)'
 */
export function tooLarge(bytes: number, maxChars: number): string {
  return `file is too large (${bytes.toLocaleString('en')} bytes, so more than ${maxChars.toLocaleString('en')} characters)`;
}

/** How to fix a file too large: the limit, and that a real one is far smaller (`usual`: how small). */
export function tooLargeHint(noun: string, maxChars: number, usual: string): string {
  return `a ${noun} must be under ${maxChars.toLocaleString('en')} characters, and ${usual}: check this is the file you meant`;
}

/** A problem with a file as a whole (missing, a folder, too large), located at its start. */
export function fileProblem(file: string, message: string, hint?: string): Problem {
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
        problems: [fileProblem(file, tooLarge(info.size, MAX_SCENARIO_CHARS), tooLargeHint('scenario', MAX_SCENARIO_CHARS, 'a real one is a few hundred lines (split a longer one into several scenarios)'))],
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
