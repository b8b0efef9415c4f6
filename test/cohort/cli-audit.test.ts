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
    // A byte-order mark, so that Excel reads the names as UTF-8.
    expect(readFileSync(file, 'utf8')).toMatch(/^\uFEFFrank,trainee,/);
    expect(run.stderr).toContain(`Written to ${file}`);
  });

  it.skipIf(process.platform !== 'linux')('a folder that takes no new files is a clear error, not a crash', async () => {
    const run = await runCli(['cohort', 'report', handedIn, '--out', '/proc/rapport-report.html'], { home });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Cannot write the report to /proc/rapport-report.html: no file can be created there.');
    expect(run.stderr).not.toMatch(STACK_LINE);
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

describe('rapport cohort report, files without .json in their name', () => {
  it('a submission a mail client renamed is graded; a file that is no submission is named on stderr', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'rapport-audit-skip-'));
    cpSync(handedIn, folder, { recursive: true });
    const other = mkdtempSync(path.join(tmpdir(), 'rapport-audit-other-'));
    const drill = await runCli(['drill', DRILL, '--trainee', 'Aisha Khan', '--script-dir', path.join(SCRIPTS, 'middling'), '--out', `${other}/`], { home: tempHome() });
    expect(drill.code, drill.stderr).toBe(0);
    const [aisha] = readdirSync(other);
    cpSync(path.join(other, aisha!), path.join(folder, `${aisha!}.txt`));
    // A file with no extension at all, cut short: still a submission, so it is listed as rejected, not skipped.
    writeFileSync(path.join(folder, 'submission'), readFileSync(path.join(other, aisha!), 'utf8').slice(0, 600));
    writeFileSync(path.join(folder, 'notes.txt'), 'Friday: chase Noah for his file.');
    writeFileSync(path.join(folder, 'cohort-last-week.md'), '# Cohort report\n\n- x (foreign): not a Rapport drill submission (no "format": "rapport.drill-submission")\n');
    const run = await runCli(['cohort', 'report', folder, '--format', 'csv'], { home });
    expect(run.code, run.stderr).toBe(0);
    const rows = run.stdout.split('\r\n');
    expect(rows.find((row) => row.includes(',Aisha Khan,'))).toContain(`${aisha!}.txt,ok,`);
    expect(rows.find((row) => row.includes(`${path.sep}submission,`))).toContain(',rejected,');
    expect(run.stderr).toContain('2 trainees (');
    expect(run.stderr).toMatch(/not read, because neither the name \(no \.json\) nor the content makes it a submission: .*cohort-last-week\.md, .*notes\.txt\.\n/);
    expect(run.stderr).not.toContain(`${aisha!}.txt`);
    // On stdout (for pipes and scripts) the CSV has no byte-order mark.
    expect(run.stdout.startsWith('rank,trainee,')).toBe(true);
  });
});

describe('rapport cohort report, ties', () => {
  it('rank in the same order whatever the machine’s locale', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'rapport-audit-ties-'));
    // Same replies, same score: only the tie order differs. Swedish sorts Ö after Z.
    for (const name of ['Zed', 'Öberg', 'Oates']) {
      const run = await runCli(['drill', DRILL, '--trainee', name, '--script-dir', path.join(SCRIPTS, 'good'), '--out', `${folder}/`], { home: tempHome() });
      expect(run.code, run.stderr).toBe(0);
    }
    const order = async (locale: string) => {
      const run = await runCli(['cohort', 'report', folder, '--format', 'csv'], { home, env: { LANG: locale, LC_ALL: locale } });
      expect(run.code, run.stderr).toBe(0);
      return run.stdout.split('\r\n').slice(1, 4).map((line) => line.split(',').slice(0, 2).join(' '));
    };
    const english = await order('en_US.UTF-8');
    expect(english).toEqual(['1 Oates', '1 Öberg', '1 Zed']);
    expect(await order('sv_SE.UTF-8')).toEqual(english);
  });
});

describe('rapport drill --script-dir without --trainee', () => {
  it('uses the name the app remembers, as the interactive drill does', async () => {
    const named = tempHome();
    writeFileSync(path.join(named, 'config.json'), JSON.stringify({ trainee: 'Robin Remembered' }));
    const run = await runCli(['drill', DRILL, '--script-dir', path.join(SCRIPTS, 'good'), '--json'], { home: named, env: { USER: 'login-name' } });
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { trainee: string }).trainee).toBe('Robin Remembered');
    expect(run.stderr).toContain('the name the app remembers, "Robin Remembered"');
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

describe('a mistyped cohort command', () => {
  it('suggests the one it resembles', async () => {
    const run = await runCli(['cohort', 'repor', 'x'], { home: tempHome() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown cohort command "repor" (did you mean "report"?)');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe("a cohort lead's own drill, given to trainees as a file", () => {
  it('the report without --drill says the drill is not installed and how to give its file (it said only "No drill with id", and "give a path" without saying where)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-own-drill-'));
    const drillFile = path.join(dir, 'friday-check.yaml');
    writeFileSync(
      drillFile,
      'id: friday-check\ntitle: Friday check\nscenarios: [irate-double-charge, presales-budget-fit, ethics-cheaper-elsewhere]\nseed: 4242\npass: { overall: 55 }\n',
    );
    const traineeHome = tempHome();
    const out = mkdtempSync(path.join(tmpdir(), 'rapport-own-drill-in-'));
    const taken = await runCli(['drill', drillFile, '--trainee', 'Ana Lima', '--script-dir', path.join(SCRIPTS, 'good'), '--out', `${out}/`], { home: traineeHome });
    expect(taken.code, taken.stderr).toBe(0);
    const leadHome = tempHome();
    const run = await runCli(['cohort', 'report', out], { home: leadHome });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The submissions are for drill "friday-check", which is not installed here (installed: onboarding-week-1).');
    expect(run.stderr).toContain(`Give its file: rapport cohort report ${out} --drill path/to/friday-check.yaml`);
    expect(run.stderr).toContain(`Or copy that file into ${path.join(leadHome, 'drills')}/ and run the report again.`);
    expect(run.stderr).not.toMatch(STACK_LINE);
    // Both ways then work.
    expect((await runCli(['cohort', 'report', out, '--drill', drillFile], { home: leadHome })).code).toBe(0);
    cpSync(drillFile, path.join(leadHome, 'drills', 'friday-check.yaml'), { recursive: true });
    const installed = await runCli(['cohort', 'report', out], { home: leadHome });
    expect(installed.code, installed.stderr).toBe(0);
    expect(installed.stdout).toContain('| 1 | Ana Lima |');
  });
});
