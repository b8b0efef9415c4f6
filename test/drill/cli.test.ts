/**
 * The cohort lead's path through the real CLI binary: three trainees take
 * the drill headless, one edits their file, a garbage file turns up, and the
 * report (CSV, Markdown, HTML in headless Chromium) still tells the truth.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, STACK_LINE, tempHome } from '../cli/run-cli.js';
import { CHROMIUM_AVAILABLE, inspectInChromium } from '../cohort/chromium.js';
import { SCRIPTS, TRAINEES } from './helpers.js';
import { verdictLines } from '../../src/cli/drill.js';
import type { DrillVerdict } from '../../src/core/drill/grade-drill.js';

const DRILL = 'onboarding-week-1';
const home = tempHome();
const handedIn = mkdtempSync(path.join(tmpdir(), 'rapport-handed-in-'));
const results: Record<string, { code: number | null; json: Record<string, unknown>; stderr: string }> = {};

/** CSV rows without quoting surprises: the report's cells here hold no commas. */
const csvRows = (text: string) => text.trimEnd().split('\r\n').map((line) => line.split(','));

beforeAll(async () => {
  // The three runs are independent processes, as three trainees' machines would be.
  await Promise.all(
    TRAINEES.map(async (who) => {
      const run = await runCli(['drill', DRILL, '--trainee', `${who} trainee`, '--script-dir', path.join(SCRIPTS, who), '--json', '--out', `${handedIn}/`], { home });
      results[who] = { code: run.code, json: run.code === 0 ? (JSON.parse(run.stdout) as Record<string, unknown>) : {}, stderr: run.stderr };
    }),
  );
});

describe('rapport drill --script-dir (headless)', () => {
  it('three trainees produce three submission files, in $RAPPORT_HOME and in --out', () => {
    for (const who of TRAINEES) expect(results[who], results[who]!.stderr).toMatchObject({ code: 0 });
    expect(readdirSync(path.join(home, 'submissions')).filter((f) => f.endsWith('.json'))).toHaveLength(3);
    expect(readdirSync(handedIn).filter((f) => f.endsWith('.json'))).toHaveLength(3);
    const good = results.good!.json;
    expect(good).toMatchObject({ drill: DRILL, trainee: 'good trainee', passed: true });
    expect(results.poor!.json).toMatchObject({ passed: false });
    expect((good.scenarios as unknown[]).length).toBe(3);
    expect(readFileSync(good.out as string, 'utf8')).toBe(readFileSync(good.submission as string, 'utf8'));
  });

  it('the JSON result says pass/fail per skill and what to practise next', () => {
    const poor = results.poor!.json as { skills: { skill: string; passed: boolean }[]; practise: { skill: string; scenario: string }[] };
    expect(poor.skills.map((s) => s.skill)).toEqual(['empathy', 'positivity', 'followThrough']);
    expect(poor.skills.some((s) => !s.passed)).toBe(true);
    expect(poor.practise.length).toBeGreaterThan(0);
    expect(['irate-double-charge', 'presales-budget-fit', 'ethics-cheaper-elsewhere']).toContain(poor.practise[0]!.scenario);
  });

  it('records every scenario in the progress log', async () => {
    const progress = await runCli(['progress', '--json'], { home });
    const sessions = (JSON.parse(progress.stdout) as { sessions: { scenario: string }[] }).sessions;
    expect(sessions).toHaveLength(9);
  });

  it('line by line (stdin not a terminal), a reply that runs out of time shows as one, as in the saved transcript', async () => {
    const lineHome = tempHome();
    const run = await runCli(['drill', DRILL, '--trainee', 'Slow Person'], { home: lineHome, input: "/wait 130\nI'm so sorry about the double charge.\n" });
    expect(run.code).toBe(0);
    // The missing reply, then the customer reacting to it (not a "(waiting)" line).
    expect(run.stdout).toMatch(/\nYou: \(no reply — time ran out\)\n[A-Z][A-Za-z ]+:/);
    expect(run.stdout).toContain("You: I'm so sorry about the double charge.");
    // The result says where time ran out: the advice alone would not.
    expect(run.stdout).toContain('Ran out of time (no reply within 120 s; each scored 0): 1 turn in irate-double-charge.');
    const transcripts = readdirSync(path.join(lineHome, 'transcripts')).filter((f) => f.endsWith('.md'));
    const irate = transcripts.map((f) => readFileSync(path.join(lineHome, 'transcripts', f), 'utf8')).find((t) => t.includes('`irate-double-charge`'));
    expect(irate).toContain('**Agent:** *(no reply — time ran out)*');
    expect(irate).toMatch(/\*\*Agent:\*\* \*\(no reply[^\n]*\n\n<sub>empathy 0 · positivity 0 · follow-through 0/);
  });

  it('says per scenario how many script lines were not used because the conversation ended first (they were dropped without a word)', async () => {
    const note = (n: number, id: string) => `${n} script line${n === 1 ? '' : 's'} in ${id}.txt ${n === 1 ? 'was' : 'were'} not used: the conversation ended first.`;
    const good = results.good!.json as { scenarios: { id: string; turns: number; unusedReplies: number }[] };
    for (const played of good.scenarios) {
      const replies = readFileSync(path.join(SCRIPTS, 'good', `${played.id}.txt`), 'utf8').split('\n').filter((line) => line.trim() && !line.trim().startsWith('#')).length;
      expect({ id: played.id, unusedReplies: played.unusedReplies }).toEqual({ id: played.id, unusedReplies: replies - played.turns });
      // --json: stdout stays one JSON object (parsed above), and the note goes to stderr.
      if (played.unusedReplies > 0) expect(results.good!.stderr).toContain(`rapport: ${note(played.unusedReplies, played.id)}\n`);
      else expect(results.good!.stderr).not.toContain(`${played.id}.txt`);
    }

    // Text: a script with three more replies than its conversation takes says so, between the table and the verdict.
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-leftover-'));
    cpSync(path.join(SCRIPTS, 'good'), dir, { recursive: true });
    const first = good.scenarios[0]!;
    writeFileSync(path.join(dir, `${first.id}.txt`), `${readFileSync(path.join(dir, `${first.id}.txt`), 'utf8')}One more thing.\n/wait 5\nAnd another.\nBye!\n`);
    const run = await runCli(['drill', DRILL, '--trainee', 'Wordy Person', '--script-dir', dir], { home: tempHome() });
    expect(run.code).toBe(0);
    const at = run.stdout.indexOf(`\n(${note(first.unusedReplies + 3, first.id)})\n`);
    expect(at).toBeGreaterThan(run.stdout.indexOf('SCENARIO'));
    expect(at).toBeLessThan(run.stdout.indexOf('\nOverall '));
    for (const played of good.scenarios.slice(1)) {
      if (played.unusedReplies === 0) expect(run.stdout).not.toContain(`${played.id}.txt`);
      else expect(run.stdout).toContain(`(${note(played.unusedReplies, played.id)})`);
    }
  });

  it("records the unused script lines in the submission, and the cohort report shows them in every format (the lead could not see that a trainee's script did not fit)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-leftover-'));
    cpSync(path.join(SCRIPTS, 'good'), dir, { recursive: true });
    const good = results.good!.json as { scenarios: { id: string; unusedReplies: number }[] };
    const first = good.scenarios[0]!;
    writeFileSync(path.join(dir, `${first.id}.txt`), `${readFileSync(path.join(dir, `${first.id}.txt`), 'utf8')}One more thing.\n/wait 5\nAnd another.\nBye!\n`);
    const out = mkdtempSync(path.join(tmpdir(), 'rapport-leftover-out-'));
    const run = await runCli(['drill', DRILL, '--trainee', 'Wordy Person', '--script-dir', dir, '--json', '--out', `${out}/`], { home: tempHome() });
    expect(run.code, run.stderr).toBe(0);
    const shown = (JSON.parse(run.stdout) as { scenarios: { id: string; unusedReplies: number }[] }).scenarios;
    expect(shown[0]!.unusedReplies).toBe(first.unusedReplies + 3);
    const [file] = readdirSync(out);
    const submission = JSON.parse(readFileSync(path.join(out, file!), 'utf8')) as { scenarios: { id: string; unusedReplies?: number }[] };
    // The same count the trainee was told, per scenario; none written where every line was played.
    expect(submission.scenarios.map((s) => s.unusedReplies ?? 0)).toEqual(shown.map((s) => s.unusedReplies));
    for (const play of submission.scenarios) if (!shown.find((s) => s.id === play.id)!.unusedReplies) expect(play).not.toHaveProperty('unusedReplies');

    // The report says it beside the scenario's score, in every format, as the trainee's own result did.
    const n = first.unusedReplies + 3;
    const md = await runCli(['cohort', 'report', out, '--format', 'md'], { home });
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(new RegExp(`\\| Wordy Person \\|.*\\| \\d+ \\(\\w+; ${n} script lines unused\\) \\|`));
    const csv = await runCli(['cohort', 'report', out, '--format', 'csv'], { home });
    const [header, row] = csvRows(csv.stdout.replace(/"[^"]*"/g, 'x'));
    expect(row![header!.indexOf('unusedReplies')]).toBe(String(shown.reduce((sum, s) => sum + s.unusedReplies, 0)));
    expect(csv.stdout).toContain(`""${first.id}"": ${n} script lines unused in ${first.id}.txt: the conversation ended first`);
    const html = await runCli(['cohort', 'report', out, '--format', 'html'], { home });
    expect(html.stdout).toContain(`<br><span class="muted">${n} script lines unused</span></td>`);
  });

  it('the text result names the verdict and the submission file', async () => {
    const textHome = tempHome();
    const run = await runCli(['drill', DRILL, '--trainee', 'Text Person', '--script-dir', path.join(SCRIPTS, 'middling')], { home: textHome });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Overall [\d.]+ \(pass mark 55\): NOT PASSED/);
    expect(run.stdout).toMatch(/What to practise next:\n {2}• /);
    expect(run.stdout).toContain(path.join(textHome, 'submissions', `${DRILL}_text-person_`));
  });

  it('names every missing script file at once, without a stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-scripts-'));
    cpSync(path.join(SCRIPTS, 'good', 'irate-double-charge.txt'), path.join(dir, 'irate-double-charge.txt'));
    const run = await runCli(['drill', DRILL, '--trainee', 'x', '--script-dir', dir], { home: tempHome() });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing in');
    expect(run.stderr).toContain('presales-budget-fit.txt, ethics-cheaper-elsewhere.txt');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('suggests the right id for a misspelled drill', async () => {
    const run = await runCli(['drill', 'onboarding-wek-1', '--script-dir', SCRIPTS], { home: tempHome() });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Did you mean "onboarding-week-1"?');
  });

  it('a broken drill file gets path:line:col errors from drill and validate alike', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-drills-'));
    const file = path.join(dir, 'broken.yaml');
    writeFileSync(file, 'id: broken\ntitle: Broken\nscenarios: [irate-double-charge, irate-duble-charge]\nseed: 1\npass: { overal: 50 }\n');
    const validate = await runCli(['validate', file], { home: tempHome() });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(`${file}:3:34: error: no scenario "irate-duble-charge" (did you mean "irate-double-charge"?)`);
    expect(validate.stdout).toContain(`${file}:5:9: error: unknown key "overal" in "pass" (did you mean "overall"?)`);
    const drill = await runCli(['drill', file, '--script-dir', SCRIPTS], { home: tempHome() });
    expect(drill.code).toBe(1);
    expect(drill.stderr).toContain(`${file}:3:34: error: no scenario "irate-duble-charge"`);
    expect(drill.stderr).not.toMatch(STACK_LINE);
    // Given relative to the folder it runs in, the file is named so, in validate's very lines (it printed the absolute path).
    const relative = await runCli(['drill', './broken.yaml', '--script-dir', SCRIPTS], { home: tempHome(), cwd: dir });
    const lines = (await runCli(['validate', './broken.yaml'], { home: tempHome(), cwd: dir })).stdout.split('\n').filter((line) => line.startsWith('./broken.yaml:'));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(relative.stderr).toContain(`  ${line}\n`);
    expect(relative.stderr).toContain('check with `rapport validate ./broken.yaml`');
    expect(relative.stderr).not.toContain(dir);
  });

  it('validate accepts the built-in drill, and checks a scenarios folder’s drills/ with it', async () => {
    const drill = await runCli(['validate', 'scenarios/drills/'], { home: tempHome() });
    expect(drill.code, drill.stdout).toBe(0);
    expect(drill.stdout).toContain('onboarding-week-1.yaml is valid.');
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-folder-'));
    mkdirSync(path.join(dir, 'drills'));
    cpSync('scenarios/irate-double-charge.yaml', path.join(dir, 'irate-double-charge.yaml'));
    writeFileSync(path.join(dir, 'drills', 'mini.yaml'), 'id: mini\ntitle: Mini\nscenarios: [irate-double-charge]\nseed: 3\npass: { overall: 50 }\n');
    const folder = await runCli(['validate', dir], { home: tempHome() });
    expect(folder.code, folder.stdout).toBe(0);
    expect(folder.stdout).toContain('All 1 scenario files are valid.\nThe drill file is valid.');
  });
});

describe('rapport cohort report', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'rapport-cohort-'));

  beforeAll(() => {
    cpSync(handedIn, folder, { recursive: true });
    // The poor trainee raises their own scores in the file before handing it in.
    const poorFile = readdirSync(folder).find((f) => f.includes('poor-trainee'))!;
    const edited = JSON.parse(readFileSync(path.join(folder, poorFile), 'utf8')) as {
      result: { score: number; passed: boolean };
      scenarios: { result: { score: number } }[];
    };
    edited.result.score = 91;
    edited.result.passed = true;
    for (const play of edited.scenarios) play.result.score = 93;
    writeFileSync(path.join(folder, poorFile), JSON.stringify(edited, null, 2));
    writeFileSync(path.join(folder, 'zz-garbage.json'), Buffer.from([0x00, 0x9f, 0x92, 0x96, 0x50, 0x4b, 0x03, 0x04]));
  });

  it('CSV: ranks good > middling > poor, flags the edited file, rejects the garbage one', async () => {
    const run = await runCli(['cohort', 'report', folder, '--format', 'csv'], { home });
    expect(run.code).toBe(0);
    const rows = csvRows(run.stdout);
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const body = rows.slice(1);
    expect(body.filter((r) => r[col('status')] !== 'rejected').map((r) => [r[col('rank')], r[col('trainee')], r[col('status')]])).toEqual([
      ['1', 'good trainee', 'ok'],
      ['2', 'middling trainee', 'ok'],
      ['3', 'poor trainee', 'flagged'],
    ]);
    const poor = body.find((r) => r[col('trainee')] === 'poor trainee')!;
    expect(Number(poor[col('overall')])).toBe(results.poor!.json.score);
    expect(poor[col('passed')]).toBe('false');
    const rejected = body.find((r) => r[col('status')] === 'rejected')!;
    expect(rejected[col('file')]).toBe(path.join(folder, 'zz-garbage.json'));
    // Whether anyone edited a file is on the summary line, apart from the other flags.
    expect(run.stderr).toContain('3 trainees (1 passed, 1 flagged, 1 file edited by hand), 1 rejected');
  });

  it('Markdown on stdout by default: ranking, weakest skills, costly turns, flags, rejections', async () => {
    const run = await runCli(['cohort', 'report', folder], { home });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Cohort report: /);
    expect(run.stdout).toMatch(/\| 1 \| good trainee \|/);
    expect(run.stdout).toContain('**Weakest skills:**');
    expect(run.stdout).toMatch(/## Turns most trainees lost points on\n\n1\. `[a-z-]+` › `[A-Za-z_-]+`: \d of \d lost points/);
    expect(run.stdout).toMatch(/\*\*poor trainee\*\*: score edited .*\n {2}- results-edited: "irate-double-charge": the file claims 93/);
    expect(run.stdout).toMatch(/zz-garbage\.json \(foreign\)/);
  });

  it.skipIf(!CHROMIUM_AVAILABLE)('HTML: written with --out, opens in headless Chromium without errors', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'rapport-html-')), 'cohort.html');
    const run = await runCli(['cohort', 'report', folder, '--out', out], { home });
    expect(run.code).toBe(0);
    const seen = await inspectInChromium(out);
    expect(seen.problems).toEqual([]);
    expect(seen.requests).toEqual([]);
    expect(seen.svgs).toBe(3);
    expect(seen.rows).toBe(3);
    expect(seen.text).toContain('zz-garbage.json');
  });

  it('the same trainee twice: the latest wins and is noted', async () => {
    const again = mkdtempSync(path.join(tmpdir(), 'rapport-again-'));
    cpSync(handedIn, again, { recursive: true });
    const retake = await runCli(['drill', DRILL, '--trainee', 'Poor Trainee', '--script-dir', path.join(SCRIPTS, 'good'), '--out', `${again}/`], { home: tempHome() });
    expect(retake.code, retake.stderr).toBe(0);
    const run = await runCli(['cohort', 'report', again, '--format', 'csv'], { home });
    const rows = csvRows(run.stdout);
    const status = rows[0]!.indexOf('status');
    expect(rows.filter((r) => r[status] === 'superseded')).toHaveLength(1);
    // The retake used the good trainee's scripts: both are graded, and flagged for sharing replies word for word.
    const trainee = rows[0]!.indexOf('trainee');
    expect(rows.filter((r) => r[status] === 'ok').map((r) => r[trainee])).toEqual(['middling trainee']);
    expect(rows.filter((r) => r[status] === 'flagged').map((r) => r[trainee]).sort()).toEqual(['Poor Trainee', 'good trainee']);
  });

  it('a folder with no submissions is a clear error', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'rapport-empty-'));
    mkdirSync(path.join(empty, 'sub'));
    const run = await runCli(['cohort', 'report', empty], { home });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No .json files in');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('rapport cohort report with RAPPORT_THREADS=2', () => {
  it('gives the same report as one thread', async () => {
    const one = await runCli(['cohort', 'report', handedIn, '--format', 'csv'], { home });
    const two = await runCli(['cohort', 'report', handedIn, '--format', 'csv'], { home, env: { RAPPORT_THREADS: '2' } });
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(csvRows(two.stdout)).toHaveLength(4);
  });
});

describe('the text verdict', () => {
  const verdict = (overall: number, skills: { skill: 'empathy' | 'positivity' | 'followThrough'; score: number; mark?: number; passed: boolean }[]): DrillVerdict => ({
    score: overall,
    scores: { empathy: skills[0]!.score, positivity: skills[1]!.score, followThrough: skills[2]!.score },
    overall: { score: overall, mark: 55, passed: overall >= 55 },
    skills,
    passed: overall >= 55 && skills.every((s) => s.passed),
    practise: [],
  });

  it('a fail with the overall at or above its mark names the skill that failed it ("Overall 55 (pass mark 55): NOT PASSED" read as a contradiction)', () => {
    const lines = verdictLines(
      verdict(55, [
        { skill: 'empathy', score: 34.7, mark: 40, passed: false },
        { skill: 'positivity', score: 47.7, passed: true },
        { skill: 'followThrough', score: 40.7, mark: 40, passed: true },
      ]),
    );
    expect(lines[0]).toBe('Overall 55 (pass mark 55): NOT PASSED — empathy (34.7, mark 40) is below its mark');
    const two = verdictLines(
      verdict(60, [
        { skill: 'empathy', score: 34.7, mark: 40, passed: false },
        { skill: 'positivity', score: 47.7, passed: true },
        { skill: 'followThrough', score: 30, mark: 40, passed: false },
      ]),
    );
    expect(two[0]).toBe('Overall 60 (pass mark 55): NOT PASSED — empathy (34.7, mark 40) and follow-through (30, mark 40) are below their marks');
    // Below the overall mark, that is the reason, and a pass needs none.
    expect(verdictLines(verdict(40, [{ skill: 'empathy', score: 20, mark: 40, passed: false }, { skill: 'positivity', score: 40, passed: true }, { skill: 'followThrough', score: 40, passed: true }]))[0]).toBe('Overall 40 (pass mark 55): NOT PASSED');
    expect(verdictLines(verdict(70, [{ skill: 'empathy', score: 50, mark: 40, passed: true }, { skill: 'positivity', score: 50, passed: true }, { skill: 'followThrough', score: 50, passed: true }]))[0]).toBe('Overall 70 (pass mark 55): PASSED');
  });
});
