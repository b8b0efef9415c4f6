/**
 * Argument parsing on top of `node:util` parseArgs, with messages that say
 * how to fix a mistake ("did you mean --json?").
 */
import { parseArgs } from 'node:util';
import { COMMON_OPTIONS, type CommandSpec, type ParsedArgs } from './command-spec.js';
import { UsageError } from './errors.js';
import { suggest } from './suggest.js';

/** Parse `argv` (after the command name) against a command's spec. */
export function parseCommandArgs(command: CommandSpec, argv: string[]): ParsedArgs {
  const options = { ...command.options, ...COMMON_OPTIONS };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      options: Object.fromEntries(
        Object.entries(options).map(([name, option]) => [name, option.short ? { type: option.type, short: option.short } : { type: option.type }]),
      ),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw toUsageError(command, options, error);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  // --help and --version win over missing arguments.
  if (values.help || values.version) return { positionals: parsed.positionals, values };

  const { names, min, max } = command.positionals;
  if (parsed.positionals.length < min) {
    const missing = names[parsed.positionals.length] ?? names[names.length - 1] ?? 'argument';
    throw new UsageError(`\`rapport ${command.name}\` needs <${missing}>.`, `Usage: rapport ${command.usage[0]}`);
  }
  if (parsed.positionals.length > max) {
    const extra = parsed.positionals[max]!;
    throw new UsageError(
      `\`rapport ${command.name}\` does not take ${max === 0 ? 'arguments' : `more than ${max} argument${max === 1 ? '' : 's'}`} (got "${extra}").`,
      `Usage: rapport ${command.usage[0]}`,
    );
  }
  return { positionals: parsed.positionals, values };
}

function toUsageError(command: CommandSpec, options: CommandSpec['options'], error: unknown): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const help = `Run \`rapport ${command.name} --help\` to see its options.`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(message)?.[1] ?? message;
    const bare = flag.replace(/^-+/, '').split('=')[0]!;
    const guess = suggest(bare, Object.keys(options));
    return new UsageError(`Unknown option ${flag} for \`rapport ${command.name}\`.`, guess ? [`Did you mean --${guess}?`, help] : help);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // e.g. "Option '--script <value>' argument missing" or a value given to a boolean.
    const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? 'an option';
    const option = options[flag.replace(/^-+/, '')];
    // "--trainee -Dan": the value was given, but it looks like an option.
    if (option?.type === 'string' && /ambiguous/.test(message)) {
      return new UsageError(`${flag} got a value that starts with "-", which reads like an option.`, [`Write it with "=": ${flag}=-value (e.g. ${flag}="-Dan").`, help]);
    }
    if (option?.type === 'string') return new UsageError(`${flag} needs a value: ${flag} <${option.value ?? 'value'}>.`, help);
    return new UsageError(`${flag} does not take a value.`, help);
  }
  return new UsageError(message, help);
}
