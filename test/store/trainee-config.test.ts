import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configPath, readTraineeConfig, writeTraineeName } from '../../src/store/trainee-config.js';

let home: string;
beforeEach(async () => {
  home = await mkdtemp(path.join(tmpdir(), 'rapport-config-'));
});
afterEach(async () => rm(home, { recursive: true, force: true }));

describe('trainee config', () => {
  it('has no name before one is saved, then remembers it', async () => {
    expect(await readTraineeConfig(home)).toEqual({});
    await writeTraineeName(home, '  Priya ');
    expect(await readTraineeConfig(home)).toEqual({ trainee: 'Priya' });
    expect(JSON.parse(await readFile(configPath(home), 'utf8'))).toEqual({ trainee: 'Priya' });
  });

  it('creates the home folder when it is missing', async () => {
    const nested = path.join(home, 'a', 'b');
    await writeTraineeName(nested, 'Sam');
    expect(await readTraineeConfig(nested)).toEqual({ trainee: 'Sam' });
  });

  it('sets a corrupt file aside with a warning naming both paths, never overwriting it', async () => {
    await writeFile(configPath(home), '{"trainee": "Sa', 'utf8');
    const warnings: string[] = [];
    expect(await readTraineeConfig(home, (m) => warnings.push(m))).toEqual({});
    const files = await readdir(home);
    const aside = files.find((f) => f.startsWith('config.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(path.join(home, aside!), 'utf8')).toBe('{"trainee": "Sa');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(configPath(home));
    expect(warnings[0]).toContain(path.join(home, aside!));
  });
});
