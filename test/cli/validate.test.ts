import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, ROOT, runCli, STACK_LINE, tempHome } from './run-cli.js';

// The loader's malformed-file fixtures: syntax error, unknown target, missing field, wrong type,
// empty file, alias bomb, binary junk, misspelled key, …
const BAD = path.join(ROOT, 'test', 'fixtures', 'bad-scenarios');
const badFiles = readdirSync(BAD).filter((name) => /\.ya?ml$/.test(name));

describe('rapport validate', () => {
  const home = tempHome();

  it('exits 0 for the built-in scenarios folder', async () => {
    const result = await runCli(['validate', 'scenarios'], { home });
    expect(result.stdout).toMatch(/^All \d+ scenario files are valid\.$/m);
    expect(result.code).toBe(0);
  });

  it('exits 0 for a valid file', async () => {
    const result = await runCli(['validate', path.join(FIXTURES, 'parcel-late.yaml')], { home });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('is valid');
  });

  it.each(badFiles)('%s: exit 1, every line path:line:col: message, no stack trace', async (name) => {
    const file = path.join('test', 'fixtures', 'bad-scenarios', name);
    const result = await runCli(['validate', file], { home });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: \\S`));
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it('checks every file in a folder and reports each bad one', async () => {
    const result = await runCli(['validate', 'test/fixtures/bad-scenarios'], { home });
    expect(result.code).toBe(1);
    for (const name of badFiles) expect(result.stdout).toContain(`test/fixtures/bad-scenarios/${name}:`);
    expect(result.stderr).toContain(`${badFiles.length} files of ${badFiles.length} invalid`);
  });

  it('a scenario saved as UTF-16 is told to be saved as UTF-8; one with a UTF-8 byte-order mark is valid', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-encoding-'));
    const text = readFileSync(path.join(FIXTURES, 'parcel-late.yaml'), 'utf8');
    const utf16 = path.join(dir, 'parcel-late.yaml');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = await runCli(['validate', utf16], { home });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${utf16}:1:1: error: this file is saved as UTF-16, not UTF-8 (save it as UTF-8: in your editor, use "Save with Encoding" or the encoding menu and choose UTF-8; a scenario is a UTF-8 YAML text file)\n`);
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    const bom = await runCli(['validate', utf16], { home });
    expect(bom.stdout).toContain('is valid');
    expect(bom.code).toBe(0);
  });

  it('YAML nested too deeply is one located error in words for a scenario, a test file and a drill, never a stack overflow', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-deep-'));
    const deep = `id: x\na: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    mkdirSync(path.join(dir, 'drills'));
    const files = ['x.yaml', 'x.test.yaml', path.join('drills', 'week-1.yaml')].map((name) => path.join(dir, name));
    for (const file of files) writeFileSync(file, deep);
    // An alias inside the value it repeats loaded as an endless condition and crashed the linter.
    const loop = path.join(dir, 'parcel-late.yaml');
    writeFileSync(loop, readFileSync(path.join(FIXTURES, 'parcel-late.yaml'), 'utf8').replace('{ when: { intent: apology }, mood: +20', '{ when: &loop { intent: apology, not: *loop }, mood: +20'));
    const result = await runCli(['validate', dir], { home });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    for (const file of files) {
      expect(lines).toContain(`${file}:2:67: error: the YAML is nested too deeply (more than 64 lists and mappings inside one another) (a ${file.endsWith('test.yaml') ? 'test file' : file.includes('drills') ? 'drill' : 'scenario'} needs only a few levels: look for "[" or "{" typed many times over, or lines indented further and further, and remove the extra levels)`);
    }
    expect(lines.filter((line) => line.startsWith(loop))).toEqual([expect.stringMatching(/^.*parcel-late\.yaml:\d+:\d+: error: the alias "\*loop" is inside the value marked "&loop" that it repeats/u)]);
    expect(result.stdout + result.stderr).not.toMatch(/call stack|internal error/iu);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it('a state renamed with a space ("needs now") is named in words with the name to use, at the state and at every goto (it was zod\'s "Invalid key in record")', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-names-'));
    const file = path.join(dir, 'presales-budget-fit.yaml');
    const text = readFileSync(path.join(ROOT, 'scenarios', 'presales-budget-fit.yaml'), 'utf8');
    writeFileSync(file, text.replace(/goto: needs( |,|$)/gmu, 'goto: needs now$1').replace(/^ {2}needs:/mu, '  needs now:'));
    const result = await runCli(['validate', file], { home });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n').filter((line) => line.includes(': error: '));
    const state = text.split('\n').findIndex((line) => line === '  needs:') + 1;
    expect(lines).toContain(
      `${file}:${state}:3: error: state name "needs now" is not valid: it has a space (state names use letters, digits, "_" and "-", starting with a letter; try "needs-now", and use the new name wherever a "goto" or "start" names this state)`,
    );
    const gotos = lines.filter((line) => line.includes('"goto" in branch'));
    expect(gotos.length).toBe(text.match(/goto: needs( |,|$)/gmu)!.length);
    for (const line of gotos) expect(line).toMatch(/ is "needs now", which is not a valid state name: it has a space \(.*; try "needs-now"\)$/u);
    expect(result.stdout).not.toMatch(/Invalid key in record/u);
  });

  it('a new trainer\'s mistakes in the starter are each located, with a fix, in no parser\'s words (it was "Plain value cannot start with block scalar indicator", "Sequence item without - indicator", …)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-trainer-'));
    const created = await runCli(['new', 'birthday-parcel', '--category', 'irate-customer', '--dir', dir], { home });
    expect(created.code).toBe(0);
    const starter = readFileSync(path.join(dir, 'birthday-parcel.yaml'), 'utf8');
    // One mistake per file, as a trainer makes them while editing: [file, text in the starter, what they typed].
    const mistakes: [string, string, string][] = [
      ['indent', '        goto: upset\n', '       goto: upset\n'],
      ['tip', 'summary: You acknowledged', 'summary: Tip: you acknowledged'],
      ['goto', 'goto: escalated, note', 'goto: manager, note'],
      ['end-true', 'end: resolved', 'end: true'],
      ['end-quoted', 'end: resolved', 'end: "true"'],
      ['rubric', 'rubric: { empathy: 0.4, positivity: 0.3, followThrough: 0.3 }', 'rubric: { empathy: 0.5, followThrough: 0.5 }'],
      ['regex', 'when: { intent: vague-promise }', 'when: { keywords: ["someone|somebody", "soon.*"] }'],
      ['mood', 'mood: ">=30" }', 'mood: >=30 }'],
      ['otherwise', '      - otherwise: true\n        say: ["Okay, but what will actually happen?", "And what happens next, exactly?"]\n        goto: listening\n', ''],
      ['tab', '        mood: +15', '\tmood: +15'],
    ];
    for (const [name, from, to] of mistakes) {
      expect(starter.split(from).length).toBeGreaterThan(1);
      writeFileSync(path.join(dir, `${name}.yaml`), starter.replace(from, to).replace('id: birthday-parcel', `id: ${name}`));
    }
    // Windows line ends alone are fine; with a mistake, the place is the same.
    writeFileSync(path.join(dir, 'crlf.yaml'), starter.replace('id: birthday-parcel', 'id: crlf').replace(/\n/gu, '\r\n'));
    const result = await runCli(['validate', dir], { home });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    for (const [name] of mistakes) expect(lines.filter((line) => line.includes(`${name}.yaml:`)).length).toBeGreaterThan(0);
    expect(result.stdout).not.toContain('crlf.yaml');
    for (const line of lines) {
      expect(line).toMatch(/^\S+\.yaml:\d+:\d+: (error|warning): .+ \(.+\)$/u);
      expect(line).not.toMatch(/scalar|Plain value|Sequence item|implicit|mapping items|Map keys|flow collection|boolean|put it in quotes: "true"/u);
    }
    expect(result.stdout).toMatch(/end-quoted\.yaml:\d+:\d+: error: state "resolved" is an ending of the kind "true"/u);
    expect(result.stdout).toMatch(/otherwise\.yaml:\d+:\d+: warning: state "listening" has no "otherwise" branch/u);
  });

  it('gives a clear error for a missing path', async () => {
    const result = await runCli(['validate', 'no/such/file.yaml'], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No such file or folder: no/such/file.yaml');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
