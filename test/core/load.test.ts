import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem.js';
import { loadScenarioText } from '../../src/core/scenario/load.js';

const dir = 'test/fixtures/bad-scenarios';
const load = (name: string) => {
  const path = join(dir, name);
  return loadScenarioText(readFileSync(path, 'utf8'), path);
};
const lines = (name: string) => load(name).problems.map(formatProblem);

describe('malformed scenario fixtures each give a located error', () => {
  const cases: [file: string, expected: string][] = [
    ['syntax-error.yaml', 'syntax-error.yaml:5:10: this "{" is never closed with "}" (add the "}" where the mapping ends; if it goes on over several lines, indent them further than this line\'s key)'],
    ['unknown-target.yaml', 'unknown-target.yaml:11:42: no state "heatd" in scenario "unknown-target" (did you mean "heated"?)'],
    ['missing-field.yaml', 'missing-field.yaml:1:1: missing required field "title" (add "title:" here)'],
    ['wrong-type.yaml', 'wrong-type.yaml:4:13: "difficulty" should be a number, found the text "hard"'],
    ['empty.yaml', 'empty.yaml:1:1: file is empty'],
    ['alias-bomb.yaml', 'alias-bomb.yaml:6:8: too many YAML aliases: this looks like an alias bomb'],
    ['binary-junk.yaml', 'binary-junk.yaml:3:1: this is not a text file (it contains NUL bytes)'],
    ['misspelled-key.yaml', 'misspelled-key.yaml:12:5: unknown key "aftr" in state "opening" (did you mean "after"?)'],
    ['misspelled-intent.yaml', 'misspelled-intent.yaml:11:27: unknown intent "apolgy" (did you mean "apology"?)'],
  ];
  it.each(cases)('%s', (file, expected) => {
    const result = load(file);
    expect(result.scenario).toBeUndefined();
    const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toContain(join(dir, expected));
  });

  it('reports every graph problem of a file at once', () => {
    expect(lines('graph-problems.yaml').map((l) => l.replace(`${dir}/`, ''))).toEqual([
      'graph-problems.yaml:8:11: duplicate goal id "sorry" (goal 1 already uses it; give each goal its own id)',
      'graph-problems.yaml:14:38: a branch has both "when" and "otherwise" (keep "when" for a condition or "otherwise: true" for the fallback, not both)',
      'graph-problems.yaml:15:9: a branch needs "when" (a condition) or "otherwise: true" (the fallback) (add "when: { intent: apology }" or "otherwise: true")',
      'graph-problems.yaml:17:3: state "stuck" is not an ending and has no way out (add "on" branches (ending with "otherwise: true"), an "after" timer with "goto", or "end: resolved")',
      'graph-problems.yaml:21:5: state "done" is an ending ("end: resolved") but also has "on" branches (remove "on", or remove "end" to keep the conversation going)',
    ]);
  });

  it('a broken reference is not repeated as reachability warnings', () => {
    expect(load('unknown-target.yaml').problems.filter((p) => p.severity === 'warning')).toEqual([]);
  });
});

const valid = `id: tiny
title: Tiny
category: pre-sales
difficulty: 1
persona: { name: Ari, mood: 50, situation: "Test." }
start: opening
states:
  opening:
    say: Hello
    on:
      - { when: { intent: question }, goto: done }
      - { otherwise: true, goto: opening }
  done: { end: resolved }
`;

describe('loadScenarioText', () => {
  it('returns the scenario with defaults, a version and no problems', () => {
    const result = loadScenarioText(valid, 'tiny.yaml');
    expect(result.problems).toEqual([]);
    expect(result.version).toMatch(/^[0-9a-f]{12}$/);
    expect(result.scenario?.maxTurns).toBe(12);
    expect(result.scenario?.persona.tier).toBe('standard');
  });

  it('the version changes with the text', () => {
    expect(loadScenarioText(valid, 'a').version).not.toBe(loadScenarioText(`${valid}\n# edited\n`, 'a').version);
  });

  it('never executes or resolves custom tags', () => {
    const result = loadScenarioText(valid.replace('say: Hello', 'say: !!js/function "function(){ return 1 }"'), 'tag.yaml');
    expect(result.scenario?.states.opening?.say).toBe('function(){ return 1 }');
    expect(result.problems.map((p) => p.message).join()).toMatch(/tag/i);
  });

  it('text with a character in another encoding (Latin-1 "café") says where, and to save it as UTF-8', () => {
    const text = Buffer.from([...Buffer.from('id: x\ntitle: Caf'), 0xe9, ...Buffer.from(' order\n')]).toString('utf8');
    const problem = loadScenarioText(text, 'latin.yaml').problems[0];
    expect(problem).toMatchObject({ line: 2, col: 11 });
    expect(problem?.message).toMatch(/^this file is not saved as UTF-8: the character here .* Windows-1252 or Latin-1$/);
    expect(problem?.hint).toMatch(/save it as UTF-8/);
  });

  it('reports binary junk (control bytes and invalid UTF-8) as not a text file', () => {
    const text = Buffer.from([...Buffer.from('id: x\n'), 0xc3, 0x28, 0x01, 0x02]).toString('utf8');
    expect(loadScenarioText(text, 'bad.yaml').problems[0]).toMatchObject({ line: 2, col: 1, message: 'this is not a text file (it is not valid UTF-8)' });
  });

  it('a file saved as UTF-16 (with or without its byte-order mark) says so, and to save it as UTF-8', () => {
    // Read as UTF-8 (as the CLI reads every file), the UTF-16 mark FF FE or FE FF becomes two U+FFFD.
    const le = Buffer.from([0xff, 0xfe, ...Buffer.from(valid, 'utf16le')]).toString('utf8');
    const be = Buffer.from([0xfe, 0xff, ...Buffer.from(valid, 'utf16le').swap16()]).toString('utf8');
    const noMark = Buffer.from(valid, 'utf16le').toString('utf8');
    for (const text of [le, be, noMark]) {
      expect(loadScenarioText(text, 'u16.yaml').problems.map(formatProblem)).toEqual([
        'u16.yaml:1:1: this file is saved as UTF-16, not UTF-8 (save it as UTF-8: in your editor, use "Save with Encoding" or the encoding menu and choose UTF-8; a scenario is a UTF-8 YAML text file)',
      ]);
    }
  });

  it('accepts a byte-order mark and CRLF line ends', () => {
    expect(loadScenarioText(`\uFEFF${valid.replace(/\n/g, '\r\n')}`, 'bom.yaml').problems).toEqual([]);
  });

  it('a byte-order mark does not shift the columns of the first line', () => {
    expect(loadScenarioText(`\uFEFF${valid.replace('id: tiny', 'id: Tiny')}`, 'bom.yaml').problems[0]).toMatchObject({ line: 1, col: 5 });
  });

  it('a second YAML document is reported in words an author understands', () => {
    expect(loadScenarioText(`${valid}---\nid: two\n`, 'two.yaml').problems[0]).toMatchObject({
      line: 14,
      col: 1,
      message: 'this file holds more than one YAML document (a second "---")',
      hint: 'put one scenario per file',
    });
  });

  it('a tab used for indentation is one error that says to use spaces, not a cascade of errors', () => {
    expect(loadScenarioText(valid.replace('    say: Hello', '\tsay: Hello'), 't.yaml').problems.map(formatProblem)).toEqual([
      't.yaml:9:1: Tabs are not allowed as indentation (indent with spaces: YAML does not allow tabs; most editors can insert spaces when you press Tab)',
    ]);
  });

  it('a tab is named even where the parser first trips on the line above it (a list item) or on a block of text', () => {
    const text = readFileSync('scenarios/irate-double-charge.yaml', 'utf8');
    const listItem = text.replace('      - { text: "This is the second time', '\t  - { text: "This is the second time');
    const inText = text.replace("    Dana's annual Plus plan renewed", "\tDana's annual Plus plan renewed");
    for (const broken of [listItem, inText]) {
      const problems = loadScenarioText(broken, 'tab.yaml').problems.map(formatProblem);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^tab\.yaml:\d+:1: Tabs are not allowed as indentation \(indent with spaces/u);
      const line = Number(/^tab\.yaml:(\d+):/u.exec(problems[0]!)![1]);
      expect(broken.split('\n')[line - 1]!.startsWith('\t')).toBe(true);
    }
  });

  it('a misaligned key is one error at the key itself, not at the blank line before it, nor one for every key after it', () => {
    const text = valid.replace('  done: { end: resolved }', '\n done: { end: resolved }\n  later: { end: lost }');
    expect(loadScenarioText(text, 'i.yaml').problems.map(formatProblem)).toEqual([
      'i.yaml:14:2: this line starts in column 2, which lines it up with none of the lines above it: "opening:" on line 8 starts in column 3, "states:" on line 7 starts in column 1 (lines at the same level start in the same column: move "done:" to the column of the lines it belongs with, or move the line that is out of place)',
    ]);
  });

  it('a line indented too far is reported on that line (it was the line above, as "text with \': \'"), with the column to use', () => {
    const problems = loadScenarioText(valid.replace('persona: { name: Ari, mood: 50, situation: "Test." }', 'persona:\n  name: Ari\n    mood: 50\n  situation: Test.'), 'p.yaml').problems;
    expect(problems.map(formatProblem)).toEqual([
      'p.yaml:7:5: this line is indented further than "name:" on line 6, so it reads as more of that line\'s text (start it in column 3, like "name:"; or, if "name:" is the line out of place, indent it like the lines around it)',
    ]);
  });

  it('an unclosed bracket is located at the bracket, not at the innocent line after it; quoted brackets and closed ones do not count', () => {
    const text = valid.replace('persona: { name: Ari, mood: 50, situation: "Test." }', 'persona: { name: Ari, mood: 50, situation: "Test {x}" # a } in a comment\ngoals: [{ id: g, when: { intent: question } }]');
    expect(loadScenarioText(text, 'u.yaml').problems.map(formatProblem)).toEqual([
      'u.yaml:5:10: this "{" is never closed with "}" (add the "}" where the mapping ends; if it goes on over several lines, indent them further than this line\'s key)',
    ]);
  });

  it('a key without its colon and space says so', () => {
    expect(loadScenarioText(valid.replace('    say: Hello', '    say Hello'), 'c.yaml').problems.map(formatProblem)).toEqual([
      'c.yaml:9:5: this line is not "key: value" (write a colon and a space after the key (goto: confirm), or quote the line if it is text that goes with the line above)',
    ]);
  });

  it('quotes gone wrong are reported at the quote, in words', () => {
    const lines = (text: string) => loadScenarioText(text, 'q.yaml').problems.map(formatProblem);
    // An unclosed " was reported at the end of the file.
    expect(lines(valid.replace('title: Tiny', 'title: "Tiny'))).toEqual(['q.yaml:2:8: this " opens a text that is never closed (end the text with " on the same line (write a " inside it as \\"), or leave the quotes out)']);
    expect(lines(valid.replace('title: Tiny', 'title: "Tiny" scenario'))).toEqual(['q.yaml:2:15: text goes on after the closing quote (put all of the text inside the quotes, e.g. title: "The birthday present"; write a " inside the text as \\", or put the whole text in single quotes)']);
    expect(lines(valid.replace('title: Tiny', "title: 'Tiny")).map((line) => line.replace(/^q\.yaml:\d+:\d+: /, ''))).toEqual([
      "a text in ' quotes is never closed (end it with '; inside ' quotes an apostrophe is written twice (it''s), or use \" quotes)",
    ]);
  });

  it('a repeated key is named, with the line of its first use', () => {
    const text = valid.replace('  done: { end: resolved }', '  done: { end: resolved }\n  opening: { end: lost }');
    expect(loadScenarioText(text, 'd.yaml').problems.map(formatProblem)).toEqual([
      'd.yaml:14:3: the key "opening" appears twice in the same mapping (first on line 8) (each key may appear once: rename one of them, or merge the two)',
    ]);
  });

  it('a top-level list is not a scenario', () => {
    expect(loadScenarioText('- a\n- b\n', 'list.yaml').problems[0]?.message).toBe('expected a mapping of scenario fields, found a list');
  });

  it('a bad start state gets a did-you-mean', () => {
    const problem = loadScenarioText(valid.replace('start: opening', 'start: openin'), 'start.yaml').problems[0];
    expect(problem).toMatchObject({ line: 6, col: 8, message: 'no state "openin" in scenario "tiny"', hint: 'did you mean "opening"?' });
  });

  it('an ending kind used as a goto target says which states end that way', () => {
    const text = valid.replace('{ otherwise: true, goto: opening }', '{ otherwise: true, goto: resolved }');
    expect(loadScenarioText(text, 'g.yaml').problems.map(formatProblem)).toEqual(['g.yaml:12:34: no state "resolved" in scenario "tiny" ("resolved" is the kind of ending of "done": go to that state by its name)']);
  });

  it('a start state that is an ending is one error (it validated, with a warning for every other state)', () => {
    expect(loadScenarioText(valid.replace('start: opening', 'start: done'), 's.yaml').problems.map(formatProblem)).toEqual([
      's.yaml:6:8: the start state "done" is an ending, so the conversation would be over before the first reply (start from a state the customer speaks in and the trainee answers)',
    ]);
  });

  it('schema and graph problems are reported together', () => {
    const text = valid.replace('difficulty: 1', 'difficulty: 9').replace('goto: done', 'goto: dne');
    const messages = loadScenarioText(text, 'both.yaml').problems.map((p) => `${p.line}:${p.message}`);
    expect(messages).toEqual(['4:"difficulty" should be at most 5, found 9', '11:no state "dne" in scenario "tiny"']);
  });

  it('a wrong type or value says how to write it', () => {
    const lines = (text: string) => loadScenarioText(text, 'v.yaml').problems.map(formatProblem);
    // A bare number where text belongs (keywords: [solo, 8.99]) needs quotes.
    expect(lines(valid.replace('title: Tiny', 'title: 2024'))).toEqual(['v.yaml:2:8: "title" should be text, found number 2024 (put it in quotes: "2024")']);
    expect(lines(valid.replace('title: Tiny', 'title:'))).toEqual(['v.yaml:2:7: "title" should be text, found nothing (write a value after the colon, e.g. title: The parcel that never came)']);
    expect(lines(valid.replace('title: Tiny', 'title: ""'))).toEqual(['v.yaml:2:8: "title" is empty (write some text)']);
    expect(lines(valid.replace('mood: 50', 'mood: 250'))).toEqual(['v.yaml:5:29: "persona.mood" should be at most 100, found 250 (a whole number from 0 for furious to 100 for delighted, e.g. mood: 35)']);
    expect(lines(valid.replace('difficulty: 1', 'difficulty: 0'))).toEqual(['v.yaml:4:13: "difficulty" should be at least 1, found 0 (a whole number from 1 for gentle to 5 for hard, e.g. difficulty: 2)']);
    expect(lines(valid.replace('start: opening', 'maxTurns: 7.5\nstart: opening'))).toEqual(['v.yaml:6:11: "maxTurns" should be a whole number, found number 7.5 (e.g. maxTurns: 8)']);
    expect(lines(valid.replace('{ otherwise: true, goto: opening }', '{ otherwise: false, goto: opening }'))).toEqual([
      'v.yaml:12:22: "otherwise" in branch 2 of state "opening" must be true (a fallback branch is "otherwise: true"; to have no fallback, remove the branch)',
    ]);
  });

  it('an unreachable state is a warning: the scenario still loads', () => {
    const text = `${valid}  orphan:\n    say: Nobody comes here\n    on:\n      - { otherwise: true, goto: done }\n`;
    const result = loadScenarioText(text, 'orphan.yaml');
    expect(result.scenario).toBeDefined();
    expect(result.problems.map(formatProblem)).toEqual(['orphan.yaml:14:3: warning: state "orphan" can never be reached from "opening" (add a branch that goes to it, or remove it)']);
  });

  it('an unquoted comma in a flow mapping gets a quoting hint', () => {
    const text = valid.replace('{ otherwise: true, goto: opening }', '{ otherwise: true, goto: opening, note: polite, but vague }');
    expect(loadScenarioText(text, 'c.yaml').problems[0]).toMatchObject({ line: 12, message: 'unknown key "but vague" in branch 2 of state "opening"', hint: 'text with a comma inside { … } must be quoted, e.g. note: "polite, but vague"' });
  });

  it('outOfTurns must name an ending', () => {
    const text = valid.replace('start: opening', 'outOfTurns: opening\nstart: opening');
    expect(loadScenarioText(text, 'o.yaml').problems[0]?.message).toBe('"outOfTurns" must name an ending, but state "opening" has no "end"');
  });

  it('a misspelt required key is one located error with its did-you-mean, not also a missing field', () => {
    const lines = (text: string) => loadScenarioText(text, 'k.yaml').problems.map(formatProblem);
    expect(lines(valid.replace('start: opening', 'strat: opening'))).toEqual(['k.yaml:6:1: unknown key "strat" in the scenario (did you mean "start"?)']);
    expect(lines(valid.replace('{ name: Ari,', '{ nmae: Ari,'))).toEqual(['k.yaml:5:12: unknown key "nmae" in "persona" (did you mean "name"?)']);
    // Two unknown keys in one mapping: each is located on its own line.
    expect(lines(valid.replace('title: Tiny', 'titel: Tiny').replace('category: pre-sales', 'categroy: pre-sales'))).toEqual([
      'k.yaml:2:1: unknown key "titel" in the scenario (did you mean "title"?)',
      'k.yaml:3:1: unknown key "categroy" in the scenario (did you mean "category"?)',
    ]);
    // An abbreviation or a common word for the one missing field is that field, not the nearest spelling
    // ("sec" was "did you mean set?" beside a second error for the missing "seconds").
    const irate = readFileSync('scenarios/irate-double-charge.yaml', 'utf8');
    expect(lines(irate.replace('after: { seconds: 60, mood: -5, say: "I\'m still here', 'after: { sec: 60, mood: -5, say: "I\'m still here'))).toEqual([
      expect.stringMatching(/^k\.yaml:\d+:\d+: unknown key "sec" in "after" in state "listening" \(did you mean "seconds"\?\)$/u),
    ]);
    expect(lines(irate.replace('      - { when: *concrete, mood: +20, goto: settling }', '      - { when: *concrete, mood: +20, next: settling }'))).toEqual([
      expect.stringMatching(/^k\.yaml:\d+:\d+: unknown key "next" in branch 4 of state "listening" \(did you mean "goto"\?\)$/u),
    ]);
    // A field that is really missing still says so when the unknown key is something else.
    const unrelated = lines(valid.replace('title: Tiny\n', 'colour: blue\n'));
    expect(unrelated).toContain('k.yaml:1:1: missing required field "title" (add "title:" here)');
    expect(unrelated.some((line) => line.startsWith('k.yaml:2:1: unknown key "colour" in the scenario (allowed keys:'))).toBe(true);
  });

  it('an alias with a typo in its name says which anchor it missed, not "alias bomb"', () => {
    const text = valid.replace('{ when: { intent: question }, goto: done }', '{ when: { intent: &asks [question] }, goto: done }').replace('{ otherwise: true, goto: opening }', '{ when: { intent: *ask }, goto: opening }');
    expect(loadScenarioText(text, 'a.yaml').problems.map(formatProblem)).toEqual(['a.yaml:12:27: no anchor "&ask" for the alias "*ask" (did you mean "*asks"?)']);
  });

  it('an alias used before its anchor is reported as such', () => {
    const text = valid.replace('{ when: { intent: question }, goto: done }', '{ when: { intent: *asks }, goto: done }').replace('{ otherwise: true, goto: opening }', '{ when: { intent: &asks [question] }, goto: opening }');
    expect(loadScenarioText(text, 'a.yaml').problems.map(formatProblem)).toEqual([
      'a.yaml:11:27: the alias "*asks" comes before its anchor "&asks" (an alias can only repeat a value marked with & earlier in the file: put "&asks" on the first use, and "*asks" after it)',
    ]);
  });

  it('a typo inside an anchored list is reported once, not once for every alias of it', () => {
    const text = valid.replace('{ when: { intent: question }, goto: done }', '{ when: { intent: &asks [questoin] }, goto: done }').replace('{ otherwise: true, goto: opening }', '{ when: { intent: *asks }, goto: opening }');
    expect(loadScenarioText(text, 'a.yaml').problems.map(formatProblem)).toEqual(['a.yaml:11:34: unknown intent "questoin" (did you mean "question"?)']);
  });

  it('a YAML merge key is reported as unsupported, not as a misspelling of "on"', () => {
    const text = valid.replace('  done: { end: resolved }', '  done: &ending { end: resolved }\n  also-done:\n    <<: *ending\n    say: Bye');
    const lines = loadScenarioText(text, 'm.yaml').problems.map(formatProblem);
    expect(lines).toContain('m.yaml:15:5: YAML merge keys ("<<: *name") are not supported (write the keys out, or mark a whole value with &name and repeat it with *name (e.g. intent: *hostile))');
    expect(lines.join('\n')).not.toContain('did you mean "on"');
  });

  it('a misspelt "otherwise" is one error with its did-you-mean, not also "a branch needs when or otherwise"', () => {
    const lines = loadScenarioText(valid.replace('{ otherwise: true, goto: opening }', '{ otherwize: true, goto: opening }'), 'o.yaml').problems.map(formatProblem);
    expect(lines).toEqual(['o.yaml:12:11: unknown key "otherwize" in branch 2 of state "opening" (did you mean "otherwise"?)']);
  });

  it('a misspelled top-level key suggests its sibling', () => {
    const problem = loadScenarioText(valid.replace('difficulty: 1', 'dificulty: 1'), 'k.yaml').problems.find((p) => p.message.startsWith('unknown key'));
    expect(problem).toMatchObject({ line: 4, col: 1, message: 'unknown key "dificulty" in the scenario', hint: 'did you mean "difficulty"?' });
  });
});
