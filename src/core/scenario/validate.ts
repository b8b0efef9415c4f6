/**
 * Everything `rapport validate` checks in one scenario file: the loader's
 * schema and graph checks, then (when the file loads) the linter and the
 * rubric examples. Pure: the analyzer comes in as an argument.
 */
import type { Problem } from '../problem.js';
import { sortProblems } from '../problem.js';
import type { Analyzer } from '../session-types.js';
import { checkExamples } from './examples.js';
import { lintScenario } from './lint.js';
import type { LoadResult } from './load.js';
import { loadScenarioText } from './load.js';
import { locateProblems } from './locate.js';

/** Options for {@link validateScenarioText}. */
export interface ValidateOptions {
  /** Runs rubric examples when given (normally `analyze`). */
  analyze?: Analyzer;
}

/**
 * Load, lint and check rubric examples. `scenario` is set when there are no
 * errors (warnings allowed), like {@link loadScenarioText}.
 * @example validateScenarioText(yaml, 'scenarios/x.yaml', { analyze }).problems.map(formatProblem)
 */
export function validateScenarioText(text: string, path: string, options: ValidateOptions = {}): LoadResult {
  const loaded = loadScenarioText(text, path);
  if (!loaded.scenario) return loaded;
  const found = lintScenario(loaded.scenario);
  if (options.analyze) found.push(...checkExamples(loaded.scenario, options.analyze));
  const problems: Problem[] = sortProblems([...loaded.problems, ...locateProblems(text, path, found)]);
  const ok = !problems.some((p) => p.severity === 'error');
  return ok ? { scenario: loaded.scenario, version: loaded.version, problems } : { version: loaded.version, problems };
}
