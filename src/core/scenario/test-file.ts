/**
 * Load a `scenarios/<id>.test.yaml` file: scenario tests kept beside the
 * scenario instead of in its `tests:` block. Problems are located like the
 * scenario loader's.
 */
import type { Problem } from '../problem.js';
import { fieldExample } from './field-examples.js';
import type { DocumentSpec } from './load.js';
import { loadYamlText } from './load.js';
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

const TEST_FILE_SPEC: DocumentSpec<TestFile> = {
  noun: 'test file',
  schema: TestFileSchema,
  // A test file is a scenario-less `tests:` list: its cases share the scenario's keys.
  allowedKeysAt: (path) => (path.length === 0 ? Object.keys(TestFileSchema.shape) : allowedKeysAt(path)),
  emptyHint: 'a test file needs "tests:" with at least one case',
  startHint: 'start with "tests:" on the first line',
  example: fieldExample,
};

/**
 * Parse and check a test file, with the scenario loader's checks and
 * messages (text, aliases, syntax, types, "did you mean").
 * @example loadTestFileText('tests:\n  - name: …', 'scenarios/x.test.yaml')
 */
export function loadTestFileText(text: string, path: string): TestFileResult {
  const { value, problems } = loadYamlText(text, path, TEST_FILE_SPEC);
  return value ? { file: value, problems } : { problems };
}
