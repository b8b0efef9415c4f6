/**
 * Turning the `<scenario>` argument (an id or a .yaml path) into a valid
 * scenario, or a message that says how to fix it.
 */
import path from 'node:path';
import { formatLabelledProblem, type Problem } from '../core/problem.js';
import { inert } from '../core/sanitize.js';
import type { Scenario } from '../core/scenario/schema.js';
import { UserError } from './errors.js';
import { suggest } from './suggest.js';
import type { RapportPaths } from '../store/paths.js';
import { listScenarios } from '../store/scenario-catalog.js';
import { readScenarioFile, type ScenarioFile } from '../store/scenario-files.js';
import { looksLikePath } from '../store/scenario-sources.js';

/** A scenario ready to play, with where it came from. */
export interface FoundScenario extends ScenarioFile {
  scenario: Scenario;
}

/**
 * The problems of a scenario or drill file that does not load, as `rapport
 * validate` prints them: `shown` is the file as the command line gave it (a
 * path argument), so `rapport play x.yaml` and `rapport validate x.yaml` name it alike.
 */
export function invalidFile(kind: 'Scenario' | 'Drill', file: { path: string; problems: readonly Problem[] }, label: string, shown: string = file.path): UserError {
  const problems = asGiven(file.problems, file.path, shown);
  const lines = problems.slice(0, 10).map((problem) => inert(formatLabelledProblem(problem), { multiline: false }));
  const more = problems.length > 10 ? [`…and ${problems.length - 10} more`] : [];
  return new UserError(`${kind} ${label} has problems:\n${[...lines, ...more].map((line) => `  ${line}`).join('\n')}`, `Fix them, then check with \`rapport validate ${shown}\`.`);
}

/** Problems located in `file` renamed to `shown`, the path as the trainer typed it. */
function asGiven<T extends { path: string }>(problems: readonly T[], file: string, shown: string): T[] {
  return problems.map((problem) => (problem.path === file ? { ...problem, path: shown } : problem));
}

/** Find a scenario by id (built-in or in $RAPPORT_HOME/scenarios) or by file path. */
export async function findScenario(idOrPath: string, paths: RapportPaths, cwd: string): Promise<FoundScenario> {
  if (looksLikePath(idOrPath)) {
    const file = await readScenarioFile(path.resolve(cwd, idOrPath));
    if (file.problems.some((problem) => problem.message === 'no such file')) {
      throw new UserError(`No scenario file at ${idOrPath}`, 'Check the path, or give a scenario id from `rapport list`.');
    }
    if (!file.scenario) throw invalidFile('Scenario', file, idOrPath, idOrPath);
    return file as FoundScenario;
  }
  const catalog = await listScenarios(paths.home);
  const summary = catalog.scenarios.find((entry) => entry.id === idOrPath);
  if (summary) {
    // The catalog may be a cached summary: load the file itself, and check it still is that scenario.
    const file = { ...(await readScenarioFile(summary.path, summary.source)) };
    if (!file.scenario) throw invalidFile('Scenario', file, idOrPath);
    if (file.scenario.id === idOrPath) return file as FoundScenario;
  }
  // A file named after the id that does not load is most likely the one meant.
  const broken = catalog.problems.find((problem) => problem.severity === 'error' && path.basename(problem.path).replace(/\.ya?ml$/i, '') === idOrPath);
  if (broken) throw invalidFile('Scenario', await readScenarioFile(broken.path), idOrPath);
  const ids = catalog.scenarios.map((entry) => entry.id);
  const guess = suggest(idOrPath, ids);
  throw new UserError(`No scenario with id "${idOrPath}".`, [
    ...(guess ? [`Did you mean "${guess}"?`] : []),
    ids.length ? `Run \`rapport list\` to see the ${ids.length} scenarios, or give a path to a .yaml file.` : 'No scenarios are installed; give a path to a .yaml file.',
  ]);
}
