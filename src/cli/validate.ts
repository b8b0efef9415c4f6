/**
 * `rapport validate <file-or-dir>…`: every problem as `path:line:col: message`
 * on stdout, exit 1 if any is an error. Never a stack trace: read failures
 * are problems too (see scenario-files.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { inert } from '../core/sanitize.js';
import type { CommandRun } from './command-spec.js';
import { UserError } from './errors.js';
import { write } from './io.js';
import { loadInstalledScenarios, readForValidation } from '../store/drill-files.js';
import { rapportHome, rapportPaths } from '../store/paths.js';
import { scenarioFilesIn } from '../store/scenario-sources.js';
import { formatLabelledProblem, sortProblems, type Problem } from '../core/problem.js';
import { locateProblems } from '../core/scenario/locate.js';
import { isTestFileName } from '../core/scenario/test-file.js';
import { toJson } from './io.js';
import { checkTestFile, deepChecks } from './validate-deep.js';
import { yamlFilesIn } from './toolkit-support.js';

export const run: CommandRun = async (args, io) => {
  const files: string[] = [];
  const testFiles: string[] = [];
  for (const target of args.positionals) {
    const absolute = path.resolve(io.cwd, target);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) {
      throw new UserError(`No such file or folder: ${target}`, 'Give a scenario .yaml file or a folder of them, e.g. `rapport validate scenarios/`.');
    }
    if (info.isDirectory()) {
      // A scenarios folder's drills/ subfolder is checked with it.
      const found = [...(await scenarioFilesIn(target)), ...(await scenarioFilesIn(path.join(target, 'drills')))];
      const tests = (await yamlFilesIn(target)).filter((file) => isTestFileName(file));
      if (found.length === 0 && tests.length === 0) throw new UserError(`No .yaml or .yml files in ${target}`, 'Scenario files end in .yaml; put them directly in the folder.');
      files.push(...found);
      testFiles.push(...tests);
    } else if (isTestFileName(target)) {
      testFiles.push(target);
    } else {
      files.push(target);
    }
  }

  // Drills are checked against the installed scenarios plus the ones given here.
  const installed = await loadInstalledScenarios(rapportPaths(rapportHome(io.env)).scenarios);
  const results = await readForValidation(files, installed.flatMap((file) => (file.scenario ? [file.scenario.id] : [])));
  const problems: Problem[] = results.flatMap((result) => result.problems);
  // Trainer checks on what loaded: graph lint, rubric examples, scenario test files.
  for (const result of results) if (result.kind === 'scenario' && result.scenario) problems.push(...(await deepChecks(result.path, result.scenario)));
  for (const file of testFiles) problems.push(...(await checkTestFile(file)));
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

  const checked = [...files, ...testFiles];
  const badFiles = new Set(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.path));
  if (args.values.json) {
    const report = { valid: badFiles.size === 0, files: checked.map((file) => ({ path: file, valid: !badFiles.has(file) })), problems: sortProblems(problems) };
    await write(io.stdout, toJson(report, io.stdout));
    return badFiles.size === 0 ? 0 : 1;
  }
  for (const problem of sortProblems(problems)) await write(io.stdout, `${inert(formatLabelledProblem(problem), { multiline: false })}\n`);
  const invalid = badFiles.size;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const noun = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (invalid > 0) {
    io.stderr.write(`${noun(invalid, 'file')} of ${checked.length} invalid (${noun(errors, 'error')}).\n`);
    return 1;
  }
  const drills = results.filter((result) => result.kind === 'drill').length;
  if (checked.length === 1 || drills === 0) {
    await write(io.stdout, `${checked.length === 1 ? `${inert(checked[0]!)} is valid` : `All ${checked.length} scenario files are valid`}.\n`);
    return 0;
  }
  await write(io.stdout, `All ${checked.length - drills} scenario files are valid.\n`);
  await write(io.stdout, `${drills === 1 ? 'The drill file is' : `All ${drills} drill files are`} valid.\n`);
  return 0;
};
