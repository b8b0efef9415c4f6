import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, STACK_LINE, tempHome } from './run-cli.js';

const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const COMMANDS = ['list', 'play', 'score', 'validate', 'progress'];

describe('rapport (dispatcher)', () => {
  const home = tempHome();

  it('prints help with every command when run with no arguments', async () => {
    const result = await runCli([], { home });
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    // Where the data is, for this run: a trainee looking for a transcript or a submission need not guess.
    expect(result.stdout).toContain(`Here that is ${home}`);
  });

  it('prints the package version for --version', async () => {
    const result = await runCli(['--version'], { home });
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it.each(COMMANDS)('%s supports --help and --version', async (command) => {
    const help = await runCli([command, '--help'], { home });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(`rapport ${command} — `);
    expect(help.stdout).toContain('Examples:');
    const shown = await runCli([command, '--version'], { home });
    expect(shown).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('suggests the closest command for a typo and exits 2', async () => {
    const result = await runCli(['lsit'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown command "lsit"');
    expect(result.stderr).toContain('Did you mean `rapport list`?');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('lists the commands for an unknown command with no close match', async () => {
    const result = await runCli(['frobnicate'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('Did you mean');
    expect(result.stderr).toContain('Commands: list, play, score, validate, progress');
  });

  it('suggests the closest flag for an unknown flag and exits 2', async () => {
    const result = await runCli(['list', '--jsno'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown option --jsno');
    expect(result.stderr).toContain('Did you mean --json?');
  });

  it('explains a flag that is missing its value', async () => {
    const result = await runCli(['play', 'x', '--script'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--script needs a value');
  });

  it('says which argument is missing', async () => {
    const result = await runCli(['validate'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('`rapport validate` needs <file-or-dir>');
  });

  it('rejects stray arguments', async () => {
    const result = await runCli(['list', 'extra'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('does not take arguments');
  });

  it('help <command> shows that command', async () => {
    const result = await runCli(['help', 'score'], { home });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('rapport score — ');
  });
});
