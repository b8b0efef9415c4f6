/**
 * Help text for the program and for each command, generated from the specs.
 */
import { COMMON_OPTIONS, type CommandSpec, type OptionSpec } from './command-spec.js';
import { COMMANDS } from './commands.js';

function optionLabel(name: string, option: OptionSpec): string {
  const short = option.short ? `-${option.short}, ` : '    ';
  const value = option.type === 'string' ? ` <${option.value ?? 'value'}>` : '';
  return `${short}--${name}${value}`;
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  const entries = Object.entries(options).map(([name, option]) => [optionLabel(name, option), option.description] as const);
  const width = Math.max(...entries.map(([label]) => label.length));
  return entries.map(([label, description]) => `  ${label.padEnd(width)}  ${description}`);
}

/** `rapport --help`. */
export function programHelp(version: string, home?: string): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    `rapport ${version} — practise customer conversations, get every reply scored and explained.`,
    '',
    'Usage: rapport                  open the app (in a terminal)',
    '       rapport <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    ...optionLines(COMMON_OPTIONS),
    '',
    'Run `rapport <command> --help` for a command\'s options and examples.',
    'Data (progress, transcripts, drill submissions) lives in $RAPPORT_HOME, by default your per-user data folder.',
    ...(home ? [`Here that is ${home}`] : []),
    '',
  ].join('\n');
}

/** `rapport <command> --help`. */
export function commandHelp(command: CommandSpec): string {
  return [
    `rapport ${command.name} — ${command.summary}`,
    '',
    'Usage:',
    ...command.usage.map((line) => `  rapport ${line}`),
    ...(command.details?.length ? ['', ...command.details] : []),
    '',
    'Options:',
    ...optionLines({ ...command.options, ...COMMON_OPTIONS }),
    '',
    'Examples:',
    ...command.examples.map((line) => `  ${line}`),
    '',
  ].join('\n');
}
