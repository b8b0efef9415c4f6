import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, tempHome } from './run-cli.js';

interface Entry {
  id: string;
  title: string;
  category: string;
  difficulty: number;
  path: string;
}

describe('rapport list', () => {
  it('--json gives {id, title, category, difficulty} for scenarios in $RAPPORT_HOME/scenarios', async () => {
    const home = tempHome({ scenarios: true });
    const result = await runCli(['list', '--json'], { home });
    expect(result.code).toBe(0);
    const entries = JSON.parse(result.stdout) as Entry[];
    const mine = entries.find((entry) => entry.id === 'parcel-late');
    expect(mine).toEqual({
      id: 'parcel-late',
      title: 'The parcel that never came',
      category: 'irate-customer',
      difficulty: 1,
      path: path.join(home, 'scenarios', 'parcel-late.yaml'),
    });
    for (const entry of entries) {
      expect(typeof entry.id).toBe('string');
      expect(typeof entry.title).toBe('string');
      expect(typeof entry.category).toBe('string');
      expect(Number.isInteger(entry.difficulty)).toBe(true);
    }
  });

  it('--json lists the built-in scenarios, covering every built-in category', async () => {
    const result = await runCli(['list', '--json'], { home: tempHome() });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const entries = JSON.parse(result.stdout) as Entry[];
    expect(new Set(entries.map((entry) => entry.category))).toEqual(new Set(['irate-customer', 'pre-sales', 'ethics-dilemma', 'tiered-service', 'help-desk', 'outbound-follow-up']));
    for (const entry of entries) expect(entry.path.startsWith(path.join(ROOT, 'scenarios'))).toBe(true);
  });

  it('prints a table, and warns about (but skips) an invalid scenario file', async () => {
    const home = tempHome({ scenarios: true });
    writeFileSync(path.join(home, 'scenarios', 'broken.yaml'), 'id: [unclosed\n');
    const result = await runCli(['list'], { home });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ID\s+TITLE\s+CATEGORY\s+DIFFICULTY$/m);
    expect(result.stdout).toMatch(/^parcel-late\s+The parcel that never came\s+irate-customer\s+★☆☆☆☆$/m);
    expect(result.stderr).toMatch(new RegExp(`warning: ${path.join(home, 'scenarios', 'broken.yaml').replace(/[.]/g, '\\.')}:\\d+:\\d+: `));
  });

  it('warns once, as "warning:" and not "warning: … warning:", about a second file with an id already listed', async () => {
    const home = tempHome({ scenarios: true });
    const copy = path.join(home, 'scenarios', 'parcel-late-copy.yaml');
    writeFileSync(copy, readFileSync(path.join(home, 'scenarios', 'parcel-late.yaml'), 'utf8'));
    const result = await runCli(['list'], { home });
    expect(result.code).toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^rapport: warning: .*parcel-late(-copy)?\.yaml:1:1: scenario id "parcel-late" is already used by .*; this file is ignored \(give it a different id\)$/);
  });

  describe('catalog cache ($RAPPORT_HOME/cache/scenarios.json)', () => {
    it('gives the same answer from the cache, and notices an edited file', async () => {
      const home = tempHome({ scenarios: true });
      const first = await runCli(['list', '--json'], { home });
      expect(existsSync(path.join(home, 'cache', 'scenarios.json'))).toBe(true);
      const second = await runCli(['list', '--json'], { home });
      expect(second.stdout).toBe(first.stdout);

      const file = path.join(home, 'scenarios', 'parcel-late.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: The parcel that never came', 'title: The parcel, renamed'));
      utimesSync(file, new Date(), new Date(Date.now() + 5000)); // a distinct mtime even on coarse clocks
      const third = JSON.parse((await runCli(['list', '--json'], { home })).stdout) as Entry[];
      expect(third.find((entry) => entry.id === 'parcel-late')?.title).toBe('The parcel, renamed');
    });

    it('ignores a damaged cache file', async () => {
      const home = tempHome({ scenarios: true });
      const first = await runCli(['list', '--json'], { home });
      writeFileSync(path.join(home, 'cache', 'scenarios.json'), '{"format":1,"build":');
      const again = await runCli(['list', '--json'], { home });
      expect(again.code).toBe(0);
      expect(again.stderr).toBe('');
      expect(again.stdout).toBe(first.stdout);
    });

    it('forgets a cached file that was broken since', async () => {
      const home = tempHome({ scenarios: true });
      await runCli(['list', '--json'], { home });
      const file = path.join(home, 'scenarios', 'parcel-late.yaml');
      writeFileSync(file, 'id: [broken\n');
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      const result = await runCli(['list', '--json'], { home });
      expect((JSON.parse(result.stdout) as Entry[]).some((entry) => entry.id === 'parcel-late')).toBe(false);
      expect(result.stderr).toContain(`${file}:`);
    });
  });
});
