import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CorruptStoreError, parseProgress, ProgressStore, stringifyProgress } from '../../src/store/progress-store.js';
import { rapportPaths } from '../../src/store/paths.js';
import type { SessionRecord } from '../../src/store/session-record.js';

function record(id: string, score = 50): SessionRecord {
  return {
    id,
    scenario: 'parcel-late',
    scenarioTitle: 'The parcel that never came',
    category: 'irate-customer',
    scenarioVersion: 'v1',
    seed: 1,
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:05:00.000Z',
    ending: 'resolved',
    score,
    scores: { empathy: score, positivity: score, followThrough: score },
    trainee: null,
    mode: 'script',
    turnCount: 3,
    goalsMet: 1,
    goalsTotal: 2,
  };
}

function freshStore(warnings: string[] = []) {
  const paths = rapportPaths(mkdtempSync(path.join(tmpdir(), 'rapport-store-')));
  const store = new ProgressStore(paths, { warn: (message) => warnings.push(message), now: () => new Date('2026-02-03T04:05:06.789Z') });
  return { paths, store, warnings };
}

describe('parseProgress / stringifyProgress', () => {
  it('round-trips, one session per line', () => {
    const data = { version: 1 as const, sessions: [record('a'), record('b', 70)] };
    const text = stringifyProgress(data);
    expect(text.split('\n')).toHaveLength(5); // head, 2 sessions, closing, final newline
    expect(parseProgress(text)).toEqual(data);
    expect(parseProgress(stringifyProgress({ version: 1, sessions: [] }))).toEqual({ version: 1, sessions: [] });
  });

  it.each([
    ['', /empty/],
    ['{"version":1,"sessions":[', /not valid JSON/],
    ['[]', /no "sessions" list/],
    ['{"sessions":[{"nope":1}]}', /session #1 has no id/],
    ['\u0000\u00ff junk', /not valid JSON/],
  ])('rejects %j as corrupt', (text, message) => {
    expect(() => parseProgress(text)).toThrow(CorruptStoreError);
    expect(() => parseProgress(text)).toThrow(message);
  });
});

describe('ProgressStore', () => {
  it('reads an absent log as empty and appends sessions in order', async () => {
    const { store } = freshStore();
    expect((await store.read()).sessions).toEqual([]);
    await store.add(record('a'));
    await store.add(record('b'));
    expect((await store.read()).sessions.map((session) => session.id)).toEqual(['a', 'b']);
  });

  it('replaces a session saved again under the same id', async () => {
    const { store } = freshStore();
    await store.add(record('a', 10));
    await store.add(record('a', 90));
    expect((await store.read()).sessions).toEqual([record('a', 90)]);
  });

  it('loses nothing when many writers save at once', async () => {
    const { paths } = freshStore();
    // Separate store objects, as separate processes would have.
    await Promise.all(Array.from({ length: 20 }, (_, i) => new ProgressStore(paths).add(record(`s${String(i).padStart(2, '0')}`))));
    const sessions = (await new ProgressStore(paths).read()).sessions.map((session) => session.id).sort();
    expect(sessions).toEqual(Array.from({ length: 20 }, (_, i) => `s${String(i).padStart(2, '0')}`));
  });

  it('moves a corrupt log aside with a warning naming both paths, then saves', async () => {
    const { paths, store, warnings } = freshStore();
    writeFileSync(paths.progress, '{"version":1,"sess');
    await store.add(record('after'));
    const aside = `${paths.progress}.corrupt-20260203T040506789Z`;
    expect(readFileSync(aside, 'utf8')).toBe('{"version":1,"sess');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(paths.progress);
    expect(warnings[0]).toContain(aside);
    expect((await store.read()).sessions.map((session) => session.id)).toEqual(['after']);
  });

  it('never overwrites an earlier quarantined file', async () => {
    const { paths, store } = freshStore();
    writeFileSync(paths.progress, 'first junk');
    await store.add(record('one'));
    writeFileSync(paths.progress, 'second junk');
    await store.add(record('two'));
    const aside = readdirSync(paths.home).filter((name) => name.includes('.corrupt-')).sort();
    expect(aside).toEqual(['progress.json.corrupt-20260203T040506789Z', 'progress.json.corrupt-20260203T040506789Z-2']);
    expect(readFileSync(path.join(paths.home, aside[0]!), 'utf8')).toBe('first junk');
    expect(readFileSync(path.join(paths.home, aside[1]!), 'utf8')).toBe('second junk');
  });
});
