/**
 * The CLI as a function: picks the command, parses its flags, loads its code
 * lazily and turns every failure into a readable message and an exit code.
 *
 * Keep this file light: it runs on every start-up. Command modules are
 * dynamic imports (see commands.ts), so `rapport list` never loads Ink.
 */
import { parseCommandArgs } from './args.js';
import { findCommand, COMMANDS } from './commands.js';
import { EXIT, renderError, UsageError } from './errors.js';
import { commandHelp, programHelp } from './help.js';
import { rapportHome } from '../store/paths.js';
import { processIo, type CliIo } from './io.js';
import { suggest } from './suggest.js';
import { packageVersion } from '../store/package-root.js';

/** Run the CLI with these arguments (without `node` and the script) and return the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      // In a terminal: the app's home screen. Piped or redirected: the help.
      if ((io.stdin as NodeJS.ReadStream).isTTY && (io.stdout as NodeJS.WriteStream).isTTY) return await (await import('./app.js')).runApp({}, io);
      io.stdout.write(programHelp(packageVersion(), rapportHome(io.env)));
      return EXIT.ok;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' ? rest[0] : undefined;
      const command = topic === undefined ? undefined : findCommand(topic);
      if (topic !== undefined && !command) throw unknownCommand(topic);
      io.stdout.write(command ? commandHelp(command) : programHelp(packageVersion(), rapportHome(io.env)));
      return EXIT.ok;
    }
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    if (first.startsWith('-')) {
      throw new UsageError(`Unknown option ${first}.`, ['Options go after the command, e.g. `rapport list --json`.', 'Run `rapport --help` to see the commands.']);
    }
    const command = findCommand(first);
    if (!command) throw unknownCommand(first);
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      io.stdout.write(commandHelp(command));
      return EXIT.ok;
    }
    if (args.values.version) {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    const run = await command.load();
    return await run(args, io);
  } catch (error) {
    return renderError(error, io.stderr);
  }
}

function unknownCommand(name: string): UsageError {
  const names = COMMANDS.map((command) => command.name);
  const guess = suggest(name, names);
  return new UsageError(`Unknown command "${name}".`, [
    ...(guess ? [`Did you mean \`rapport ${guess}\`?`] : []),
    `Commands: ${names.join(', ')}. Run \`rapport --help\` for details.`,
  ]);
}
