import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, ROOT, runCli, STACK_LINE, tempHome } from './run-cli.js';

// The loader's malformed-file fixtures: syntax error, unknown target, missing field, wrong type,
// empty file, alias bomb, binary junk, misspelled key, …
const BAD = path.join(ROOT, 'test', 'fixtures', 'bad-scenarios');
const badFiles = readdirSync(BAD).filter((name) => /\.ya?ml$/.test(name));

describe('rapport validate', () => {
  const home = tempHome();

  it('exits 0 for the built-in scenarios folder', async () => {
    const result = await runCli(['validate', 'scenarios'], { home });
    expect(result.stdout).toMatch(/^All \d+ scenario files are valid\.$/m);
    expect(result.code).toBe(0);
  });

  it('exits 0 for a valid file', async () => {
    const result = await runCli(['validate', path.join(FIXTURES, 'parcel-late.yaml')], { home });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('is valid');
  });

  it.each(badFiles)('%s: exit 1, every line path:line:col: message, no stack trace', async (name) => {
    const file = path.join('test', 'fixtures', 'bad-scenarios', name);
    const result = await runCli(['validate', file], { home });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: \\S`));
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it('checks every file in a folder and reports each bad one', async () => {
    const result = await runCli(['validate', 'test/fixtures/bad-scenarios'], { home });
    expect(result.code).toBe(1);
    for (const name of badFiles) expect(result.stdout).toContain(`test/fixtures/bad-scenarios/${name}:`);
    expect(result.stderr).toContain(`${badFiles.length} files of ${badFiles.length} invalid`);
  });

  it('gives a clear error for a missing path', async () => {
    const result = await runCli(['validate', 'no/such/file.yaml'], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No such file or folder: no/such/file.yaml');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
