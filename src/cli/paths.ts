/**
 * `rapport paths <scenario> [--json]`: the shortest path to each ending, as
 * the states visited and the kind of reply each step needs.
 */
import { formatProblem } from '../core/problem.js';
import { formatPath, shortestPaths } from '../core/scenario/paths.js';
import type { ToolArgs, ToolIo } from './toolkit-support.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, findScenarioFile, reportError, ToolError } from './toolkit-support.js';

/** Run `rapport paths`. */
export async function run(args: ToolArgs, io: ToolIo): Promise<number> {
  try {
    const [target] = args.positionals;
    if (target === undefined) throw new ToolError('`rapport paths` needs <scenario>.', ['Usage: rapport paths <scenario-id-or-file> [--json]'], EXIT_USAGE);
    const file = await findScenarioFile(target, io);
    if (!file.scenario) {
      const errors = file.problems.filter((p) => p.severity === 'error');
      throw new ToolError(`${file.path} has problems:\n${errors.slice(0, 10).map((p) => `  ${formatProblem(p)}`).join('\n')}`, [`Fix them, then check with \`rapport validate ${file.path}\`.`]);
    }
    const paths = shortestPaths(file.scenario);
    const unreachable = paths.filter((p) => p.steps === null);
    if (args.values.json) {
      io.stdout.write(`${JSON.stringify({ scenario: file.scenario.id, start: file.scenario.start, paths }, null, 2)}\n`);
    } else {
      const lines = [`${file.scenario.id}: shortest path to each of ${paths.length} endings (from "${file.scenario.start}")`, ''];
      for (const p of paths) lines.push(...formatPath(p), '');
      if (unreachable.length > 0) lines.push(`${unreachable.length} ending${unreachable.length === 1 ? '' : 's'} cannot be reached: run \`rapport validate ${file.path}\` to see why.`);
      io.stdout.write(`${lines.join('\n').trimEnd()}\n`);
    }
    return unreachable.length > 0 ? EXIT_FAILURE : EXIT_OK;
  } catch (error) {
    return reportError(error, io);
  }
}
