/**
 * The acceptance check, end to end through the real binary: in every
 * built-in scenario, a courteous trainee who has not read the scenario and a
 * rude, dismissive one reach different endings, at least 30 points apart.
 * The scripts are generic on purpose (test/fixtures/scripts/generic-*.txt).
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ROOT, runCli, tempHome } from './run-cli.js';

interface Play {
  ending: string;
  score: number;
}

describe('built-in scenarios through `rapport play --json`', async () => {
  const home = tempHome();
  const list = await runCli(['list', '--json'], { home });
  const ids = (JSON.parse(list.stdout) as { id: string }[]).map((entry) => entry.id);

  it('has scenarios to play', () => {
    expect(ids.length).toBeGreaterThanOrEqual(3);
  });

  it.each(ids)('%s: courteous and rude trainees reach different endings, ≥30 points apart', async (id) => {
    const play = async (script: string) => {
      const result = await runCli(['play', id, '--script', path.join(ROOT, 'test', 'fixtures', 'scripts', script), '--json', '--seed', '1'], { home });
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as Play;
    };
    const [courteous, rude] = [await play('generic-courteous.txt'), await play('generic-rude.txt')];
    expect(courteous.ending).not.toBe(rude.ending);
    expect(courteous.score - rude.score).toBeGreaterThanOrEqual(30);
  });
});
