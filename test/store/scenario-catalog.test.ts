import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listScenarios } from '../../src/store/scenario-catalog.js';
import type { CheckedScenarioFile } from '../../src/store/scenario-catalog.js';
import type { ScenarioSource } from '../../src/store/scenario-sources.js';
import { scenario } from '../ui/fixtures.js';

let root: string;
let builtIn: string;
let own: string;
let calls: string[];

const loader = async (file: string, _source: ScenarioSource): Promise<CheckedScenarioFile> => {
  calls.push(path.basename(file));
  if (file.includes('broken')) return { version: '', problems: [{ path: file, line: 1, col: 1, severity: 'error', message: 'bad' }] };
  const id = path.basename(file).replace(/\.ya?ml$/, '');
  return { scenario: { ...scenario, id: id.replace(/^dup-/, ''), title: `Title ${id}` }, version: 'v1', problems: [] };
};
/** The home folder is `root`: its scenarios are in `own`, its cache in `root/cache`. */
const list = (build: string | null = 'b1') => listScenarios(root, { build, builtInDir: builtIn, load: loader });
const load = async (build: string | null = 'b1') => (await list(build)).scenarios;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'rapport-catalog-'));
  builtIn = path.join(root, 'built-in');
  own = path.join(root, 'scenarios');
  mkdirSync(builtIn);
  writeFileSync(path.join(builtIn, 'alpha.yaml'), 'a');
  writeFileSync(path.join(builtIn, 'beta.yml'), 'b');
  writeFileSync(path.join(builtIn, 'notes.txt'), 'not a scenario');
  calls = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('scenario list cache', () => {
  it('loads each file once, then serves the list from the cache', async () => {
    const first = await load();
    expect(first.map((e) => e.id)).toEqual(['alpha', 'beta']);
    expect(first[0]).toMatchObject({ title: 'Title alpha', source: 'built-in', version: 'v1' });
    expect(first[0]!.scenario.persona.name).toBe('Dana');
    expect([...calls].sort()).toEqual(['alpha.yaml', 'beta.yml']); // files load concurrently: any order
    calls = [];
    expect((await load()).map((e) => e.id)).toEqual(['alpha', 'beta']);
    expect(calls).toEqual([]);
  });

  it('reloads a file whose size or time changed, and drops deleted ones', async () => {
    await load();
    calls = [];
    writeFileSync(path.join(builtIn, 'alpha.yaml'), 'changed');
    utimesSync(path.join(builtIn, 'alpha.yaml'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    rmSync(path.join(builtIn, 'beta.yml'));
    expect((await load()).map((e) => e.id)).toEqual(['alpha']);
    expect(calls).toEqual(['alpha.yaml']);
  });

  it('skips invalid files with their problems, and a second use of an id with a warning', async () => {
    mkdirSync(own);
    writeFileSync(path.join(own, 'broken.yaml'), 'x');
    writeFileSync(path.join(own, 'dup-alpha.yaml'), 'x');
    const { scenarios, problems } = await list();
    expect(scenarios.map((e) => `${e.id}:${e.source}`)).toEqual(['alpha:built-in', 'beta:built-in']);
    expect(problems.map((p) => `${path.basename(p.path)} ${p.severity}: ${p.message}`)).toEqual([
      'broken.yaml error: bad',
      `dup-alpha.yaml warning: scenario id "alpha" is already used by ${path.join(builtIn, 'alpha.yaml')}; this file is ignored`,
    ]);
  });

  it('checks every file again after an upgrade (another build)', async () => {
    await load('b1');
    calls = [];
    await load('b2');
    expect([...calls].sort()).toEqual(['alpha.yaml', 'beta.yml']); // files load concurrently: any order
  });

  it('rebuilds from the files when the cache is unreadable', async () => {
    mkdirSync(path.join(root, 'cache'));
    writeFileSync(path.join(root, 'cache', 'scenarios.json'), '{not json');
    expect((await load()).map((e) => e.id)).toEqual(['alpha', 'beta']);
    expect(calls).toHaveLength(2);
  });

  it('keeps no cache without a build (tsx, vitest): every list loads every file', async () => {
    await load(null);
    calls = [];
    await load(null);
    expect([...calls].sort()).toEqual(['alpha.yaml', 'beta.yml']); // files load concurrently: any order
  });
});
