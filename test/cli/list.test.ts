import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
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

  it('--json lists the built-in scenarios, covering all three categories', async () => {
    const result = await runCli(['list', '--json'], { home: tempHome() });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const entries = JSON.parse(result.stdout) as Entry[];
    expect(new Set(entries.map((entry) => entry.category))).toEqual(new Set(['irate-customer', 'pre-sales', 'ethics-dilemma']));
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
});
