/**
 * `rapport paths <scenario> [--json]`: the shortest path to each ending, as
 * the states visited and the kind of reply each step needs.
 */
import { formatPath, shortestPaths } from '../core/scenario/paths.js';
import { inert } from '../core/sanitize.js';
import type { CommandRun } from './command-spec.js';
import { UserError } from './errors.js';
import { toJson, write } from './io.js';
import { findScenarioFile } from './toolkit-support.js';

export const run: CommandRun = async (args, io) => {
  const file = await findScenarioFile(args.positionals[0]!, io);
  if (!file.scenario) throw new UserError(`${file.path} has errors.`, `See them with \`rapport validate ${file.path}\`.`);
  const paths = shortestPaths(file.scenario);
  const unreachable = paths.filter((p) => p.steps === null);
  if (args.values.json) {
    await write(io.stdout, toJson({ scenario: file.scenario.id, start: file.scenario.start, paths }, io.stdout));
  } else {
    const lines = [`${file.scenario.id}: the shortest path to each of its ${paths.length} endings, from "${file.scenario.start}"`, ''];
    for (const p of paths) lines.push(...formatPath(p), '');
    if (unreachable.length > 0) lines.push(`${unreachable.length} ending${unreachable.length === 1 ? '' : 's'} cannot be reached: run \`rapport validate ${file.path}\` to see why.`);
    await write(io.stdout, `${inert(lines.join('\n').trimEnd())}\n`);
  }
  return unreachable.length > 0 ? 1 : 0;
};
