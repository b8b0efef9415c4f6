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
import { formatLabelledProblem, sortProblems } from '../core/problem.js';
import { isTestFileName } from '../core/scenario/test-file.js';
import { toJson } from './io.js';
import { checkFiles, checkTestFile } from './validate-deep.js';
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

  const { results, problems } = await checkFiles(files, io);
  for (const file of testFiles) problems.push(...(await checkTestFile(file)));

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
