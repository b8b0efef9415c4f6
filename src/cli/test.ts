/**
 * `rapport test [paths…] [--json]`: run scenario tests (a scenario's `tests:`
 * block and `<id>.test.yaml` beside it), print a readable diff of expected
 * against actual for each failure, and say how many cases ran. Zero cases is
 * a failure: a test command that quietly runs nothing proves nothing.
 * What `rapport validate` finds in a tested scenario is shown with its cases:
 * its warnings never fail the run; its errors (a rubric example that misses,
 * a goal nobody can meet, a branch that can never fire…) do, even when every
 * case passes, so a green `test` never hides a scenario `validate` rejects.
 */
import path from 'node:path';
import { analyze } from '../core/analyze.js';
import type { Problem } from '../core/problem.js';
import { formatLabelledProblem, formatProblem, sortProblems } from '../core/problem.js';
import { lintTests } from '../core/scenario/lint.js';
import { locateProblems } from '../core/scenario/locate.js';
import type { TestCaseResult } from '../core/scenario/scenario-test.js';
import { runScenarioTests } from '../core/scenario/scenario-test.js';
import type { Scenario, TestCase } from '../core/scenario/schema.js';
import { isTestFileName, loadTestFileText, scenarioIdFromTestFile } from '../core/scenario/test-file.js';
import { inert } from '../core/sanitize.js';
import type { CommandRun } from './command-spec.js';
import { UserError } from './errors.js';
import type { CliIo } from './io.js';
import { toJson, write } from './io.js';
import type { LoadedFile } from './toolkit-support.js';
import { findScenarioFile, kindOf, missingScenarioProblem, readScenario, shownPath, yamlFilesIn } from './toolkit-support.js';
import { readFile } from 'node:fs/promises';
import { builtInScenariosDir } from '../store/package-root.js';
import { rapportHome, rapportPaths } from '../store/paths.js';
import { checkFiles } from './validate-deep.js';

/**
 * The cases of one source (the scenario's `tests:` block or a test file) and
 * the problems of that source alone: they stop its cases, not the others.
 */
interface Group {
  source: string;
  cases: TestCase[];
  problems: Problem[];
}

/** The cases of one scenario, from its block and/or a test file. */
interface Suite {
  file: LoadedFile;
  groups: Group[];
  /** What stops every case: the scenario file does not load. */
  problems: Problem[];
  /** What `rapport validate` warns about in the scenario file, beyond `problems`. */
  warnings: Problem[];
  /** The errors `rapport validate` reports in the scenario file beyond `problems`: they fail the run but do not stop its cases. */
  errors: Problem[];
}

/** One suite's outcome. */
export interface SuiteReport {
  scenario: string;
  path: string;
  problems: Problem[];
  /** `rapport validate`'s warnings about the scenario file (its dialogue graph, its id…); they do not fail the run. */
  warnings: Problem[];
  /** `rapport validate`'s errors about the scenario file that did not stop its cases (a rubric example that misses…); they fail the run. */
  errors: Problem[];
  results: (TestCaseResult & { source: string })[];
  /** Sources whose cases did not run for their own problems (a typo in a test file), while the others ran. */
  notRun: string[];
}


/** `named`: the targets come from the command line, so files are named as given there. */
async function collect(targets: string[], io: CliIo, named = true): Promise<Map<string, Suite>> {
  const suites = new Map<string, Suite>();
  const scenarioFiles: string[] = [];
  const testFiles: string[] = [];
  // Each file as the command line names it (a folder given joined with the file's name), as `rapport validate` prints it.
  const given = new Map<string, string>();
  const shown = (file: string) => given.get(file) ?? shownPath(io, file);
  for (const target of targets) {
    const absolute = path.resolve(io.cwd, target);
    const kind = await kindOf(absolute);
    if (kind === 'dir') {
      for (const file of await yamlFilesIn(absolute)) {
        if (named && !given.has(file)) given.set(file, path.join(target, path.basename(file)));
        (isTestFileName(file) ? testFiles : scenarioFiles).push(file);
      }
    } else if (kind === 'file') {
      if (named && !given.has(absolute)) given.set(absolute, target);
      (isTestFileName(absolute) ? testFiles : scenarioFiles).push(absolute);
    } else if (/^[a-z][a-z0-9-]*$/.test(target)) {
      const found = await findScenarioFile(target, io);
      scenarioFiles.push(path.resolve(io.cwd, found.path));
    } else {
      throw new UserError(`No such file or folder: ${target}`, ['Give scenario files, .test.yaml files, folders of them, or scenario ids.']);
    }
  }
  const suiteFor = async (file: string): Promise<Suite> => {
    let suite = suites.get(file);
    if (!suite) {
      const loaded = await readScenario(file, shown(file));
      suite = { file: loaded, groups: [], problems: loaded.scenario ? [] : loaded.problems.filter((p) => p.severity === 'error'), warnings: [], errors: [] };
      if (loaded.scenario?.tests) suite.groups.push({ source: 'tests block', cases: loaded.scenario.tests, problems: [] });
      suites.set(file, suite);
    }
    return suite;
  };
  for (const file of scenarioFiles) {
    await suiteFor(file);
    // The test file beside a scenario belongs to it even when only the scenario was named.
    const sibling = file.replace(/\.ya?ml$/i, '.test.yaml');
    if (!testFiles.includes(sibling) && (await kindOf(sibling)) === 'file') {
      if (named && !given.has(sibling)) given.set(sibling, path.join(path.dirname(shown(file)), path.basename(sibling)));
      testFiles.push(sibling);
    }
  }
  for (const testFile of [...new Set(testFiles)]) {
    const testShown = shown(testFile);
    const text = await readFile(testFile, 'utf8');
    const loaded = loadTestFileText(text, testShown);
    const id = loaded.file?.scenario ?? scenarioIdFromTestFile(testFile);
    let target: string | undefined;
    for (const candidate of [`${id}.yaml`, `${id}.yml`].map((n) => path.join(path.dirname(testFile), n))) {
      if ((await kindOf(candidate)) === 'file') target = candidate;
    }
    if (!target) {
      const found = await findScenarioFile(id, io).catch(() => undefined);
      if (!found) {
        // Only this file cannot run: the other suites still do.
        const problems = [...loaded.problems, ...(loaded.file || loaded.problems.length === 0 ? [await missingScenarioProblem(testFile, testShown, text, id, loaded.file?.scenario !== undefined)] : [])];
        suites.set(testFile, { file: { path: testShown, text, version: '', problems }, groups: [], problems, warnings: [], errors: [] });
        continue;
      }
      target = path.resolve(io.cwd, found.path);
    }
    const suite = await suiteFor(target);
    // A typo in this file stops its own cases, not the scenario's tests block nor another file's.
    const problems = [...loaded.problems];
    if (loaded.file && suite.file.scenario) problems.push(...locateProblems(text, testShown, lintTests(suite.file.scenario, loaded.file.tests, ['tests'])));
    suite.groups.push({ source: testShown, cases: loaded.file?.tests ?? [], problems });
  }
  await addWarnings(suites, io);
  return suites;
}

/**
 * What `rapport validate` finds in the scenario files: its errors for every
 * suite (a scenario `validate` rejects fails `test` too, tests or not), its
 * warnings for the suites that have tests (or problems) to show them with.
 * All scenario files are checked together, so two files sharing an id are
 * found as validate finds them. A problem the suite already has is not
 * repeated.
 */
async function addWarnings(suites: Map<string, Suite>, io: CliIo): Promise<void> {
  const byFile = new Map<string, Suite>();
  for (const [file, suite] of suites) {
    if (isTestFileName(file)) continue; // a test file with no scenario: its own problems say it all
    // Read as shown (so messages name files as the rest of the output does) when that finds the same file.
    byFile.set(path.resolve(suite.file.path) === file ? suite.file.path : file, suite);
  }
  if (byFile.size === 0) return;
  const { problems } = await checkFiles([...byFile.keys()], io);
  for (const problem of problems) {
    const suite = byFile.get(problem.path);
    if (!suite) continue;
    if (problem.severity === 'warning' && suite.groups.length === 0 && suite.problems.length === 0) continue;
    const shown = { ...problem, path: suite.file.path };
    const seen = [...suite.problems, ...suite.warnings, ...suite.errors].map(formatProblem);
    if (!seen.includes(formatProblem(shown))) (problem.severity === 'error' ? suite.errors : suite.warnings).push(shown);
  }
}

/**
 * Run the suites. A scenario that does not load stops its suite; a typo in
 * a test (in the tests block or in a test file) stops only the cases of
 * that block or file, and the others still run.
 */
export function runSuites(suites: Iterable<Suite>): SuiteReport[] {
  const reports: SuiteReport[] = [];
  const stops = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');
  for (const suite of suites) {
    const scenario: Scenario | undefined = suite.file.scenario;
    const groups = suite.groups.map((group) =>
      group.source === 'tests block' && scenario?.tests
        ? { ...group, problems: [...group.problems, ...locateProblems(suite.file.text, suite.file.path, lintTests(scenario, scenario.tests, ['tests']))] }
        : group,
    );
    const problems = [...suite.problems, ...groups.flatMap((group) => group.problems)];
    const results: SuiteReport['results'] = [];
    const notRun: string[] = [];
    if (scenario && !stops(suite.problems)) {
      for (const group of groups) {
        if (stops(group.problems)) {
          if (group.source !== 'tests block' || groups.length > 1) notRun.push(group.source);
          continue;
        }
        for (const result of runScenarioTests(scenario, group.cases, analyze)) results.push({ ...result, source: group.source });
      }
    }
    // The tests block's own lint is in `problems` now; validate reports it too.
    const seen = new Set(problems.map(formatProblem));
    const errors = sortProblems(suite.errors.filter((p) => !seen.has(formatProblem(p))));
    reports.push({ scenario: scenario?.id ?? path.basename(suite.file.path), path: suite.file.path, problems, warnings: sortProblems(suite.warnings), errors, results, notRun });
  }
  return reports;
}

/**
 * What `rapport test` with no arguments tests: the scenarios/ folder here,
 * else your own scenarios in `$RAPPORT_HOME/scenarios` (where the app finds
 * them), else the built-in ones.
 */
async function defaultFolder(io: CliIo): Promise<string> {
  if ((await kindOf(path.resolve(io.cwd, 'scenarios'))) === 'dir') return 'scenarios';
  const own = rapportPaths(rapportHome(io.env)).scenarios;
  if ((await kindOf(own)) === 'dir' && (await yamlFilesIn(own)).length > 0) return own;
  return builtInScenariosDir();
}

/** Run `rapport test`. */
export const run: CommandRun = async (args, io) => {
  {
    let targets = args.positionals;
    const named = targets.length > 0;
    if (targets.length === 0) {
      targets = [await defaultFolder(io)];
      // Say so when it is not the scenarios/ folder here: a green run of someone else's scenarios proves nothing about yours.
      if (targets[0] !== 'scenarios') io.stderr.write(`rapport: no scenarios/ folder here; testing ${targets[0]}.\n`);
    }
    const reports = runSuites((await collect(targets, io, named)).values());
    const ran = reports.reduce((n, r) => n + r.results.length, 0);
    const failed = reports.reduce((n, r) => n + r.results.filter((c) => !c.passed).length, 0);
    const broken = reports.filter((r) => r.problems.some((p) => p.severity === 'error')).length;
    const warnings = reports.reduce((n, r) => n + r.warnings.length, 0);
    // Scenarios whose cases ran (or had none) but that `rapport validate` rejects.
    const invalid = reports.filter((r) => r.errors.length > 0);
    const invalidErrors = invalid.reduce((n, r) => n + r.errors.length, 0);
    if (args.values.json) {
      const json = {
        ran,
        passed: ran - failed,
        failed,
        suites: reports.map((r) => ({
          scenario: r.scenario,
          path: r.path,
          problems: r.problems,
          warnings: r.warnings,
          errors: r.errors,
          cases: r.results.map(({ name, source, passed, failures, actual }) => ({ name, source, passed, failures, actual: { ...actual, transcript: undefined } })),
        })),
      };
      await write(io.stdout, toJson(json, io.stdout));
    } else {
      const lines: string[] = [];
      for (const report of reports) {
        if (report.results.length === 0 && report.problems.length === 0 && report.errors.length === 0) continue;
        const stopped = report.results.length === 0 && report.problems.some((p) => p.severity === 'error');
        // A file that did not load has no id to show; one that did not run says why instead of "0 cases".
        const label = report.scenario === path.basename(report.path) ? report.path : `${report.path} (${report.scenario})`;
        const count = report.results.length === 0 && report.problems.length === 0 ? 'no tests' : `${report.results.length} case${report.results.length === 1 ? '' : 's'}`;
        const rejected = report.errors.length > 0 ? ` (rapport validate rejects it: fix the error${report.errors.length === 1 ? '' : 's'} below)` : '';
        // Some cases ran, and some did not: say which did not, so "2 cases" is not read as all of them.
        const skipped = report.results.length > 0 && report.notRun.length > 0 ? `; not run: the cases in ${report.notRun.map((s) => (s === 'tests block' ? 'its tests block' : s)).join(' and ')} (fix the error${report.problems.filter((p) => p.severity === 'error').length === 1 ? '' : 's'} below)` : '';
        lines.push(`${label}: ${stopped ? 'not run; fix these first' : `${count}${skipped}${rejected}`}`);
        for (const problem of sortProblems([...report.problems, ...report.errors])) lines.push(`  ${formatLabelledProblem(problem)}`);
        for (const problem of report.warnings) lines.push(`  ${formatLabelledProblem(problem)}`);
        for (const result of report.results) {
          lines.push(`  ${result.passed ? '✓' : '✗'} ${result.name}${result.source === 'tests block' ? '' : ` [${result.source}]`}`);
          if (!result.passed) {
            for (const failure of result.failures) lines.push(`      ${failure}`);
            lines.push(...result.diff.map((l) => `      ${l}`));
          }
        }
      }
      if (ran > 0) {
        const tested = reports.filter((r) => r.results.length > 0).length;
        const untested = reports.filter((r) => r.results.length === 0 && r.problems.length === 0).map((r) => r.scenario);
        lines.push(
          '',
          `${ran} case${ran === 1 ? '' : 's'} ran in ${tested} scenario${tested === 1 ? '' : 's'}: ${ran - failed} passed, ${failed} failed` +
            (broken ? `; ${broken} file${broken === 1 ? '' : 's'} could not be tested` : '') +
            (invalid.length ? `; ${invalidErrors} error${invalidErrors === 1 ? '' : 's'} from rapport validate in ${invalid.length} file${invalid.length === 1 ? '' : 's'}` : '') +
            (warnings ? `; ${warnings} warning${warnings === 1 ? '' : 's'}` : '') +
            (untested.length ? `; no tests in ${untested.join(', ')}` : ''),
        );
      }
      if (lines.length > 0) await write(io.stdout, `${inert(lines.join('\n'))}\n`);
    }
    if (ran === 0 && broken === 0) {
      throw new UserError(`No scenario tests ran: ${reports.length === 0 ? 'no scenario files' : `none of the ${reports.length} scenario${reports.length === 1 ? '' : 's'} found has tests`} in ${targets.join(', ')}.`, [
        'Add a "tests:" block to the scenario, or a <id>.test.yaml file beside it (see docs/authoring.md).',
        'A test run that checks nothing counts as a failure.',
      ]);
    }
    if (ran === 0) io.stderr.write('rapport: no scenario tests ran: fix the problems above first.\n');
    else if (invalid.length > 0 && failed === 0 && !args.values.json) {
      // Every case passed, so say plainly why the run still fails.
      io.stderr.write(`rapport: ${invalid.map((r) => r.path).join(', ')} ${invalid.length === 1 ? 'has' : 'have'} errors that rapport validate reports (shown above), so this run fails although its cases passed.\n`);
    }
    return failed > 0 || broken > 0 || invalid.length > 0 || ran === 0 ? 1 : 0;
  }
};
