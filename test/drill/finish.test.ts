/**
 * Handing in to a shared folder: two trainees whose submissions get the same
 * file name (same drill, same finish second, names that make the same slug)
 * must both end up in the folder.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishDrill } from '../../src/cli/drill-finish.js';
import { UserError } from '../../src/cli/errors.js';
import { findDrill } from '../../src/cli/find-drill.js';
import { analyze } from '../../src/core/analyze.js';
import { createDrillSession } from '../../src/core/drill/drill-session.js';
import { submissionFileName } from '../../src/core/drill/submission.js';
import { rapportPaths } from '../../src/store/paths.js';
import { ROOT } from './helpers.js';

async function handIn(trainee: string, out: string) {
  const paths = rapportPaths(mkdtempSync(path.join(tmpdir(), 'rapport-finish-home-')));
  const loaded = await findDrill('onboarding-week-1', paths, ROOT);
  const played = loaded.drill.scenarios.map((id) => {
    const current = loaded.scenarios[id]!;
    const session = createDrillSession(current.scenario, loaded.drill, { analyze });
    session.reply(`I am sorry, ${trainee} here; I will sort this out today.`);
    return { scenario: current.scenario, version: current.version, session, startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:05:00.000Z' };
  });
  const at = new Date('2026-11-20T10:30:00.000Z');
  return finishDrill({ loaded, trainee, played, startedAt: at, finishedAt: at, paths, mode: 'script', out });
}

describe('finishing a drill with --out <folder>/', () => {
  it('never replaces a submission already in the hand-in folder', async () => {
    const folder = `${mkdtempSync(path.join(tmpdir(), 'rapport-handin-'))}${path.sep}`;
    // Two trainees on two machines (two homes), finishing in the same second.
    const first = await handIn('Ana Lima', folder);
    const second = await handIn('ana lima', folder);
    const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(2);
    expect(first.files[1]).not.toBe(second.files[1]);
    const trainees = files.map((f) => (JSON.parse(readFileSync(path.join(folder, f), 'utf8')) as { trainee: string }).trainee).sort();
    expect(trainees).toEqual(['Ana Lima', 'ana lima']);
  });
});

describe('finishing a drill when the submission cannot be written', () => {
  it('is a problem the trainee can fix, naming the folder and why, not a bug report', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'rapport-finish-home-'));
    // Where the submissions folder should be, there is a file.
    writeFileSync(path.join(home, 'submissions'), '');
    const paths = rapportPaths(home);
    const loaded = await findDrill('onboarding-week-1', paths, ROOT);
    const played = loaded.drill.scenarios.map((id) => {
      const current = loaded.scenarios[id]!;
      return { scenario: current.scenario, version: current.version, session: createDrillSession(current.scenario, loaded.drill, { analyze }), startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:05:00.000Z' };
    });
    const at = new Date('2026-11-20T10:30:00.000Z');
    const failure = await finishDrill({ loaded, trainee: 'Ana', played, startedAt: at, finishedAt: at, paths, mode: 'exam' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as UserError).message).toBe(`Could not save the submission in ${path.join(home, 'submissions')} (part of the path is a file, not a folder).`);
    expect((failure as UserError).next).toEqual(['Make that folder writable (or free some space), then try again.']);
  });
});

describe('submission file names', () => {
  const name = (trainee: string) => submissionFileName({ drill: { id: 'week-1', title: '', version: 'abc123' }, trainee, finishedAt: '2026-11-20T10:30:05.123Z' });

  it('keep letters of every script, so names in other scripts stay apart', () => {
    expect(name('李雷')).toBe('week-1_李雷_20261120T103005Z.json');
    expect(name('山田 花子')).toBe('week-1_山田-花子_20261120T103005Z.json');
    expect(name('李雷')).not.toBe(name('山田 花子'));
  });

  it('cannot leave the folder, whatever the name', () => {
    for (const trainee of ['../../etc/passwd', '..\\..\\x', '..', '/', 'a/../../b', 'C:\\Windows\\x', '\u202e..', '.\u0000.']) {
      const file = name(trainee);
      expect(file, trainee).toMatch(/^week-1_[\p{L}\p{N}\p{M}-]+_20261120T103005Z\.json$/u);
      expect(path.basename(file)).toBe(file);
    }
  });
});
