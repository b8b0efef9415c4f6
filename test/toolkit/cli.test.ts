/**
 * The trainer's commands end to end through the built binary, in a temporary
 * folder, the way the authoring guide walks through them.
 */
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, STACK_LINE, tempHome } from '../cli/run-cli.js';

const home = tempHome();
const workdir = () => mkdtempSync(path.join(tmpdir(), 'rapport-toolkit-'));

describe('rapport new → validate → test → paths → play', () => {
  const cwd = workdir();
  const file = path.join(cwd, 'scenarios', 'late-parcel.yaml');

  it('new writes a starter with the schema modeline and says what to do next', async () => {
    const result = await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Created scenarios/late-parcel.yaml');
    expect(result.stdout).toContain('rapport test scenarios/late-parcel.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${path.join(ROOT, 'schema', 'scenario.schema.json')}`);
    expect(text).toContain('id: late-parcel');
    expect(text).toContain('category: irate-customer');
  });

  it('new names the authoring guide where it is, and the guide ships with the package (it said "docs/authoring.md", relative to a folder that has no docs/)', async () => {
    const cwd = workdir();
    const result = await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    const guide = path.join(ROOT, 'docs', 'authoring.md');
    expect(result.stdout).toContain(`The guide: ${guide}\n`);
    expect(existsSync(guide)).toBe(true);
    expect(readFileSync(path.join(cwd, 'scenarios', 'late-parcel.yaml'), 'utf8')).toContain(`# ${guide}; every key`);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('docs');
  });

  it('the starter\'s header names the file as new printed it, from the folder new ran in (it said "rapport validate late-parcel.yaml", relative to scenarios/)', async () => {
    const cwd = workdir();
    const result = await runCli(['new', 'late-parcel', '--category', 'irate-customer', '--dir', 'my/own'], { home, cwd });
    expect(result.stdout).toContain('Created my/own/late-parcel.yaml');
    const text = readFileSync(path.join(cwd, 'my', 'own', 'late-parcel.yaml'), 'utf8');
    for (const command of ['validate', 'test', 'paths']) expect(text).toContain(`#   rapport ${command} my/own/late-parcel.yaml `);
    // The command as the comment writes it works from there.
    const validate = await runCli(['validate', 'my/own/late-parcel.yaml'], { home, cwd });
    expect(validate.stdout).toBe('my/own/late-parcel.yaml is valid.\n');
  });

  it('new refuses to overwrite', async () => {
    writeFileSync(file, `${readFileSync(file, 'utf8')}# my edit\n`);
    const result = await runCli(['new', 'late-parcel', '--category', 'pre-sales'], { home, cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('scenarios/late-parcel.yaml already exists; not overwriting it.');
    expect(readFileSync(file, 'utf8')).toContain('# my edit');
  });

  it('new checks its arguments', async () => {
    const noCategory = await runCli(['new', 'x'], { home, cwd });
    expect(noCategory.code).toBe(2);
    expect(noCategory.stderr).toContain('needs --category');
    const badId = await runCli(['new', 'Late Parcel', '--category', 'irate-customer'], { home, cwd });
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('For example: rapport new late-parcel --category irate-customer');
  });

  it('the starter validates', async () => {
    const result = await runCli(['validate', 'scenarios/late-parcel.yaml'], { home, cwd });
    expect(result.stdout).toBe('scenarios/late-parcel.yaml is valid.\n');
    expect(result.code).toBe(0);
  });

  it('its tests pass and the count is printed', async () => {
    const result = await runCli(['test'], { home, cwd });
    expect(result.stdout).toContain('✓ acknowledging, then a specific promise, resolves it');
    expect(result.stdout).toContain('2 cases ran in 1 scenario: 2 passed, 0 failed');
    expect(result.code).toBe(0);
  });

  it('paths lists a path to each of its endings', async () => {
    const result = await runCli(['paths', 'scenarios/late-parcel.yaml'], { home, cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^resolved: 2 replies$/m);
    expect(result.stdout).toMatch(/^ {2}opening → listening +an apology, an empathy statement or reflecting the customer's words — acknowledging the frustration$/m);
    expect(result.stdout).toMatch(/^escalated: 2 replies$/m);
    expect(result.stdout).toMatch(/^lost: 2 replies$/m);
  });

  it('it plays headless', async () => {
    writeFileSync(path.join(cwd, 'replies.txt'), "I'm so sorry about the wait, that sounds really frustrating.\nI will email you the tracking number by 5 pm today.\n");
    const result = await runCli(['play', 'scenarios/late-parcel.yaml', '--script', 'replies.txt', '--json', '--seed', '1'], { home, cwd });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ending: 'resolved' });
  });
});

describe('rapport test failures', () => {
  it('a wrong expectation fails with a readable diff of the conversation', async () => {
    const cwd = workdir();
    await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    const file = path.join(cwd, 'scenarios', 'late-parcel.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('      states: [opening, listening, resolved]\n      ending: resolved', '      states: [opening, upset, resolved]\n      ending: escalated'));
    const result = await runCli(['test', 'scenarios'], { home, cwd });
    expect(result.code).toBe(1);
    const out = result.stdout;
    expect(out).toContain('✗ acknowledging, then a specific promise, resolves it');
    expect(out).toContain('ending: expected escalated, got resolved');
    expect(out).toMatch(/states \(- expected, not visited in this order; \+ visited\):\n +opening\n +\+ listening\n +- upset\n +resolved/);
    expect(out).toMatch(/ending:\n +- escalated\n +\+ resolved/);
    expect(out).toContain("trainee: I'm so sorry about the wait, that sounds really frustrating.");
    expect(out).toContain('2 cases ran in 1 scenario: 1 passed, 1 failed');
    expect(out + result.stderr).not.toMatch(STACK_LINE);
  });

  it('a folder with no tests fails, saying none ran', async () => {
    const cwd = workdir();
    mkdirSync(path.join(cwd, 'empty'));
    const empty = await runCli(['test', 'empty'], { home, cwd });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('No scenario tests ran: no scenario files in empty.');
    mkdirSync(path.join(cwd, 'untested'));
    copyFileSync(path.join(ROOT, 'test', 'fixtures', 'shell', 'parcel-late.yaml'), path.join(cwd, 'untested', 'parcel-late.yaml'));
    const untested = await runCli(['test', 'untested'], { home, cwd });
    expect(untested.code).toBe(1);
    expect(untested.stderr).toContain('No scenario tests ran: none of the 1 scenario found has tests in untested.');
    expect(untested.stderr).toContain('A test run that checks nothing counts as a failure.');
  });

  it('a <id>.test.yaml beside the scenario is run too, and its mistakes are located', async () => {
    const cwd = workdir();
    await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    writeFileSync(
      path.join(cwd, 'scenarios', 'late-parcel.test.yaml'),
      'tests:\n  - name: silence loses her\n    replies: ["/wait 45", "Whatever."]\n    expect: { ending: lost, states: [opening, upsett] }\n',
    );
    const typo = await runCli(['test', 'scenarios/late-parcel.yaml'], { home, cwd });
    expect(typo.code).toBe(1);
    expect(typo.stdout).toContain('scenarios/late-parcel.test.yaml:4:47: error: test "silence loses her" expects state "upsett", but scenario "late-parcel" has no such state (did you mean "upset"?)');
    const validate = await runCli(['validate', 'scenarios'], { home, cwd });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('did you mean "upset"?');
    writeFileSync(path.join(cwd, 'scenarios', 'late-parcel.test.yaml'), 'tests:\n  - name: silence loses her\n    replies: ["/wait 45", "Calm down, that is not my problem.", "Whatever."]\n    expect: { ending: lost }\n');
    const ok = await runCli(['test', 'scenarios/late-parcel.test.yaml'], { home, cwd });
    expect(ok.stdout).toContain('✓ silence loses her [scenarios/late-parcel.test.yaml]');
    expect(ok.stdout).toContain('3 cases ran in 1 scenario: 3 passed, 0 failed');
    expect(ok.code).toBe(0);
  });

  it('test and paths name a scenario given by path as given, like validate, also outside the folder they run in (they printed absolute paths)', async () => {
    const cwd = workdir();
    await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    const file = path.join(cwd, 'scenarios', 'late-parcel.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {4}after:/m, '    aftr:'));
    const sub = path.join(cwd, 'work');
    mkdirSync(sub);
    const given = '../scenarios/late-parcel.yaml';
    const validate = await runCli(['validate', given], { home, cwd: sub });
    const line = validate.stdout.split('\n').find((l) => l.includes('unknown key "aftr"'))!;
    expect(line.startsWith(`${given}:`)).toBe(true);
    for (const command of ['test', 'paths']) {
      const run = await runCli([command, given], { home, cwd: sub });
      expect(run.code).toBe(1);
      expect(`${run.stdout}${run.stderr}`).toContain(line);
      expect(`${run.stdout}${run.stderr}`).not.toContain(cwd);
    }
  });

  it('a typo in a <id>.test.yaml stops only its own cases: the scenario\'s tests block still runs, the error is located, and the run fails (one misspelt key stopped every case of the scenario)', async () => {
    const cwd = workdir();
    await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    writeFileSync(path.join(cwd, 'scenarios', 'late-parcel.test.yaml'), 'tests:\n  - name: silence loses her\n    replys: ["/wait 45", "Whatever."]\n    expect: { ending: lost }\n');
    for (const target of ['scenarios', 'scenarios/late-parcel.yaml']) {
      const run = await runCli(['test', target], { home, cwd });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('scenarios/late-parcel.yaml (late-parcel): 2 cases; not run: the cases in scenarios/late-parcel.test.yaml (fix the error below)');
      expect(run.stdout).toMatch(/^ {2}scenarios\/late-parcel\.test\.yaml:3:5: error: unknown key "replys" .*did you mean "replies"/m);
      expect(run.stdout.match(/^ {2}✓ /gm)).toHaveLength(2);
      expect(run.stdout).toContain('2 cases ran in 1 scenario: 2 passed, 0 failed; 1 file could not be tested');
      expect(run.stdout).not.toContain('not run; fix these first');
    }
    const json = JSON.parse((await runCli(['test', 'scenarios', '--json'], { home, cwd })).stdout) as { ran: number; suites: { problems: { path: string; line: number }[] }[] };
    expect(json.ran).toBe(2);
    expect(json.suites[0]!.problems).toEqual([expect.objectContaining({ path: 'scenarios/late-parcel.test.yaml', line: 3, severity: 'error' })]);
  });
});

describe("rapport test shows validate's warnings", () => {
  it('with the cases of the scenario they are about, as validate prints them, and they do not fail the run (a trainer who only ran test never saw them)', async () => {
    const cwd = workdir();
    await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    const file = path.join(cwd, 'scenarios', 'late-parcel.yaml');
    // A dead branch (a lint warning) and an id that does not match the file name (a check validate adds).
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('id: late-parcel ', 'id: lost-parcel ')
        .replace('      - otherwise: true\n        mood: -5\n        say: ["That doesn\'t really help me."', '      - { when: { intent: apology, empathy: ">=80" }, goto: resolved }\n      - otherwise: true\n        mood: -5\n        say: ["That doesn\'t really help me."'),
    );
    const validate = await runCli(['validate', 'scenarios'], { home, cwd });
    const warnings = validate.stdout.split('\n').filter((line) => line.includes(': warning: '));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^scenarios\/late-parcel\.yaml:11:5: warning: id "lost-parcel" does not match the file name/);
    expect(warnings[1]).toMatch(/^scenarios\/late-parcel\.yaml:\d+:\d+: warning: branch 3 of state "opening" never fires/);

    const test = await runCli(['test', 'scenarios'], { home, cwd });
    expect(test.code).toBe(0);
    expect(test.stdout).toContain(`scenarios/late-parcel.yaml (lost-parcel): 2 cases\n${warnings.map((w) => `  ${w}\n`).join('')}  ✓ `);
    expect(test.stdout).toContain('2 cases ran in 1 scenario: 2 passed, 0 failed; 2 warnings\n');

    const json = await runCli(['test', 'scenarios', '--json'], { home, cwd });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { passed: number; suites: { problems: unknown[]; warnings: unknown[] }[] };
    expect(report.passed).toBe(2);
    expect(report.suites[0]!.problems).toEqual([]);
    expect(report.suites[0]!.warnings).toEqual((JSON.parse((await runCli(['validate', 'scenarios', '--json'], { home, cwd })).stdout) as { problems: unknown[] }).problems);
  });

  it('two scenarios sharing an id: the warning is shown with the second, whose tests still run', async () => {
    const cwd = workdir();
    await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    writeFileSync(path.join(cwd, 'scenarios', 'parcel-copy.yaml'), readFileSync(path.join(cwd, 'scenarios', 'late-parcel.yaml'), 'utf8'));
    const test = await runCli(['test', 'scenarios'], { home, cwd });
    expect(test.code).toBe(0);
    expect(test.stdout).toContain('  scenarios/parcel-copy.yaml:11:5: warning: id "late-parcel" is also used by scenarios/late-parcel.yaml');
    expect(test.stdout).toContain('4 cases ran in 2 scenarios: 4 passed, 0 failed; 2 warnings\n');
  });

  it("validate's errors fail the run even when every case passes, shown as validate prints them, and the cases still run (test passed a scenario validate rejects, silently)", async () => {
    const cwd = workdir();
    await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    const file = path.join(cwd, 'scenarios', 'late-parcel.yaml');
    // Errors only validate's deeper checks find: a rubric example that misses, a branch that can never fire (turn 21 of 8).
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('empathy: ">=50", intent: apology }', 'empathy: ">=95", intent: apology }')
        .replace('when: { intent: apology, notIntent: [blame, sarcasm] }', 'when: { intent: apology, notIntent: [blame, sarcasm], turn: ">20" }'),
    );
    const validate = await runCli(['validate', 'scenarios'], { home, cwd });
    expect(validate.code).toBe(1);
    const errors = validate.stdout.split('\n').filter((line) => line.includes(': error: '));
    expect(errors).toHaveLength(2);
    expect(errors.join('\n')).toContain('branch 2 of state "upset" never fires');
    expect(errors.join('\n')).toContain('rubric example 1');

    const test = await runCli(['test', 'scenarios'], { home, cwd });
    expect(test.code).toBe(1);
    expect(test.stdout).toContain(`scenarios/late-parcel.yaml (late-parcel): 2 cases (rapport validate rejects it: fix the errors below)\n${errors.map((e) => `  ${e}\n`).join('')}  ✓ `);
    expect(test.stdout).toContain('2 cases ran in 1 scenario: 2 passed, 0 failed; 2 errors from rapport validate in 1 file\n');
    expect(test.stderr).toContain('scenarios/late-parcel.yaml has errors that rapport validate reports (shown above), so this run fails although its cases passed.');
    expect(test.stderr).not.toMatch(STACK_LINE);

    const json = await runCli(['test', 'scenarios', '--json'], { home, cwd });
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { passed: number; failed: number; suites: { problems: unknown[]; errors: unknown[] }[] };
    expect(report.passed).toBe(2);
    expect(report.failed).toBe(0);
    expect(report.suites[0]!.problems).toEqual([]);
    expect(report.suites[0]!.errors).toEqual((JSON.parse((await runCli(['validate', 'scenarios', '--json'], { home, cwd })).stdout) as { problems: unknown[] }).problems);
  });

  it("a scenario with no tests that validate rejects is shown with its errors, not only as 'no tests'", async () => {
    const cwd = workdir();
    await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    const file = path.join(cwd, 'scenarios', 'late-parcel.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.indexOf('\ntests:')).replace('empathy: ">=50", intent: apology }', 'empathy: ">=95", intent: apology }'));
    const test = await runCli(['test', 'scenarios'], { home, cwd });
    expect(test.code).toBe(1);
    expect(test.stdout).toMatch(/^scenarios\/late-parcel\.yaml \(late-parcel\): no tests \(rapport validate rejects it: fix the error below\)\n {2}scenarios\/late-parcel\.yaml:\d+:\d+: error: rubric example 1 /);
    expect(test.stderr).toContain('No scenario tests ran');
  });

  it('a failing case still fails the run, warnings or not', async () => {
    const cwd = workdir();
    await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    const file = path.join(cwd, 'scenarios', 'late-parcel.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: late-parcel ', 'id: lost-parcel ').replace('      ending: resolved', '      ending: escalated'));
    const test = await runCli(['test', 'scenarios'], { home, cwd });
    expect(test.code).toBe(1);
    expect(test.stdout).toContain('warning: id "lost-parcel" does not match the file name');
    expect(test.stdout).toContain('2 cases ran in 1 scenario: 1 passed, 1 failed; 1 warning\n');
  });
});

describe('a test file without its scenario', () => {
  it('is reported where it names the scenario, with a did-you-mean, and the other tests still run (the whole run stopped at it before)', async () => {
    const cwd = workdir();
    await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    writeFileSync(path.join(cwd, 'scenarios', 'extra.test.yaml'), '# more cases\nscenario: late-parcle\ntests:\n  - name: x\n    replies: [hi]\n    expect: { ending: unfinished }\n');
    const expected = 'scenarios/extra.test.yaml:2:11: error: no scenario "late-parcle" for this test file (looked for late-parcle.yaml beside it) (did you mean "late-parcel"?)';
    const test = await runCli(['test', 'scenarios'], { home, cwd });
    expect(test.code).toBe(1);
    expect(test.stdout).toContain(`scenarios/extra.test.yaml: not run; fix these first\n  ${expected}`);
    expect(test.stdout).toContain('2 cases ran in 1 scenario: 2 passed, 0 failed; 1 file could not be tested');
    expect(test.stderr).not.toMatch(STACK_LINE);
    const validate = await runCli(['validate', 'scenarios'], { home, cwd });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(expected);
  });
});

describe('rapport test with no arguments, away from a scenarios/ folder', () => {
  it('tests your own scenarios in $RAPPORT_HOME/scenarios and says which folder it tested (it tested the built-in ones, silently)', async () => {
    const own = tempHome();
    await runCli(['new', 'late-parcel', '--category', 'irate-customer', '--dir', path.join(own, 'scenarios')], { home: own, cwd: workdir() });
    const result = await runCli(['test'], { home: own, cwd: workdir() });
    expect(result.stderr).toContain(`rapport: no scenarios/ folder here; testing ${path.join(own, 'scenarios')}.`);
    expect(result.stdout).toContain('(late-parcel): 2 cases');
    expect(result.stdout).not.toContain('irate-double-charge');
    expect(result.code).toBe(0);
  });
});

describe('rapport validate for trainers', () => {
  it('two files with one id: a warning at the second id, saying what to do (it was at 1:1, with no fix)', async () => {
    const cwd = workdir();
    await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    const text = readFileSync(path.join(cwd, 'scenarios', 'late-parcel.yaml'), 'utf8');
    writeFileSync(path.join(cwd, 'scenarios', 'parcel-copy.yaml'), text);
    const result = await runCli(['validate', 'scenarios/late-parcel.yaml', 'scenarios/parcel-copy.yaml'], { home, cwd });
    expect(result.stdout).toContain(
      'scenarios/parcel-copy.yaml:11:5: warning: id "late-parcel" is also used by scenarios/late-parcel.yaml (give each scenario its own id: only one of them can be listed and played)',
    );
  });

  it("a copy of a built-in scenario kept under its id is a warning (the list skips it for the built-in); the built-in file itself is fine", async () => {
    const cwd = workdir();
    mkdirSync(path.join(cwd, 'mine'), { recursive: true });
    writeFileSync(path.join(cwd, 'mine', 'irate-double-charge.yaml'), readFileSync('scenarios/irate-double-charge.yaml', 'utf8'));
    const copy = await runCli(['validate', 'mine/irate-double-charge.yaml'], { home, cwd });
    expect(copy.code).toBe(0);
    expect(copy.stdout).toContain("mine/irate-double-charge.yaml:8:5: warning: id \"irate-double-charge\" is a built-in scenario's id, so `rapport list` shows the built-in one and skips this file (give this scenario an id of its own, and name the file after it)");
    const original = await runCli(['validate', path.resolve('scenarios/irate-double-charge.yaml')], { home, cwd });
    expect(original.stdout).not.toContain("built-in scenario's id");
  });

  it('an id that does not match the file name is a warning at the id (the guide says they match; nothing checked it)', async () => {
    const cwd = workdir();
    await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    const file = path.join(cwd, 'scenarios', 'late-parcel.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: late-parcel ', 'id: lost-parcel '));
    const result = await runCli(['validate', 'scenarios/late-parcel.yaml'], { home, cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'scenarios/late-parcel.yaml:11:5: warning: id "lost-parcel" does not match the file name "late-parcel.yaml" (rename the file to lost-parcel.yaml, or change the id to "late-parcel"; test files are matched to scenarios by file name)',
    );
  });

  it('a typo in a target state: exit 1, located, "did you mean"', async () => {
    const cwd = workdir();
    await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    const file = path.join(cwd, 'scenarios', 'late-parcel.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('goto: escalated, note: handing over', 'goto: escalatd, note: handing over'));
    const result = await runCli(['validate', 'scenarios/late-parcel.yaml'], { home, cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^scenarios\/late-parcel\.yaml:\d+:\d+: error: no state "escalatd" in scenario "late-parcel" \(did you mean "escalated"\?\)$/m);
  });

  it('warnings only: exit 0; --json reports them for tools', async () => {
    const cwd = workdir();
    await runCli(['new', 'late-parcel', '--category', 'irate-customer'], { home, cwd });
    const file = path.join(cwd, 'scenarios', 'late-parcel.yaml');
    // A second apology branch after the first can never fire.
    writeFileSync(file, readFileSync(file, 'utf8').replace('      - otherwise: true\n        mood: -5\n        say: ["That doesn\'t really help me."', '      - { when: { intent: apology, empathy: ">=80" }, goto: resolved }\n      - otherwise: true\n        mood: -5\n        say: ["That doesn\'t really help me."'));
    const text = await runCli(['validate', 'scenarios/late-parcel.yaml'], { home, cwd });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^scenarios\/late-parcel\.yaml:\d+:\d+: warning: branch 3 of state "opening" never fires: whenever it holds, branch 2 \(when: \{intent: \["apology", "empathy-statement", "reflection"\]\}\) holds too and matches first/m);
    const json = await runCli(['validate', 'scenarios/late-parcel.yaml', '--json'], { home, cwd });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { valid: boolean; problems: { severity: string; line: number; message: string }[] };
    expect(report.valid).toBe(true);
    expect(report.problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('never fires') })]);
  });
});

describe('the built-in scenarios through the binary', () => {
  it('rapport test runs every built-in scenario\'s tests and they pass', async () => {
    const result = await runCli(['test'], { home });
    expect(result.stdout).toMatch(/^\d+ cases ran in 6 scenarios: (\d+) passed, 0 failed$/m);
    expect(result.code).toBe(0);
  });

  it('rapport paths <id> lists a path to every ending', async () => {
    const result = await runCli(['paths', 'irate-double-charge', '--json'], { home });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { paths: { ending: string; steps: unknown[] | null }[] };
    expect(report.paths.map((p) => p.ending)).toEqual(['resolved', 'escalated', 'cancelled']);
    for (const p of report.paths) expect(p.steps?.length).toBeGreaterThan(0);
  });
});
