/**
 * A drill taken in the app or line by line (stdin not a terminal), through
 * the real CLI: the trainee's name follows the same rules as a headless
 * drill, so every submission carries a name the cohort report accepts, and
 * --out hands a copy in as it does there.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_LINE, tempHome } from '../cli/run-cli.js';
import { cleanTraineeName } from '../../src/cli/drill.js';
import { SCRIPTS } from './helpers.js';

const DRILL = 'onboarding-week-1';
/** The good trainee's replies, scenario after scenario, as one stdin. */
const replies = ['irate-double-charge', 'presales-budget-fit', 'ethics-cheaper-elsewhere'].map((id) => readFileSync(path.join(SCRIPTS, 'good', `${id}.txt`), 'utf8')).join('\n');

function submissionOf(home: string): { trainee: string } {
  const dir = path.join(home, 'submissions');
  const [file] = readdirSync(dir);
  return JSON.parse(readFileSync(path.join(dir, file!), 'utf8')) as { trainee: string };
}

describe('the trainee name of a drill not taken headless', () => {
  it('a name longer than a submission holds is refused before the drill, not written into a file every report rejects', async () => {
    const home = tempHome();
    const run = await runCli(['drill', DRILL, '--trainee', 'A'.repeat(250)], { home, input: replies });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--trainee is limited to 200 characters.');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stdout).toBe('');
  });

  it('a blank --trainee is refused, not silently replaced by another name', async () => {
    const run = await runCli(['drill', DRILL, '--trainee', '   '], { home: tempHome(), input: replies });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--trainee needs a name.');
  });

  it('without --trainee or a login name in the environment, it says whose name it used (the account’s)', async () => {
    const home = tempHome();
    const run = await runCli(['drill', DRILL], { home, input: replies, env: { USER: '', USERNAME: '' } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/no --trainee given; the submission is in the name "[^"]+"/);
    expect(submissionOf(home).trainee).not.toBe('');
  });

  it('tabs, line breaks and escape codes pasted into the name do not reach the submission', async () => {
    const home = tempHome();
    const run = await runCli(['drill', DRILL, '--trainee', 'Ana\t\u001b[31mLima\n'], { home, input: replies });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('drill in exam mode for Ana Lima');
    expect(submissionOf(home).trainee).toBe('Ana Lima');
  });
});

describe('rapport drill with no id', () => {
  it('names the drills there are to take, with an example, instead of only "needs <id>"', async () => {
    const run = await runCli(['drill'], { home: tempHome() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('`rapport drill` needs the id of the drill to take.');
    expect(run.stderr).toContain('Drills: onboarding-week-1 (Onboarding, week 1 — the three conversations).');
    expect(run.stderr).toContain('Example: rapport drill onboarding-week-1 --trainee "Ana Lima"');
  });
});

describe('--out on a drill not taken headless', () => {
  it('writes a copy of the submission into the hand-in folder, as the help says', async () => {
    const home = tempHome();
    const handIn = mkdtempSync(path.join(tmpdir(), 'rapport-hand-in-'));
    const run = await runCli(['drill', DRILL, '--trainee', 'Out Person', '--out', `${handIn}/`], { home, input: replies });
    expect(run.code, run.stderr).toBe(0);
    const [copy] = readdirSync(handIn);
    expect(copy).toMatch(/^onboarding-week-1_out-person_.*\.json$/);
    expect(run.stdout).toContain(path.join(handIn, copy!));
    expect(readFileSync(path.join(handIn, copy!), 'utf8')).toBe(readFileSync(path.join(home, 'submissions', copy!), 'utf8'));
  });
});

describe('cleanTraineeName', () => {
  it.each([
    ['  Ana   Lima ', 'Ana Lima'],
    ['Ana\tLima', 'Ana Lima'],
    ['Evil\u001b[31mRed', 'EvilRed'],
    ['José O’Brien', 'José O’Brien'],
    ['李雷', '李雷'],
    ['\u0007', ''],
  ])('%j → %j', (raw, clean) => {
    expect(cleanTraineeName(raw)).toBe(clean);
  });
});
