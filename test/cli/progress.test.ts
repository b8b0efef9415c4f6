import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ROOT, runCli, tempHome } from './run-cli.js';

const COURTEOUS = path.join(ROOT, 'test', 'fixtures', 'scripts', 'generic-courteous.txt');

describe('rapport progress', () => {
  it('says there is nothing yet, and where the log will be', async () => {
    const home = tempHome();
    const text = await runCli(['progress'], { home });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('No sessions yet');
    expect(text.stdout).toContain(path.join(home, 'progress.json'));
    const json = JSON.parse((await runCli(['progress', '--json'], { home })).stdout) as { sessions: unknown[]; summary: { sessions: number; weakestSkill: unknown } };
    expect(json.sessions).toEqual([]);
    expect(json.summary).toMatchObject({ sessions: 0, weakestSkill: null });
  });

  it('lists sessions oldest first with averages, the weakest skill and a scenario to practise it', async () => {
    const home = tempHome();
    const ids: string[] = [];
    for (const [scenario, seed] of [['irate-double-charge', '1'], ['presales-budget-fit', '2']] as const) {
      const played = await runCli(['play', scenario, '--script', COURTEOUS, '--json', '--seed', seed, '--trainee', 'Ada'], { home });
      ids.push((JSON.parse(played.stdout) as { sessionId: string }).sessionId);
    }
    const json = JSON.parse((await runCli(['progress', '--json'], { home })).stdout) as {
      sessions: { id: string; scenario: string; trainee: string; transcript: string }[];
      summary: { sessions: number; completed: number; weakestSkill: string; averageScores: Record<string, number> };
      store: string;
    };
    expect(json.sessions.map((session) => session.id)).toEqual(ids);
    expect(json.sessions.map((session) => session.trainee)).toEqual(['Ada', 'Ada']);
    expect(json.sessions[0]!.transcript).toBe(path.join(home, 'transcripts', `${ids[0]}.json`));
    expect(json.summary.sessions).toBe(2);
    expect(['empathy', 'positivity', 'followThrough']).toContain(json.summary.weakestSkill);
    expect(json.store).toBe(path.join(home, 'progress.json'));

    const text = await runCli(['progress'], { home });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^WHEN \(UTC\)\s+SCENARIO\s+ENDING\s+SCORE\s+EMP\s+POS\s+FT$/m);
    expect(text.stdout).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d\s+irate-double-charge\s+\S+\s+\d+/m);
    expect(text.stdout).toMatch(/^Weakest skill lately: (Empathy|Positive language|Follow-through) \(mean \d+; a neutral reply scores (30|45)\)$/m);
    expect(text.stdout).toMatch(/^Practise it next: .+ — rapport play [a-z-]+$/m);
  });
});
