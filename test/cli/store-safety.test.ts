import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, STACK_LINE, tempHome } from './run-cli.js';

const REPLIES = ["I'm sorry your parcel is late.", 'I will send a replacement today and email you the tracking number.'];

interface Progress {
  sessions: { id: string; scenario: string; startedAt: string; ending: string; score: number; scores: Record<string, number> }[];
}

describe('progress log safety (real processes)', () => {
  it('records all 12 sessions when 12 plays finish at the same moment', async () => {
    const home = tempHome({ scenarios: true });
    const file = path.join(home, 'script.txt');
    writeFileSync(file, REPLIES.join('\n'));
    const runs = await Promise.all(
      Array.from({ length: 12 }, (_, i) => runCli(['play', 'parcel-late', '--script', file, '--json', '--seed', String(i)], { home })),
    );
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    const ids = runs.map((run) => (JSON.parse(run.stdout) as { sessionId: string }).sessionId);
    expect(new Set(ids).size).toBe(12);

    const progress = await runCli(['progress', '--json'], { home });
    expect(progress.code).toBe(0);
    const { sessions } = JSON.parse(progress.stdout) as Progress;
    expect(sessions.map((session) => session.id).sort()).toEqual([...ids].sort());
    expect(readdirSync(path.join(home, 'transcripts')).filter((name) => name.endsWith('.json'))).toHaveLength(12);
  }, 60_000);

  it.each([
    ['truncated JSON', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['binary junk', () => Buffer.from([0x00, 0xff, 0x1b, 0x5b, 0x32, 0x4a, 0x89, 0x50, 0x4e, 0x47]).toString('latin1')],
  ])('sets a store with %s aside, warns with both paths, and still records the next play', async (_label, corrupt) => {
    const home = tempHome({ scenarios: true });
    const file = path.join(home, 'script.txt');
    writeFileSync(file, REPLIES.join('\n'));
    const store = path.join(home, 'progress.json');
    expect((await runCli(['play', 'parcel-late', '--script', file, '--seed', '1'], { home })).code).toBe(0);
    const damaged = corrupt(readFileSync(store, 'utf8'));
    writeFileSync(store, damaged, 'latin1');

    const next = await runCli(['play', 'parcel-late', '--script', file, '--json', '--seed', '2'], { home });
    expect(next.code).toBe(0);
    const aside = readdirSync(home).filter((name) => name.startsWith('progress.json.corrupt-'));
    expect(aside).toHaveLength(1);
    const asidePath = path.join(home, aside[0]!);
    expect(readFileSync(asidePath, 'latin1')).toBe(damaged); // kept exactly, never overwritten
    expect(next.stderr).toContain('warning');
    expect(next.stderr).toContain(store);
    expect(next.stderr).toContain(asidePath);
    expect(next.stderr).not.toContain('\x1b');

    const { sessions } = JSON.parse((await runCli(['progress', '--json'], { home })).stdout) as Progress;
    expect(sessions.map((session) => session.id)).toEqual([(JSON.parse(next.stdout) as { sessionId: string }).sessionId]);
  });

  it('progress on a corrupt store warns, sets it aside and reports no sessions', async () => {
    const home = tempHome();
    const store = path.join(home, 'progress.json');
    writeFileSync(store, '{"version":1,"sessions":[{"id":');
    const result = await runCli(['progress', '--json'], { home });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Progress).sessions).toEqual([]);
    expect(result.stderr).toContain(`${store}.corrupt-`);
    expect(existsSync(store)).toBe(false);
  });
});

describe('a data folder that cannot be used', () => {
  it('$RAPPORT_HOME pointing at a file: play --script prints the conversation, then says it was not saved and why (no stack trace)', async () => {
    const dir = tempHome();
    const script = path.join(dir, 'script.txt');
    writeFileSync(script, REPLIES[0]!);
    const home = path.join(dir, 'not-a-folder');
    writeFileSync(home, 'a file, not a folder');
    const run = await runCli(['play', 'irate-double-charge', '--script', script, '--seed', '1'], { home });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("You: I'm sorry your parcel is late.");
    expect(run.stdout).toContain('(not saved)');
    expect(run.stderr).toContain('The session was played but not saved: cannot use');
    expect(run.stderr).toContain('part of the path is a file, not a folder');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toContain('internal error');
    const json = await runCli(['play', 'irate-double-charge', '--script', script, '--seed', '1', '--json'], { home });
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { transcripts: unknown; score: number }).transcripts).toBeNull();
    // Every command says the same, in words: here, reading the progress log.
    const progress = await runCli(['progress'], { home });
    expect(progress.code).toBe(1);
    expect(progress.stderr).toMatch(/^rapport: cannot use .*progress\.json: part of the path is a file, not a folder\./m);
    expect(progress.stderr).not.toMatch(STACK_LINE);
  });
});
