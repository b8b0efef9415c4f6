/**
 * What a cohort lead's Friday turned up, through the real CLI: where the
 * report and the submissions may be written, and a headless script with one
 * enormous line.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, STACK_LINE, tempHome } from '../cli/run-cli.js';
import { SCRIPTS } from '../drill/helpers.js';

const DRILL = 'onboarding-week-1';
const home = tempHome();
const handedIn = mkdtempSync(path.join(tmpdir(), 'rapport-audit-in-'));

beforeAll(async () => {
  const run = await runCli(['drill', DRILL, '--trainee', 'Ana Lima', '--script-dir', path.join(SCRIPTS, 'good'), '--out', `${handedIn}/`], { home });
  expect(run.code, run.stderr).toBe(0);
});

describe('rapport cohort report --out', () => {
  it('a folder gets the report inside it, named after the drill', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'rapport-audit-out-'));
    const run = await runCli(['cohort', 'report', handedIn, '--format', 'csv', '--out', folder], { home });
    expect(run.code, run.stderr).toBe(0);
    const file = path.join(folder, `cohort-${DRILL}.csv`);
    expect(readFileSync(file, 'utf8')).toMatch(/^\uFEFF?rank,trainee,/);
    expect(run.stderr).toContain(`Written to ${file}`);
  });

  it('a path through a file is a clear error, not a crash', async () => {
    const blocker = path.join(mkdtempSync(path.join(tmpdir(), 'rapport-audit-blocker-')), 'notes.txt');
    writeFileSync(blocker, 'not a folder');
    const run = await runCli(['cohort', 'report', handedIn, '--out', path.join(blocker, 'report.md')], { home });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Cannot write the report to');
    expect(run.stderr).toContain('part of the path is a file, not a folder');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('rapport drill --out', () => {
  it('a path that cannot be written is refused before the drill is played', async () => {
    const blocker = path.join(mkdtempSync(path.join(tmpdir(), 'rapport-audit-blocker-')), 'notes.txt');
    writeFileSync(blocker, 'not a folder');
    const fresh = tempHome();
    const run = await runCli(['drill', DRILL, '--trainee', 'Bo', '--script-dir', path.join(SCRIPTS, 'good'), '--out', path.join(blocker, 'bo.json')], { home: fresh });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot write there (part of the path is a file, not a folder)');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(path.join(fresh, 'submissions'))).toBe(false);
  });
});

describe('a headless script with a 100 KB line', () => {
  it('is cut with a warning, and the report grades the file instead of rejecting it', async () => {
    const scripts = mkdtempSync(path.join(tmpdir(), 'rapport-audit-scripts-'));
    cpSync(path.join(SCRIPTS, 'good'), scripts, { recursive: true });
    const first = path.join(scripts, 'irate-double-charge.txt');
    writeFileSync(first, `${'I am so sorry about this. '.repeat(4000)}\n${readFileSync(first, 'utf8')}`);
    const folder = mkdtempSync(path.join(tmpdir(), 'rapport-audit-long-'));
    const run = await runCli(['drill', DRILL, '--trainee', 'Long Winded', '--script-dir', scripts, '--json', '--out', `${folder}/`], { home: tempHome() });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/a reply in irate-double-charge\.txt is 10\d{4} characters long; the drill keeps its first 20000\./);
    expect(readdirSync(folder)).toHaveLength(1);
    const report = await runCli(['cohort', 'report', folder, '--format', 'csv'], { home });
    expect(report.code).toBe(0);
    expect(report.stderr).toContain('1 trainee (');
    expect(report.stderr).toContain('0 rejected');
  });
});
