/**
 * Load a `scenarios/<id>.test.yaml` file: scenario tests kept beside the
 * scenario instead of in its `tests:` block. Problems are located like the
 * scenario loader's.
 */
import { LineCounter, parseDocument } from 'yaml';
import { didYouMean } from '../did-you-mean.js';
import type { Problem } from '../problem.js';
import { sortProblems } from '../problem.js';
import { makeLocator } from './load.js';
import type { TestFile } from './schema.js';
import { allowedKeysAt, TestFileSchema } from './schema.js';

/** A test file's cases, or the problems that stop it loading. */
export interface TestFileResult {
  file?: TestFile;
  problems: Problem[];
}

/** True for names like `irate-double-charge.test.yaml`. */
export const isTestFileName = (name: string): boolean => /\.test\.ya?ml$/i.test(name);

/** The scenario id a test file belongs to by its name: `x.test.yaml` → `x`. */
export const scenarioIdFromTestFile = (name: string): string => (name.split(/[\\/]/).pop() ?? name).replace(/\.test\.ya?ml$/i, '');

/**
 * Parse and check a test file.
 * @example loadTestFileText('tests:\n  - name: …', 'scenarios/x.test.yaml')
 */
export function loadTestFileText(text: string, path: string): TestFileResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', customTags: [], uniqueKeys: true, merge: false });
  const problems: Problem[] = [];
  const report = (offset: number, message: string, hint?: string) => {
    const { line, col } = lineCounter.linePos(offset);
    problems.push({ path, line: Math.max(1, line), col: Math.max(1, col), severity: 'error', message, ...(hint ? { hint } : {}) });
  };
  for (const error of doc.errors) report(error.pos[0], error.message.split('\n')[0] ?? error.message);
  if (problems.length > 0) return { problems: sortProblems(problems) };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    report(0, `cannot read YAML: ${error instanceof Error ? error.message : String(error)}`);
    return { problems };
  }
  if (data === null || data === undefined) {
    report(0, 'file is empty', 'a test file needs "tests:" with at least one case');
    return { problems };
  }
  const locator = makeLocator(doc);
  const parsed = TestFileSchema.safeParse(data);
  if (parsed.success) return { file: parsed.data, problems: [] };
  // A misspelled key also makes its field "missing": report only the misspelling, with its "did you mean".
  const misspelt = new Set<string>();
  for (const issue of parsed.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = issue.path.length === 0 ? Object.keys(TestFileSchema.shape) : allowedKeysAt(issue.path as (string | number)[]);
    for (const key of issue.keys) {
      const guess = didYouMean(key, allowed)?.match(/"(.+)"/)?.[1];
      if (guess) misspelt.add([...issue.path, guess].join('.'));
    }
  }
  for (const issue of parsed.error.issues) {
    const at = issue.path as (string | number)[];
    if (misspelt.has(at.join('.'))) continue;
    const where = at.length ? `"${at.join('.')}"` : 'the test file';
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0] ?? '';
      // A test file is a scenario-less `tests:` list: its cases share the scenario's keys.
      const allowed = at.length === 0 ? Object.keys(TestFileSchema.shape) : allowedKeysAt(at);
      report(locator.keyAt([...at, key]), `unknown key "${key}" in ${where}`, didYouMean(key, allowed) ?? (allowed.length ? `allowed keys: ${allowed.join(', ')}` : undefined));
    } else if (issue.code === 'invalid_type' && valueAt(data, at) === undefined) {
      const field = String(at[at.length - 1]);
      report(locator.keyAt(at.slice(0, -1)), `missing required field "${field}"${at.length > 1 ? ` in "${at.slice(0, -1).join('.')}"` : ''}`, `add "${field}:" here`);
    } else {
      report(locator.at(at), `${where}: ${issue.message.replace(/^Invalid input: /, '')}`);
    }
  }
  return { problems: sortProblems(problems) };
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
