/**
 * `rapport validate <file-or-dir>…`: every problem as `path:line:col: message`
 * on stdout, exit 1 if any is an error. Never a stack trace: read failures
 * are problems too (see scenario-files.ts).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { inert } from '../core/sanitize.js';
import type { CommandRun } from './command-spec.js';
import { UserError } from './errors.js';
import { write } from './io.js';
import { scenarioFilesIn } from '../store/scenario-sources.js';
import { loadInstalledScenarios, readForValidation } from '../store/drill-files.js';
import { rapportHome, rapportPaths } from '../store/paths.js';
import { formatProblem, sortProblems, type Problem } from '../core/problem.js';

export const run: CommandRun = async (args, io) => {
  const files: string[] = [];
  for (const target of args.positionals) {
    const absolute = path.resolve(io.cwd, target);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) {
      throw new UserError(`No such file or folder: ${target}`, 'Give a scenario .yaml file or a folder of them, e.g. `rapport validate scenarios/`.');
    }
    if (info.isDirectory()) {
      // A scenarios folder's drills/ subfolder is checked with it.
      const found = [...(await scenarioFilesIn(target)), ...(await scenarioFilesIn(path.join(target, 'drills')))];
      if (found.length === 0) throw new UserError(`No .yaml or .yml files in ${target}`, 'Scenario files end in .yaml; put them directly in the folder.');
      files.push(...found);
    } else {
      files.push(target);
    }
  }

  const installed = await loadInstalledScenarios(rapportPaths(rapportHome(io.env)).scenarios);
  const results = await readForValidation(files, installed.flatMap((file) => (file.scenario ? [file.scenario.id] : [])));
  const problems: Problem[] = results.flatMap((result) => result.problems);
  // Two files with one id would shadow each other in `rapport list`.
  const owners = new Map<string, string>();
  for (const result of results) {
    if (result.kind !== 'scenario' || !result.scenario) continue;
    const owner = owners.get(result.scenario.id);
    if (owner) {
      problems.push({ path: result.path, line: 1, col: 1, severity: 'warning', message: `id "${result.scenario.id}" is also used by ${owner}` });
    } else {
      owners.set(result.scenario.id, result.path);
    }
  }

  for (const problem of sortProblems(problems)) await write(io.stdout, `${inert(formatProblem(problem), { multiline: false })}\n`);
  const invalid = results.filter((result) => (result.kind === 'scenario' ? !result.scenario : !result.drill)).length;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const noun = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (invalid > 0) {
    io.stderr.write(`${noun(invalid, 'file')} of ${files.length} invalid (${noun(errors, 'error')}).\n`);
    return 1;
  }
  if (files.length === 1) {
    await write(io.stdout, `${inert(files[0]!)} is valid.\n`);
    return 0;
  }
  const drills = results.filter((result) => result.kind === 'drill').length;
  const scenarios = files.length - drills;
  if (scenarios > 0) await write(io.stdout, `All ${scenarios} scenario files are valid.\n`);
  if (drills > 0) await write(io.stdout, `${drills === 1 ? 'The drill file is' : `All ${drills} drill files are`} valid.\n`);
  return 0;
};
