import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem.js';
import { fieldName } from '../../src/core/scenario/field-path.js';
import { loadScenarioText } from '../../src/core/scenario/load.js';
import { fixedName, nameFault } from '../../src/core/scenario/name-rules.js';
import { validateScenarioText } from '../../src/core/scenario/validate.js';

const valid = `id: tiny
title: Tiny
category: pre-sales
difficulty: 1
persona: { name: Ari, mood: 50, situation: "Test." }
start: opening
states:
  opening:
    say: Hello
    after: { seconds: 30, mood: -5, say: "Hi?" }
    on:
      - { when: { intent: question }, mood: +5, set: { asked: true }, goto: done }
      - { otherwise: true, goto: opening }
  done: { end: resolved }
`;
const lines = (text: string) => loadScenarioText(text, 'v.yaml').problems.map(formatProblem);
const changed = (from: string, to: string) => {
  expect(valid).toContain(from);
  return lines(valid.replace(from, to));
};

describe('a state name that breaks the naming rule', () => {
  // The trainer renames "needs" to "needs now" in a copy of a built-in scenario, gotos included.
  const presales = readFileSync('scenarios/presales-budget-fit.yaml', 'utf8');
  const renamed = presales.replace(/goto: needs( |,|$)/gmu, 'goto: needs now$1').replace(/^ {2}needs:/mu, '  needs now:');
  const at = (text: string, needle: RegExp) => {
    const found: string[] = [];
    text.split('\n').forEach((line, i) => {
      const col = line.search(needle);
      if (col !== -1) found.push(`${i + 1}:${col + 1}`);
    });
    return found;
  };

  it('is one error at the state, in words, with the name to use (it was zod\'s "Invalid key in record"), and every goto naming it suggests the same', () => {
    const problems = loadScenarioText(renamed, 'p.yaml').problems;
    const gotos = at(renamed, /needs now(?!:)/u);
    expect(gotos.length).toBeGreaterThan(3);
    expect(problems.map((p) => `${p.line}:${p.col}`)).toEqual([...gotos, ...at(renamed, /needs now:/u)].sort((a, b) => parseInt(a) - parseInt(b)));
    const state = problems.find((p) => p.message.startsWith('state name'))!;
    expect(formatProblem(state)).toBe(
      `p.yaml:${at(renamed, /needs now:/u)[0]}: state name "needs now" is not valid: it has a space (state names use letters, digits, "_" and "-", starting with a letter; try "needs-now", and use the new name wherever a "goto" or "start" names this state)`,
    );
    for (const goto of problems.filter((p) => p !== state)) {
      expect(goto.message).toMatch(/^"goto" in branch \d+ of state "[a-z -]+" is "needs now", which is not a valid state name: it has a space$/u);
      expect(goto.hint).toBe('state names use letters, digits, "_" and "-", starting with a letter; try "needs-now"');
    }
    // The goto inside the refused state itself is found too: zod never looks inside a refused key.
    expect(problems.some((p) => p.message.includes('of state "needs now"'))).toBe(true);
    expect(problems.map((p) => p.message).join('\n')).not.toMatch(/Invalid key|record/u);
  });

  it('a goto that misspells an existing state with a space suggests that state, once (not also "no state")', () => {
    const text = renamed.replace(/^ {2}needs now:/mu, '  needs-now:');
    const problems = loadScenarioText(text, 'p.yaml').problems;
    expect(problems.length).toBeGreaterThan(3);
    for (const p of problems) expect([p.message.replace(/branch \d+ of state "[a-z-]+"/u, 'X'), p.hint]).toEqual(['"goto" in X is "needs now", which is not a valid state name: it has a space', 'state names use letters, digits, "_" and "-", starting with a letter; try "needs-now"']);
  });

  it.each([
    ['needs now', false, 'it has a space', 'needs-now'],
    ['2nd-try', false, 'it starts with "2", not a letter', undefined],
    ['café', false, 'it has "é" in it', 'cafe'],
    ['check.in', false, 'it has "." in it', 'check-in'],
    ['', false, 'it is empty', undefined],
    ['Late Parcel', true, 'it has a space', 'late-parcel'],
    ['lateParcel', true, 'it has capital letters', 'late-parcel'],
    ['late_parcel', true, 'it has "_" in it', 'late-parcel'],
  ] as const)('%j: %s, try %s', (name, lowerCase, fault, fix) => {
    expect(nameFault(name, lowerCase)).toBe(fault);
    expect(fixedName(name, lowerCase)).toBe(fix);
  });

  it('ids, categories and endings say what is wrong and the name to use (category was a raw pattern)', () => {
    expect(changed('id: tiny', 'id: Tiny Thing')).toEqual([
      'v.yaml:1:5: "id" is "Tiny Thing", which is not a valid id: it has a space (ids use lower-case letters, digits and dashes, starting with a letter, e.g. "irate-double-charge"; try "tiny-thing")',
    ]);
    expect(changed('category: pre-sales', 'category: Pre Sales')).toEqual([
      'v.yaml:3:11: "category" is "Pre Sales", which is not a valid category: it has a space (categories are lower-case words joined by dashes; the built-in ones are irate-customer, pre-sales, ethics-dilemma, tiered-service, help-desk, outbound-follow-up; try "pre-sales")',
    ]);
    expect(changed('done: { end: resolved }', 'done: { end: Resolved }')).toEqual([
      'v.yaml:14:16: "end" in state "done" is "Resolved", which is not a valid ending: it has capital letters (endings are lower-case words joined by dashes: resolved, escalated, lost, or one of your own such as gave-up; try "resolved")',
    ]);
  });

  it('an empty flag name is named as such, at the key (it was "Invalid key in record")', () => {
    expect(changed('set: { asked: true }', 'set: { "": true }')).toEqual([
      'v.yaml:12:56: "set" in branch 1 of state "opening": flag name "" is not valid: it is empty (name the flag, e.g. set: { offended: true })',
    ]);
  });
});

describe('places are named as a trainer counts them, lists from 1', () => {
  it.each([
    [['states', 'opening', 'on', 1, 'goto'], '"goto" in branch 2 of state "opening"'],
    [['states', 'opening', 'on', 0], 'branch 1 of state "opening"'],
    [['states', 'opening'], 'state "opening"'],
    [['states', 'opening', 'after', 'mood'], '"after.mood" in state "opening"'],
    [['states', 'x', 'on', 0, 'when', 'keywords', 1], 'keyword 2 of "when" in branch 1 of state "x"'],
    [['states', 'x', 'on', 0, 'when', 'any', 2, 'intent'], '"intent" in condition 3 of "when.any" in branch 1 of state "x"'],
    [['states', 'x', 'say', 1], 'line 2 of "say" in state "x"'],
    [['states', 'x', 'say', 1, 'text'], '"text" in line 2 of "say" in state "x"'],
    [['goals', 0, 'when'], '"when" in goal 1'],
    [['tests', 2, 'replies', 0], 'reply 1 of test 3'],
    [['tests', 0, 'expect', 'states', 1], 'item 2 of "expect.states" in test 1'],
    [['examples', 1], 'rubric example 2'],
    [['persona', 'traits', 0], 'trait 1 of "persona"'],
    [['persona', 'mood'], '"persona.mood"'],
    [['scenarios', 3], 'entry 4 of "scenarios"'],
    [[], undefined],
  ] as const)('%j → %s', (path, name) => {
    expect(fieldName(path)).toBe(name);
  });

  it('the schema and the linter name the same branch the same way: "branch 2" is the second branch', () => {
    // A typo in the second branch (a schema error) and a dead second branch (a linter warning).
    const typo = changed('{ otherwise: true, goto: opening }', '{ otherwise: true, goto: opening, nte: x }');
    expect(typo).toEqual(['v.yaml:13:43: unknown key "nte" in branch 2 of state "opening" (did you mean "note"?)']);
    const dead = validateScenarioText(valid.replace('{ otherwise: true, goto: opening }', '{ when: { intent: question }, goto: opening }'), 'v.yaml').problems.map(formatProblem);
    expect(dead).toContainEqual(expect.stringMatching(/^v\.yaml:13:11: warning: branch 2 of state "opening" never fires: branch 1 has the same condition/u));
    const otherwiseFirst = lines(valid.replace('- { when: { intent: question }, mood: +5, set: { asked: true }, goto: done }\n      - { otherwise: true, goto: opening }', '- { otherwise: true, goto: opening }\n      - { when: { intent: question }, goto: done }'));
    expect(otherwiseFirst).toContain('v.yaml:13:9: warning: branch 2 of state "opening" never fires: branch 1 ("otherwise") always matches first (move the "otherwise" branch last)');
  });
});

describe('a line\'s "when" gets the messages a branch\'s "when" gets, located in the line', () => {
  const say = (line: string) => changed('say: Hello', `say: ["Hello", ${line}]`);
  it.each([
    ['{ text: Hi, when: { intent: appology } }', 'v.yaml:9:48: unknown intent "appology" (did you mean "apology"?)'],
    ['{ text: Hi, when: { intnt: apology } }', 'v.yaml:9:40: unknown key "intnt" in "when" in line 2 of "say" in state "opening" (did you mean "intent"?)'],
    ['{ text: Hi, when: { empathy: "60+" } }', 'v.yaml:9:49: "when.empathy" in line 2 of "say" in state "opening" should be a comparison such as ">=60", "<40" or "==3", found the text "60+" (write empathy: ">=60")'],
    ['{ text: Hi, when: question }', 'v.yaml:9:38: "when" in line 2 of "say" in state "opening" should be a mapping, found the text "question" (a condition is a mapping: when: { intent: question })'],
    ['{ text: Hi, when: { keywords: [refund, 8.99] } }', 'v.yaml:9:59: keyword 2 of "when" in line 2 of "say" in state "opening" should be text, found number 8.99 (put it in quotes: "8.99")'],
    ['{ text: Hi, wen: { intent: apology } }', 'v.yaml:9:32: unknown key "wen" in line 2 of "say" in state "opening" (did you mean "when"?)'],
  ])('%s', (line, expected) => {
    expect(say(line)).toEqual([expected]);
  });
  it('in a branch\'s reaction and a timer\'s line too', () => {
    expect(changed('{ otherwise: true, goto: opening }', '{ otherwise: true, say: ["Hm.", { text: "Sorry?", when: { intent: appology } }], goto: opening }')).toEqual([
      'v.yaml:13:75: unknown intent "appology" (did you mean "apology"?)',
    ]);
    expect(changed('say: "Hi?" }', 'say: [{ text: "Hi?", when: { flg: x } }] }')).toEqual(['v.yaml:10:66: unknown key "flg" in "when" in line 1 of "after.say" in state "opening" (did you mean "flag"?)']);
  });
});

describe('a wrong type says what is expected, with an example', () => {
  it.each([
    // The brief's five, then every other field kind: a mapping, a record of flags, true/false, a list, a one-or-many.
    ['rubric: { empathy: high, positivity: 0.3, followThrough: 0.3 }\nstart: opening', 'start: opening', 'v.yaml:6:20: "rubric.empathy" should be a number, found the text "high" (a weight from 0 to 1, e.g. empathy: 0.4)'],
    ['persona: { name: Ari, mood: 50, situation: "Test.", traits: angry }', 'persona: { name: Ari, mood: 50, situation: "Test." }', 'v.yaml:5:61: "persona.traits" should be a list, found the text "angry" (make it a list: traits: [angry], or one "- angry" per line below the key)'],
    ['say: 42', 'say: Hello', 'v.yaml:9:10: "say" in state "opening" should be text, or a list of lines, found number 42 (put it in quotes: "42")'],
    ['after: 30', 'after: { seconds: 30, mood: -5, say: "Hi?" }', 'v.yaml:10:12: "after" in state "opening" should be a mapping, found number 30 (e.g. after: { seconds: 45, mood: -10, say: "Hello?" })'],
    ['{ when: question, mood', '{ when: { intent: question }, mood', 'v.yaml:12:17: "when" in branch 1 of state "opening" should be a mapping, found the text "question" (a condition is a mapping: when: { intent: question })'],
    ['say: { text: hi }', 'say: Hello', 'v.yaml:9:10: "say" in state "opening" should be text, or a list of lines, found a mapping (e.g. say: "Are you still there?", or a list of variants: say: ["Hello?", "Anyone there?"])'],
    ['say: [42]', 'say: Hello', 'v.yaml:9:11: line 1 of "say" in state "opening" should be text, or a mapping with "text" (and "mood" or "when"), found number 42 (put it in quotes: "42")'],
    ['set: asked', 'set: { asked: true }', 'v.yaml:12:54: "set" in branch 1 of state "opening" should be a mapping, found the text "asked" (flags to set are a mapping of names to true or false: set: { asked: true })'],
    ['set: { asked: yes }', 'set: { asked: true }', 'v.yaml:12:63: "set.asked" in branch 1 of state "opening" should be true or false, found the text "yes" (e.g. asked: true)'],
    ['{ when: { specific: yes }, mood', '{ when: { intent: question }, mood', 'v.yaml:12:29: "when.specific" in branch 1 of state "opening" should be true or false, found the text "yes" (e.g. specific: true)'],
    ['{ when: { empathy: [60] }, mood', '{ when: { intent: question }, mood', 'v.yaml:12:28: "when.empathy" in branch 1 of state "opening" should be a comparison such as ">=60", "<40" or "==3", found a list'],
    ['{ when: { any: { intent: question } }, mood', '{ when: { intent: question }, mood', 'v.yaml:12:24: "when.any" in branch 1 of state "opening" should be a list, found a mapping (e.g. any: [{ intent: apology }, { empathy: ">=65" }])'],
    ['mood: 5.5, say', 'mood: -5, say', 'v.yaml:10:33: "after.mood" in state "opening" should be a change of mood such as +10 or -15, found number 5.5'],
    ['mood: lots, say', 'mood: -5, say', 'v.yaml:10:33: "after.mood" in state "opening" should be a change of mood such as +10 or -15, found the text "lots"'],
    ['goto: [done] }', 'goto: done }', 'v.yaml:12:77: "goto" in branch 1 of state "opening" should be text, found a list (e.g. goto: listening)'],
    ['done: resolved', 'done: { end: resolved }', 'v.yaml:14:9: state "done" should be a mapping, found the text "resolved" (a state is a mapping; an ending is written done: { end: resolved })'],
    ['difficulty: easy', 'difficulty: 1', 'v.yaml:4:13: "difficulty" should be a number, found the text "easy" (a whole number from 1 for gentle to 5 for hard, e.g. difficulty: 2)'],
  ])('%s', (to, from, expected) => {
    expect(changed(from, to)).toContainEqual(expected);
  });

  it('no message is zod\'s own wording', () => {
    const wrong = [
      ['states:\n  needs now:\n    end: resolved\n  opening:', 'states:\n  opening:'],
      ['set: [asked]', 'set: { asked: true }'],
      ['category: Pre Sales', 'category: pre-sales'],
      ['{ when: { flag: [] }, mood', '{ when: { intent: question }, mood'],
    ] as const;
    for (const [to, from] of wrong) {
      const text = changed(from, to).join('\n');
      expect(text).not.toMatch(/Invalid|record|must match pattern|received|\/\^/u);
      expect(text).toMatch(/\(.+\)$/mu);
    }
  });
});

describe('what a trainer writes first, told how to write it', () => {
  it('"end: true" is told to name the kind of ending, not to quote "true" (quoting it made an ending of the kind "true")', () => {
    expect(changed('done: { end: resolved }', 'done: { end: true }')).toEqual([
      'v.yaml:14:16: "end" in state "done" should be text, found the yes/no value true ("end" names the kind of ending, not whether this is one: write end: resolved, escalated or lost, or a word of your own such as gave-up)',
    ]);
    expect(changed('done: { end: resolved }', 'done: { end: false }')[0]).toMatch(/found the yes\/no value false \(a state that is not an ending has no "end": remove the line\)$/u);
  });

  it('a rubric with two of its three weights says all three are needed, with the rubric written out (it said only "add \\"positivity:\\" here")', () => {
    const text = valid.replace('start: opening', 'rubric: { empathy: 0.5, followThrough: 0.5 }\nstart: opening');
    expect(lines(text)).toEqual([
      'v.yaml:6:1: missing required field "positivity" in "rubric" (a rubric gives all three weights; add "positivity: 0" if it should not count: rubric: { empathy: 0.5, positivity: 0, followThrough: 0.5 })',
    ]);
  });

  it('a rubric with none of its weights shows one written out (not one with every weight at 0, which is refused too)', () => {
    const text = valid.replace('start: opening', 'rubric: { empaty: 0.5 }\nstart: opening');
    const problems = lines(text).filter((line) => line.includes('missing required field'));
    expect(problems).toHaveLength(2);
    for (const line of problems) expect(line).toMatch(/\(a rubric gives all three weights, each from 0 to 1, e\.g\. rubric: \{ empathy: 0\.4, positivity: 0\.3, followThrough: 0\.3 \}\)$/u);
  });

  it('rubric weights written as percentages are told the number to write', () => {
    const text = valid.replace('start: opening', 'rubric: { empathy: 40, positivity: "30%", followThrough: 0.3 }\nstart: opening');
    expect(lines(text)).toEqual([
      'v.yaml:6:20: "rubric.empathy" should be at most 1, found 40 (weights go from 0 to 1: write empathy: 0.4)',
      'v.yaml:6:36: "rubric.positivity" should be a number, found the text "30%" (weights go from 0 to 1: write positivity: 0.3)',
    ]);
  });

  it.each([
    ['=>60', '>=60'],
    ['60+', '>=60'],
    ['≥ 60', '>=60'],
    ['at least 60', '>=60'],
    ['=<40', '<=40'],
    ['below 40', '<40'],
    ['=3', '==3'],
  ])('a comparison written %j is told to write %j', (written, fixed) => {
    expect(changed('{ when: { intent: question }, mood', `{ when: { empathy: "${written}" }, mood`)).toEqual([
      `v.yaml:12:28: "when.empathy" in branch 1 of state "opening" should be a comparison such as ">=60", "<40" or "==3", found the text "${written}" (write empathy: "${fixed}")`,
    ]);
  });

  it('a line of "say" with ": " in it is one error that says to quote it (it was "missing field text" and "unknown key")', () => {
    expect(changed('say: Hello', 'say:\n      - Update: your parcel is at the depot.\n      - { txt: Hello }')).toEqual([
      'v.yaml:10:9: line 1 of "say" in state "opening" reads as a mapping, not text: it has ": " in it (text with ": " in it must be in quotes: "Update: your parcel is at the depot.")',
      'v.yaml:11:11: unknown key "txt" in line 2 of "say" in state "opening" (did you mean "text"?)',
    ]);
  });

  it('a word for an intent gets the intent it stands for; words with commas make a list of them; a mood change with a word gets its number', () => {
    expect(changed('{ when: { intent: question }, mood', '{ when: { intent: [thanks, empathy, questions] }, mood')).toEqual([
      'v.yaml:12:28: unknown intent "thanks" (did you mean "gratitude"?)',
      'v.yaml:12:36: unknown intent "empathy" (did you mean "empathy-statement"?)',
      'v.yaml:12:45: unknown intent "questions" (did you mean "question"?)',
    ]);
    expect(changed('persona: { name: Ari, mood: 50, situation: "Test." }', 'persona: { name: Ari, mood: 50, situation: "Test.", traits: "busy, polite" }')[0]).toMatch(
      /\(make it a list: traits: \[busy, polite\], or one "- item" per line below the key\)$/u,
    );
    expect(changed('mood: -5, say', 'mood: -5 points, say')).toEqual([
      'v.yaml:10:33: "after.mood" in state "opening" should be a change of mood such as +10 or -15, found the text "-5 points" (write mood: -5)',
    ]);
  });

  it('a test reply or a keyword with ": " in it says to quote it', () => {
    const text = `${valid}tests:\n  - name: t\n    replies:\n      - Update: your parcel is held at the depot.\n    expect: { ending: resolved }\n`;
    expect(lines(text)).toEqual(['v.yaml:18:9: reply 1 of test 1 should be text, found a mapping (text with ": " in it must be in quotes: "Update: your parcel is held at the depot.")']);
    expect(changed('{ when: { intent: question }, mood', '{ when: { keywords: [Note: refund] }, mood')).toEqual([
      'v.yaml:12:30: keyword 1 of "when" in branch 1 of state "opening" should be text, found a mapping (text with ": " in it must be in quotes: "Note: refund")',
    ]);
  });
});
