/**
 * A trainee's earlier submissions of a drill, as the drill intro reads them
 * to say that a retake replaces them (the cohort report keeps the latest).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSubmissions, saveSubmission } from '../../src/store/submissions.js';
import { playSubmission } from './helpers.js';

describe('findSubmissions', () => {
  it('finds this trainee’s submissions of this drill, oldest first, matching names as the report does', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-earlier-'));
    const later = await saveSubmission(dir, playSubmission('good', 'Ana Lima', '2026-11-21T09:00:00.000Z'));
    const first = await saveSubmission(dir, playSubmission('poor', 'ana  lima', '2026-11-20T09:00:00.000Z'));
    await saveSubmission(dir, playSubmission('good', 'Someone Else', '2026-11-22T09:00:00.000Z'));
    writeFileSync(path.join(dir, 'onboarding-week-1_ana-lima_broken.json'), '{"format": "rapport.drill-submission"');
    const found = await findSubmissions(dir, 'onboarding-week-1', 'Ána Lima');
    expect(found.map((s) => s.file)).toEqual([first, later]);
    expect(found[0]).toMatchObject({ finishedAt: '2026-11-20T09:00:00.000Z', passed: false });
    expect(found[1]).toMatchObject({ passed: true });
    expect(await findSubmissions(dir, 'another-drill', 'Ana Lima')).toEqual([]);
  });

  it('a folder that does not exist yet holds none', async () => {
    expect(await findSubmissions(path.join(tmpdir(), 'rapport-no-such-folder', 'submissions'), 'onboarding-week-1', 'Ana')).toEqual([]);
  });
});
