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
