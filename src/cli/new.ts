/**
 * `rapport new <id> --category <c> [--dir scenarios]`: write a commented
 * starter scenario (valid as written, with tests) and never overwrite a file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CATEGORIES } from '../core/scenario/schema.js';
import { starterScenario } from '../core/scenario/starter.js';
import type { CommandRun } from './command-spec.js';
import { UsageError, UserError } from './errors.js';
import { write } from './io.js';
import { shownPath } from './toolkit-support.js';
import { packageRoot } from '../store/package-root.js';

const WORD = /^[a-z][a-z0-9-]*$/;

export const run: CommandRun = async (args, io) => {
  const [id] = args.positionals;
  const category = args.values.category;
  const dir = typeof args.values.dir === 'string' ? args.values.dir : 'scenarios';
  if (id === undefined) throw new UsageError('`rapport new` needs <id>.', 'Usage: rapport new <id> --category <category> [--dir scenarios]');
  if (!WORD.test(id)) {
    const suggestion = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+|-+$/g, '');
    throw new UsageError(`"${id}" is not a valid scenario id.`, [
      'Use lower-case letters, digits and dashes, starting with a letter.',
      ...(WORD.test(suggestion) ? [`For example: rapport new ${suggestion} --category ${typeof category === 'string' && category ? category : 'irate-customer'}`] : []),
    ]);
  }
  if (typeof category !== 'string' || category === '') {
    throw new UsageError('`rapport new` needs --category <category>.', `Built-in categories: ${CATEGORIES.join(', ')}; your own (lower-case words and dashes) are fine too.`);
  }
  if (!WORD.test(category)) throw new UsageError(`"${category}" is not a valid category.`, 'Use lower-case letters, digits and dashes, e.g. --category help-desk.');

  const folder = path.resolve(io.cwd, dir);
  const file = path.join(folder, `${id}.yaml`);
  const shown = shownPath(io, file);
  const schemaFile = path.join(packageRoot(), 'schema', 'scenario.schema.json');
  // Inside the package a relative modeline survives moving the checkout; elsewhere an absolute one is safer.
  const inside = !path.relative(packageRoot(), folder).startsWith('..');
  const schema = inside ? path.relative(folder, schemaFile).split(path.sep).join('/') : schemaFile;
  // The guide ships with the package: name it where it really is, not relative to a folder it may not be in.
  const guideFile = path.join(packageRoot(), 'docs', 'authoring.md');
  const guide = shownPath(io, guideFile);
  await mkdir(folder, { recursive: true });
  try {
    // "wx": fail if it exists, atomically — never overwrite a trainer's work.
    await writeFile(file, starterScenario({ id, category, schema, guide: inside ? path.relative(folder, guideFile).split(path.sep).join('/') : guideFile, file: shown }), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError(`${shown} already exists; not overwriting it.`, 'Pick another id, or move the existing file away first.');
    }
    throw error;
  }
  await write(
    io.stdout,
    [
      `Created ${shown}`,
      '',
      'Next:',
      `  rapport validate ${shown}   check it (schema, graph, rubric examples)`,
      `  rapport test ${shown}       run its tests`,
      `  rapport paths ${shown}      the shortest way to each ending`,
      `  rapport play ${shown} --script replies.txt   play it headless`,
      `The guide: ${guide}`,
      '',
    ].join('\n'),
  );
  return 0;
};
