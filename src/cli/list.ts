/**
 * `rapport list [--json]`: the scenarios on offer, built-in and the trainee's own.
 */
import type { CommandRun } from './command-spec.js';
import { toJson, write } from './io.js';
import { stars, table } from './table.js';
import { warnProblems } from './warnings.js';
import { listScenarios } from '../store/scenario-catalog.js';
import { rapportHome, rapportPaths } from '../store/paths.js';

/** One scenario in `list --json`. */
export interface ListEntry {
  id: string;
  title: string;
  category: string;
  difficulty: number;
  path: string;
}

export const run: CommandRun = async (args, io) => {
  const paths = rapportPaths(rapportHome(io.env));
  const catalog = await listScenarios(paths.home);
  warnProblems(io, catalog.problems, '(skipped; run `rapport validate` on it)');
  const entries: ListEntry[] = catalog.scenarios
    .map(({ id, title, category, difficulty, path }) => ({ id, title, category, difficulty, path }))
    .sort((a, b) => a.category.localeCompare(b.category) || a.difficulty - b.difficulty || a.id.localeCompare(b.id));

  if (args.values.json) {
    await write(io.stdout, toJson(entries, io.stdout));
    return 0;
  }
  if (entries.length === 0) {
    await write(io.stdout, `No scenarios found. Add .yaml files to ${paths.scenarios} or reinstall Rapport.\n`);
    return 0;
  }
  const rows = entries.map((entry) => [entry.id, entry.title, entry.category, stars(entry.difficulty)]);
  await write(io.stdout, table(['ID', 'TITLE', 'CATEGORY', 'DIFFICULTY'], rows));
  await write(io.stdout, `\nPlay one: rapport play ${entries[0]!.id} --script <replies.txt>\n`);
  return 0;
};
