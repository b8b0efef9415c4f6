/**
 * The trainer checks `rapport validate` runs after a file loads: the graph
 * linter, rubric examples (through the real analysis) and scenario test
 * files. Kept apart from validate.ts so that file stays the shell's.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../core/problem.js';
import { checkExamples } from '../core/scenario/examples.js';
import { lintScenario, lintTests } from '../core/scenario/lint.js';
import { locateProblems } from '../core/scenario/locate.js';
import type { Scenario } from '../core/scenario/schema.js';
import { loadTestFileText, scenarioIdFromTestFile } from '../core/scenario/test-file.js';
import { loadScenarioText } from '../core/scenario/load.js';
import { missingScenarioProblem } from './toolkit-support.js';

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
