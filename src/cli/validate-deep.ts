/**
 * The checks `rapport validate` runs: each file's load problems, then, on
 * what loaded, the graph linter, rubric examples (through the real analysis),
 * ids shared between files, and scenario test files. Kept apart from
 * validate.ts so that file stays the shell's, and so `rapport test` shows the
 * same warnings for the scenarios it tests.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../core/problem.js';
import type { CheckedFile } from '../store/drill-files.js';
import { loadInstalledScenarios, readForValidation } from '../store/drill-files.js';
import { rapportHome, rapportPaths } from '../store/paths.js';
import { checkExamples } from '../core/scenario/examples.js';
import { lintScenario, lintTests } from '../core/scenario/lint.js';
import { locateProblems } from '../core/scenario/locate.js';
import type { Scenario } from '../core/scenario/schema.js';
import { loadTestFileText, scenarioIdFromTestFile } from '../core/scenario/test-file.js';
import { loadScenarioText } from '../core/scenario/load.js';
import type { CliIo } from './io.js';
import { missingScenarioProblem } from './toolkit-support.js';

/**
 * Every problem `rapport validate` finds in these scenario and drill files
 * (not test files: see {@link checkTestFile}), with each file as read. Paths
 * are read as given and reported as given. Drills are checked against the
 * installed scenarios plus the ones given here.
 */
export async function checkFiles(files: readonly string[], io: Pick<CliIo, 'env'>): Promise<{ results: CheckedFile[]; problems: Problem[] }> {
  const installed = await loadInstalledScenarios(rapportPaths(rapportHome(io.env)).scenarios);
  const results = await readForValidation(files, installed.flatMap((file) => (file.scenario ? [file.scenario.id] : [])));
  const problems: Problem[] = results.flatMap((result) => result.problems);
  // Trainer checks on what loaded: graph lint, rubric examples.
  for (const result of results) if (result.kind === 'scenario' && result.scenario) problems.push(...(await deepChecks(result.path, result.scenario)));
  // Two files with one id would shadow each other in `rapport list`; a built-in id always wins there,
  // so a copy of a built-in scenario kept under its id would never be listed.
  const builtIns = new Map(installed.filter((file) => file.source === 'built-in' && file.scenario).map((file) => [file.scenario!.id, path.resolve(file.path)]));
  const owners = new Map<string, string>();
  for (const result of results) {
    if (result.kind !== 'scenario' || !result.scenario) continue;
    const builtIn = builtIns.get(result.scenario.id);
    if (builtIn !== undefined && builtIn !== path.resolve(result.path)) {
      const text = await readFile(result.path, 'utf8');
      problems.push(
        ...locateProblems(text, result.path, [
          {
            path: ['id'],
            severity: 'warning',
            message: `id "${result.scenario.id}" is a built-in scenario's id, so \`rapport list\` shows the built-in one and skips this file`,
            hint: 'give this scenario an id of its own, and name the file after it',
          },
        ]),
      );
    }
    const owner = owners.get(result.scenario.id);
    if (owner) {
      const text = await readFile(result.path, 'utf8');
      problems.push(
        ...locateProblems(text, result.path, [
          { path: ['id'], severity: 'warning', message: `id "${result.scenario.id}" is also used by ${owner}`, hint: 'give each scenario its own id: only one of them can be listed and played' },
        ]),
      );
    } else {
      owners.set(result.scenario.id, result.path);
    }
  }
  return { results, problems };
}

/** Lint and rubric-example problems for a scenario that loaded from `file`. */
export async function deepChecks(file: string, scenario: Scenario): Promise<Problem[]> {
  const text = await readFile(file, 'utf8');
  const found = lintScenario(scenario);
  // `<id>.test.yaml` is matched to its scenario by file name, and the guide promises the two agree.
  const name = path.basename(file).replace(/\.ya?ml$/i, '');
  if (name !== scenario.id) {
    found.push({
      path: ['id'],
      severity: 'warning',
      message: `id "${scenario.id}" does not match the file name "${path.basename(file)}"`,
      hint: `rename the file to ${scenario.id}.yaml, or change the id to "${name}"; test files are matched to scenarios by file name`,
    });
  }
  if (scenario.examples?.length) {
    // The analysis is loaded only when a scenario has examples to check.
    const { analyze } = await import('../core/analyze.js');
    found.push(...checkExamples(scenario, analyze));
  }
  return locateProblems(text, file, found);
}

/** Problems in a `<id>.test.yaml` file, checked against the scenario beside it. */
export async function checkTestFile(file: string): Promise<Problem[]> {
  const loaded = loadTestFileText(await readFile(file, 'utf8'), file);
  if (!loaded.file) return loaded.problems;
  const id = loaded.file.scenario ?? scenarioIdFromTestFile(file);
  const scenarioFile = path.join(path.dirname(file), `${id}.yaml`);
  let scenarioText: string;
  try {
    scenarioText = await readFile(scenarioFile, 'utf8');
  } catch {
    return [await missingScenarioProblem(file, file, await readFile(file, 'utf8'), id, loaded.file.scenario !== undefined)];
  }
  const scenario = loadScenarioText(scenarioText, scenarioFile).scenario;
  if (!scenario) return []; // the scenario's own problems are reported for the scenario file
  return locateProblems(await readFile(file, 'utf8'), file, lintTests(scenario, loaded.file.tests, ['tests']));
}
