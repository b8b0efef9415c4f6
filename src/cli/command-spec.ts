/**
 * How a command describes itself: options, arguments, help text. Specs are
 * plain data kept apart from the command code, so `--help`, "did you mean"
 * and argument checks never load a command's (possibly heavy) module.
 */
import type { CliIo } from './io.js';

/** One `--flag` of a command. */
export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  /** Placeholder shown in help, e.g. `N` for `--seed N`. */
  value?: string;
  description: string;
}

/** Parsed arguments handed to a command. */
export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/** A command's entry point, loaded lazily. */
export type CommandRun = (args: ParsedArgs, io: CliIo) => Promise<number>;

/** Everything the dispatcher knows about a command before loading it. */
export interface CommandSpec {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Usage lines, without the leading `rapport `. */
  usage: string[];
  /** Names of positional arguments, for messages; `min`/`max` bound their count. */
  positionals: { names: string[]; min: number; max: number };
  options: Record<string, OptionSpec>;
  /** Longer description paragraphs. */
  details?: string[];
  examples: string[];
  /** Loads the implementation (a dynamic import, so it is bundled as its own chunk). */
  load: () => Promise<CommandRun>;
}

/** Options every command accepts. */
export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', description: 'Show help for this command.' },
  version: { type: 'boolean', short: 'v', description: 'Show the Rapport version.' },
};
