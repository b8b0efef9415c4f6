/**
 * `rapport new <id> --category <c> [--dir scenarios]`: write a commented
 * starter scenario (valid as written, with tests) and never overwrite a file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CATEGORIES } from '../core/scenario/schema.js';
import { starterScenario } from '../core/scenario/starter.js';
import type { ToolArgs, ToolIo } from './toolkit-support.js';
import { EXIT_OK, EXIT_USAGE, packageRoot, reportError, ToolError } from './toolkit-support.js';

const WORD = /^[a-z][a-z0-9-]*$/;

/** Run `rapport new`. */
export async function run(args: ToolArgs, io: ToolIo): Promise<number> {
  try {
    const [id] = args.positionals;
    const category = args.values.category;
    const dir = typeof args.values.dir === 'string' ? args.values.dir : 'scenarios';
    if (id === undefined) throw new ToolError('`rapport new` needs <id>.', ['Usage: rapport new <id> --category <category> [--dir scenarios]'], EXIT_USAGE);
    if (!WORD.test(id)) {
      const suggestion = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+|-+$/g, '');
      throw new ToolError(`"${id}" is not a valid scenario id.`, [
        'Use lower-case letters, digits and dashes, starting with a letter.',
        ...(WORD.test(suggestion) ? [`For example: rapport new ${suggestion} --category ${typeof category === 'string' ? category : 'irate-customer'}`] : []),
      ], EXIT_USAGE);
    }
    if (typeof category !== 'string' || category === '') {
      throw new ToolError('`rapport new` needs --category <category>.', [`Built-in categories: ${CATEGORIES.join(', ')}; your own (lower-case words and dashes) are fine too.`], EXIT_USAGE);
    }
    if (!WORD.test(category)) throw new ToolError(`"${category}" is not a valid category.`, ['Use lower-case letters, digits and dashes, e.g. --category help-desk.'], EXIT_USAGE);

    const folder = path.resolve(io.cwd, dir);
    const file = path.join(folder, `${id}.yaml`);
    const shown = path.relative(io.cwd, file) || file;
    const schemaFile = path.join(packageRoot(), 'schema', 'scenario.schema.json');
    // Inside the package a relative modeline survives moving the checkout; elsewhere an absolute one is safer.
    const inside = !path.relative(packageRoot(), folder).startsWith('..');
    const schema = inside ? path.relative(folder, schemaFile).split(path.sep).join('/') : schemaFile;
    await mkdir(folder, { recursive: true });
    try {
      // "wx": fail if it exists, atomically — never overwrite a trainer's work.
      await writeFile(file, starterScenario({ id, category, schema }), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new ToolError(`${shown} already exists; not overwriting it.`, ['Pick another id, or move the existing file away first.']);
      }
      throw error;
    }
    io.stdout.write(
      [
        `Created ${shown}`,
        '',
        'Next:',
        `  rapport validate ${shown}   check it (schema, graph, rubric examples)`,
        `  rapport test ${shown}       run its tests`,
        `  rapport paths ${shown}      see the shortest way to each ending`,
        'The guide: docs/authoring.md',
        '',
      ].join('\n'),
    );
    return EXIT_OK;
  } catch (error) {
    return reportError(error, io);
  }
}
