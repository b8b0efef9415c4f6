import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { formatProblem } from '../../src/core/problem.js';
import { implies, unsatisfiable } from '../../src/core/scenario/constraint.js';
import type { Condition } from '../../src/core/scenario/schema.js';
import { validateScenarioText } from '../../src/core/scenario/validate.js';
import { ENDINGS, problemsOf, scenarioText } from './helpers.js';

const D = { maxTurns: 8 };

describe('implies(later, earlier): a later branch never fires when an earlier one always matches first', () => {
  const table: [Condition | undefined, Condition | undefined, boolean][] = [
    [{ intent: 'apology' }, { intent: 'apology' }, true],
    [{ intent: 'apology', empathy: '>=70' }, { intent: ['apology', 'reflection'] }, true],
    [{ intent: ['apology', 'reflection'] }, { intent: 'apology' }, false],
    [{ empathy: '>=70' }, { empathy: '>=60' }, true],
    [{ empathy: '>=60' }, { empathy: '>=70' }, false],
    [{ empathy: '>60' }, { empathy: '>=61' }, true],
    [{ mood: '<20' }, { mood: '<=30' }, true],
    [{ mood: '==20' }, { mood: '!=20' }, false],
    [{ mood: '==25' }, { mood: '!=20' }, true],
    [{ specific: true, keywords: ['refund'] }, { specific: true }, true],
    [{ specific: true }, { specific: true, keywords: ['refund'] }, false],
    [{ keywords: ['money back'] }, { keywords: ['money', 'refund'] }, true],
    [{ keywords: ['refund'] }, { keywords: ['money back'] }, false],
    [{ flag: ['a', 'b'] }, { flag: 'a' }, true],
    [{ notIntent: ['blame', 'sarcasm'] }, { notIntent: 'blame' }, true],
    [{ intent: 'apology' }, {}, true],
    [{ intent: 'apology' }, undefined, true],
    [{ any: [{ intent: 'apology' }, { intent: 'reflection' }] }, { intent: ['apology', 'reflection', 'question'] }, true],
    [{ intent: 'apology' }, { any: [{ intent: 'apology' }, { empathy: '>=90' }] }, true],
    [{ all: [{ intent: 'apology' }, { empathy: '>=60' }] }, { empathy: '>=50' }, true],
    [{ not: { intent: 'blame' } }, { notIntent: 'blame' }, true],
    [{ turn: '>=3' }, { turn: '>=2' }, true],
    // Undecidable shapes are never claimed.
    [{ not: { any: [{ intent: 'blame' }, { empathy: '<10' }] } }, { notIntent: 'blame' }, false],
  ];
  it.each(table)('%j after %j → %s', (later, earlier, expected) => {
    expect(implies(later, earlier, D)).toBe(expected);
  });
});

describe('unsatisfiable: conditions that can never hold', () => {
  const table: [Condition, RegExp | undefined][] = [
    [{ empathy: '>=60', all: [{ empathy: '<40' }] }, /no empathy value from 0 to 100/],
    [{ empathy: '>100' }, /no empathy value/],
    [{ mood: '==2.5' }, /no mood value/],
    [{ intent: 'apology', notIntent: 'apology' }, /requires intent "apology" and also excludes it/],
    [{ flag: 'x', notFlag: 'x' }, /flag "x" to be both set and not set/],
    [{ turn: '>8' }, /no turn number from 1 to 8/],
    [{ specific: true, all: [{ specific: false }] }, /both true and false/],
    [{ any: [{ empathy: '>100' }, { positivity: '>100' }] }, /no empathy value/],
    [{ any: [{ empathy: '>100' }, { positivity: '>=50' }] }, undefined],
    [{ intent: ['apology', 'blame'], notIntent: 'blame' }, undefined],
    [{ mood: '!=50' }, undefined],
  ];
  it.each(table)('%j', (condition, reason) => {
    const found = unsatisfiable(condition, D);
    if (reason) expect(found).toMatch(reason);
    else expect(found).toBeUndefined();
  });
});

describe('validate: graph analysis of each defect kind, located, with a fix', () => {
  it('a branch after "otherwise" never fires (loader check)', () => {
    const text = scenarioText(`  opening:
    on:
      - { otherwise: true, goto: lost }
      - { when: { intent: apology }, goto: resolved }
${ENDINGS}`);
    expect(problemsOf(text)).toEqual([
      'x.yaml:12:9: warning: branch 2 of state "opening" never fires: branch 1 ("otherwise") always matches first (move the "otherwise" branch last)',
      'x.yaml:13:3: warning: ending "resolved" (resolved) is never reached: every branch leading to it never fires (fix branch 2 of state "opening" (see the warning about it), or remove it)',
    ]);
  });

  it('an identical condition, an empty condition and a subsumed condition are each reported', () => {
    const text = scenarioText(`  opening:
    on:
      - { when: { intent: apology }, goto: resolved }
      - { when: { intent: apology }, goto: lost }
      - { when: { empathy: ">=60" }, goto: resolved }
      - { when: { empathy: ">=75", intent: question }, goto: lost }
      - { when: {}, goto: resolved }
      - { when: { intent: blame }, goto: lost }
      - { otherwise: true, goto: lost }
${ENDINGS}`);
    expect(problemsOf(text)).toEqual([
      'x.yaml:12:11: warning: branch 2 of state "opening" never fires: branch 1 has the same condition and always matches first (move this branch above the earlier one (put stricter conditions first), or remove it)',
      'x.yaml:14:11: warning: branch 4 of state "opening" never fires: whenever it holds, branch 3 (when: {empathy: ">=60"}) holds too and matches first (move this branch above the earlier one (put stricter conditions first), or remove it)',
      'x.yaml:16:11: warning: branch 6 of state "opening" never fires: branch 5 has an empty condition, which always matches first (move this branch above the earlier one (put stricter conditions first), or remove it)',
      'x.yaml:17:9: warning: branch 7 of state "opening" never fires: branch 5 has an empty condition, which always matches first (move this branch above the earlier one (put stricter conditions first), or remove it)',
      'x.yaml:19:3: warning: ending "lost" (lost) is never reached: every branch leading to it never fires (fix branches 2, 4, 6 and 7 of state "opening" (see the warnings about them), or remove it)',
    ]);
  });

  it('stricter branches first is fine: no false alarm', () => {
    const text = scenarioText(`  opening:
    on:
      - { when: { specific: true, keywords: [refund] }, goto: resolved }
      - { when: { specific: true }, goto: resolved }
      - { when: { empathy: ">=75" }, goto: resolved }
      - { when: { empathy: ">=60" }, goto: resolved }
      - { when: { intent: [apology, reflection] }, mood: +5, goto: opening }
      - { otherwise: true, goto: lost }
${ENDINGS}`);
    expect(problemsOf(text)).toEqual([]);
  });

  it('a condition that can never hold is an error', () => {
    const text = scenarioText(`  opening:
    on:
      - { when: { empathy: ">=60", all: [{ empathy: "<40" }] }, goto: resolved }
      - { when: { intent: apology }, goto: resolved }
      - { otherwise: true, goto: lost }
${ENDINGS}`);
    expect(problemsOf(text)).toEqual([
      'x.yaml:11:11: error: branch 1 of state "opening" never fires: its condition can never hold: no empathy value from 0 to 100 satisfies its "empathy" comparisons (fix the comparison so some reply can meet it, or remove the branch)',
    ]);
  });

  it('a branch waiting on a flag nobody sets, and the state only it leads to', () => {
    const text = scenarioText(`  opening:
    on:
      - { when: { flag: calmed }, goto: bonus }
      - { when: { intent: apology }, goto: resolved }
      - { otherwise: true, goto: lost }
  bonus:
    say: "Oh, nice."
    on: [{ otherwise: true, goto: resolved }]
${ENDINGS}`);
    expect(problemsOf(text)).toEqual([
      'x.yaml:11:11: warning: branch 1 of state "opening" never fires: it needs flag "calmed", which no branch or timer ever sets (set it on the branch that should unlock this one (set: { calmed: true }), or fix its name)',
      'x.yaml:14:3: warning: state "bonus" is never reached: every branch leading to it never fires (fix branch 1 of state "opening" (see the warning about it), or remove it)',
    ]);
  });

  it('an ending only a dead branch leads to is reported as an ending never reached', () => {
    const text = scenarioText(`  opening:
    on:
      - { when: { intent: apology }, goto: resolved }
      - { when: { intent: apology, empathy: ">=80" }, goto: escalated }
      - { otherwise: true, goto: lost }
  escalated: { end: escalated }
${ENDINGS}`);
    expect(problemsOf(text)).toContain('x.yaml:14:3: warning: ending "escalated" (escalated) is never reached: every branch leading to it never fires (fix branch 2 of state "opening" (see the warning about it), or remove it)');
  });

  it('a state only an impossible branch leads to points at that branch\'s error, not at warnings', () => {
    const text = scenarioText(`  opening:
    on:
      - { when: { empathy: ">=60", all: [{ empathy: "<40" }] }, goto: bonus }
      - { when: { intent: apology }, goto: resolved }
      - { otherwise: true, goto: lost }
  bonus:
    say: "Oh, nice."
    on: [{ otherwise: true, goto: resolved }]
${ENDINGS}`);
    const found = problemsOf(text);
    expect(found).toContain('x.yaml:14:3: warning: state "bonus" is never reached: every branch leading to it never fires (fix branch 1 of state "opening" (see the error about it), or remove it)');
    expect(found.some((p) => p.startsWith('x.yaml:11:11: error: branch 1 of state "opening" never fires'))).toBe(true);
    expect(found.join('\n')).not.toContain('see the warnings');
  });

  it('a state reached only from a state that is never reached says so, instead of "every branch leading to it never fires"', () => {
    const text = scenarioText(`  opening:
    on:
      - { when: { flag: calmed }, goto: bonus }
      - { when: { intent: apology }, goto: resolved }
      - { otherwise: true, goto: lost }
  bonus:
    say: "Oh, nice."
    on: [{ otherwise: true, goto: extra }]
  extra:
    say: "And more."
    on: [{ otherwise: true, goto: resolved }]
${ENDINGS}`);
    expect(problemsOf(text)).toContain('x.yaml:17:3: warning: state "extra" is never reached: only state "bonus", which is never reached, leads to it (fix the way to "bonus" (see the warning about it), or remove it)');
  });

  it('a state whose way to an ending never fires, and a start with no live way to any ending', () => {
    const text = scenarioText(`  opening:
    on:
      - { otherwise: true, goto: middle }
  middle:
    on:
      - { when: { turn: ">20" }, goto: resolved }
      - { otherwise: true, goto: middle }
${ENDINGS}`);
    const problems = problemsOf(text);
    expect(problems).toContain(
      'x.yaml:7:1: error: no ending can be reached from the start state "opening" through branches that can fire (add a branch that leads towards a state with "end: …", or fix the branches reported above)',
    );
    expect(problems).toContain(
      'x.yaml:14:11: error: branch 1 of state "middle" never fires: its condition can never hold: no turn number from 1 to 8 (maxTurns) satisfies its "turn" comparisons (fix the comparison so some reply can meet it, or remove the branch)',
    );
  });

  it('a reachable state stuck away from every ending (while the start can still end) is a warning', () => {
    const text = scenarioText(`  opening:
    on:
      - { when: { intent: blame }, goto: loop }
      - { otherwise: true, goto: resolved }
  loop:
    on:
      - { when: { intent: apology, notIntent: apology }, goto: resolved }
      - { otherwise: true, goto: loop }
${ENDINGS}`);
    expect(problemsOf(text)).toContain('x.yaml:13:3: warning: no ending can be reached from state "loop": the branches that lead on never fire (fix those branches, or add one that leads towards an ending)');
  });

  it('goals nobody can meet: an impossible condition, a flag never set', () => {
    const text = scenarioText(
      `  opening:
    on:
      - { when: { intent: apology }, set: { apologised: true }, goto: resolved }
      - { otherwise: true, goto: lost }
${ENDINGS}`,
      `goals:
  - { id: fine, when: { flag: apologised } }
  - { id: never, when: { mood: ">100" } }
  - { id: unset, when: { flag: apologized } }
`,
    );
    expect(problemsOf(text)).toEqual([
      'x.yaml:9:18: error: goal "never" can never be met: no mood value from 0 to 100 satisfies its "mood" comparisons (loosen its condition so some reply can meet it)',
      'x.yaml:10:18: error: goal "unset" can never be met: it needs flag "apologized", which no branch or timer ever sets (did you mean "apologised"?)',
    ]);
  });

  it('a misspelt flag name gets a did-you-mean, in a branch, a goal, and a notFlag that therefore always holds', () => {
    const text = scenarioText(
      `  opening:
    after: { seconds: 30, set: { kept-waiting: true } }
    on:
      - { when: { flag: kept-waitng }, goto: lost }
      - { when: { intent: apology, notFlag: kept-waitng }, goto: resolved }
      - { otherwise: true, goto: lost }
${ENDINGS}`,
      `goals:
  - { id: prompt, when: { all: [{ specific: true }, { notFlag: [kept-waiting, kept-waitng] }] } }
`,
    );
    expect(problemsOf(text)).toEqual([
      'x.yaml:8:79: warning: goal "prompt" checks that flag "kept-waitng" is not set, but no branch or timer ever sets it, so the check always holds (did you mean "kept-waiting"?)',
      'x.yaml:14:11: warning: branch 1 of state "opening" never fires: it needs flag "kept-waitng", which no branch or timer ever sets (did you mean "kept-waiting"?)',
      'x.yaml:15:45: warning: branch 2 of state "opening" checks that flag "kept-waitng" is not set, but no branch or timer ever sets it, so the check always holds (did you mean "kept-waiting"?)',
    ]);
  });

  it('a keyword written as a regular expression is a warning ("money|cash" needed both words, silently)', () => {
    const text = scenarioText(
      `  opening:
    on:
      - { when: { keywords: ["money|cash", refund] }, goto: resolved }
      - { when: { any: [{ keywords: ["voucher.*"] }] }, goto: resolved }
      - { otherwise: true, goto: lost }
${ENDINGS}`,
    );
    expect(problemsOf(text)).toEqual([
      'x.yaml:11:30: warning: branch 1 of state "opening" has the keyword "money|cash", which looks like a pattern; keywords are plain words (every word of one must appear), not regular expressions (write the alternatives as separate plain keywords: [money, cash])',
      'x.yaml:12:38: warning: branch 2 of state "opening" has the keyword "voucher.*", which looks like a pattern; keywords are plain words (every word of one must appear), not regular expressions (write plain words instead, e.g. [voucher], and spell out in full every word a ".*" stood for: a keyword matches whole words ("refunds" matches "refund"), not the start of one)',
    ]);
  });

  it('a pattern\'s hint spells out the plain keywords it stands for (it kept the pattern: "[fri(day)?, sat.*]")', () => {
    const hint = (keyword: string) => {
      const text = scenarioText(`  opening:\n    on:\n      - { when: { keywords: [${JSON.stringify(keyword)}] }, goto: resolved }\n      - { otherwise: true, goto: lost }\n${ENDINGS}`);
      const found = problemsOf(text);
      expect(found).toHaveLength(1);
      return /not regular expressions \((.*)\)$/u.exec(found[0]!)![1];
    };
    expect(hint('refund(s|ed)?')).toBe('write the alternatives as separate plain keywords: [refunds, refunded, refund]');
    expect(hint('(money|cash) back')).toBe('write the alternatives as separate plain keywords: [money back, cash back]');
    expect(hint('\\bare you sure\\?')).toBe('write it as plain words: are you sure');
    expect(hint('[Dd]iscount|offer')).toBe('write the alternatives as separate plain keywords: [discount, offer]');
    expect(hint('fri(day)?|sat.*')).toMatch(/^write plain words instead, e\.g\. \[friday, sat, fri\], and spell out in full every word a "\.\*" stood for/u);
    expect(hint('a{2,}')).toBe('write the word or words themselves, one keyword for each alternative: "refunds" already matches "refund"');
  });

  it('a state with branches and no "otherwise" is a warning: a reply none takes gets no answer (the customer just went silent)', () => {
    const text = scenarioText(`  opening:
    on:
      - { when: { intent: apology }, goto: resolved }
      - { when: { intent: blame }, goto: lost }
  waiting:
    on:
      - { when: { intent: apology }, goto: resolved }
      - { when: {}, goto: waiting, say: "Go on." }
${ENDINGS}`);
    expect(problemsOf(text).filter((p) => p.includes('"otherwise"'))).toEqual([
      'x.yaml:10:5: warning: state "opening" has no "otherwise" branch, so a reply that none of its branches takes gets no answer: the customer says nothing and the conversation stays in "opening" (add "- otherwise: true" as its last branch, with a reaction (say: "…") and a goto, even if the goto is back to the same state)',
    ]);
  });

  it('"end: true" written as "end: \\"true\\"" (what quoting it gave) is an error that names the kinds of ending', () => {
    const text = scenarioText(`  opening:
    on:
      - { when: { intent: apology }, goto: done }
      - { otherwise: true, goto: lost }
  done: { end: "true", say: "Thanks." }
  lost: { end: lost }
  stay: { end: "no" }
`);
    expect(problemsOf(text).filter((p) => p.includes(': error: '))).toEqual([
      'x.yaml:13:16: error: state "done" is an ending of the kind "true" (end: "true"): "end" names the kind of ending, not whether this is one (write end: resolved, escalated or lost, or a word of your own such as gave-up; tests and the debrief tell endings apart by it)',
      'x.yaml:15:16: error: state "stay" is an ending of the kind "no" (end: "no"): "end" names the kind of ending, not whether this is one (to keep the conversation going from "stay", remove "end"; to end it here, write end: resolved, escalated or lost)',
    ]);
  });

  it('a category a letter away from a built-in one is a warning with its did-you-mean (the app silently listed it under its own heading)', () => {
    const text = scenarioText(`  opening:
    on:
      - { when: { intent: blame }, goto: lost }
      - { otherwise: true, goto: resolved }
${ENDINGS}`).replace('category: irate-customer', 'category: irate-custmer');
    expect(problemsOf(text)).toEqual([
      'x.yaml:3:11: warning: category "irate-custmer" is not a built-in one, so the app lists this scenario under a heading of its own (did you mean "irate-customer"?)',
    ]);
    expect(problemsOf(text.replace('irate-custmer', 'retention'))).toEqual([]);
  });

  it('a branch back to its own state with no reaction, when the state has one line, is a warning (the customer repeated it word for word)', () => {
    const text = scenarioText(`  opening:
    say: "Where is my parcel?"
    on:
      - { when: { intent: apology }, goto: resolved }
      - { when: { intent: question }, say: "I told you already.", goto: opening }
      - { otherwise: true, goto: opening }
  varied:
    say: ["One way.", "Another way."]
    on:
      - { otherwise: true, goto: varied }
${ENDINGS}`);
    expect(problemsOf(text).filter((line) => line.includes('word for word'))).toEqual([
      'x.yaml:14:34: warning: branch 3 of state "opening" comes back to "opening" with no "say", so the customer repeats "Where is my parcel?" word for word (give the branch a reaction line (say: "…"), or give the state a second line to vary)',
    ]);
  });

  it('a branch back to its own state that always says the same line is a warning (a repeated mistake heard the same sentence three times in a row)', () => {
    const text = scenarioText(`  opening:
    say: "Where is my parcel?"
    on:
      - { when: { intent: apology }, goto: resolved }
      - { when: { intent: question }, say: "I told you already.", goto: opening }
      - { when: { intent: blame }, say: ["Excuse me?", "Excuse me?"], goto: opening }
      - { when: { intent: sarcasm }, say: [{ text: "Very funny.", mood: "<30" }], goto: opening }
      - { when: { intent: refusal }, say: ["Why not?", "You can't, or you won't?"], goto: opening }
      - { when: { intent: dismissal }, say: "Don't brush me off.", goto: upset }
      - { otherwise: true, goto: opening }
  upset:
    say: ["I've had enough.", "Really?"]
    on:
      - { when: { intent: apology, notFlag: asked }, set: { asked: true }, say: "Go on, then.", goto: upset }
      - { when: { intent: question, notFlag: nudged }, set: { nudged: true }, say: "Well?", goto: upset }
      - { when: { intent: greeting }, set: { nudged: false }, goto: resolved }
      - { otherwise: true, goto: lost }
${ENDINGS}`);
    expect(problemsOf(text).filter((line) => line.includes('same line'))).toEqual([
      'x.yaml:13:44: warning: branch 2 of state "opening" loops back to "opening" and always says the same line, so a trainee who repeats the mistake hears "I told you already." every time (give "say" a list of two or three variants (say: ["…", "…"]) so a repeated mistake does not read as a broken record)',
      'x.yaml:14:41: warning: branch 3 of state "opening" loops back to "opening" and always says the same line, so a trainee who repeats the mistake hears "Excuse me?" every time (give "say" a list of two or three variants (say: ["…", "…"]) so a repeated mistake does not read as a broken record)',
      'x.yaml:15:43: warning: branch 4 of state "opening" loops back to "opening" and always says the same line, so a trainee who repeats the mistake hears "Very funny." every time (give "say" a list of two or three variants (say: ["…", "…"]) so a repeated mistake does not read as a broken record)',
      // "nudged" is cleared again, so "Well?" can come round more than once; "asked" never is, so "Go on, then." is said once at most.
      'x.yaml:23:84: warning: branch 2 of state "upset" loops back to "upset" and always says the same line, so a trainee who repeats the mistake hears "Well?" every time (give "say" a list of two or three variants (say: ["…", "…"]) so a repeated mistake does not read as a broken record)',
    ]);
    // Varied, the warnings go: the fix the hint gives is enough.
    const varied = text
      .replace('say: "I told you already."', 'say: ["I told you already.", "Same answer as before."]')
      .replace('say: ["Excuse me?", "Excuse me?"]', 'say: ["Excuse me?", "I beg your pardon?"]')
      .replace('say: [{ text: "Very funny.", mood: "<30" }]', 'say: [{ text: "Very funny.", mood: "<30" }, "Is that meant to help?"]')
      .replace('say: "Well?"', 'say: ["Well?", "Go on."]');
    expect(problemsOf(varied).filter((line) => line.includes('same line'))).toEqual([]);
  });

  it('timers that lead back where they started are a warning (a waiting customer would react for ever); one that ends the call is fine', () => {
    const text = scenarioText(`  opening:
    after: { seconds: 20, say: "Hello?", goto: opening }
    on:
      - { when: { intent: apology }, goto: resolved }
      - { otherwise: true, goto: pinging }
  pinging:
    after: { seconds: 10, goto: ponging }
    on:
      - { otherwise: true, goto: resolved }
  ponging:
    after: { seconds: 15, goto: pinging }
    on:
      - { otherwise: true, goto: lost }
${ENDINGS}`);
    const loops = problemsOf(text).filter((line) => line.includes('go round in a loop'));
    expect(loops).toEqual([
      'x.yaml:10:48: warning: the timers of "opening" → "opening" go round in a loop: a customer left waiting reacts again every 20 s and the conversation never ends (send one of these timers to an ending (goto: walked-out), or leave its goto out so it fires once)',
      'x.yaml:15:33: warning: the timers of "pinging" → "ponging" → "pinging" go round in a loop: a customer left waiting reacts again every 25 s and the conversation never ends (send one of these timers to an ending (goto: walked-out), or leave its goto out so it fires once)',
    ]);
    expect(problemsOf(text.replace('goto: opening }', 'goto: lost }').replace('after: { seconds: 15, goto: pinging }', 'after: { seconds: 15, goto: lost }')).filter((line) => line.includes('loop'))).toEqual([]);
  });

  it('a typo in a target state is reported with "did you mean"', () => {
    const text = scenarioText(`  opening:
    on:
      - { when: { intent: apology }, goto: resolvd }
      - { otherwise: true, goto: lost }
${ENDINGS}`);
    expect(problemsOf(text)).toEqual(['x.yaml:11:44: error: no state "resolvd" in scenario "fixture" (did you mean "resolved"?)']);
  });

  it('a typo in a test expectation (state, ending, goal) is reported with "did you mean"', () => {
    const text = scenarioText(
      `  opening:
    on:
      - { when: { intent: apology }, goto: resolved }
      - { otherwise: true, goto: lost }
${ENDINGS}tests:
  - name: apology resolves
    replies: ["I'm so sorry."]
    expect: { states: [openin, resolved], ending: resolve, goals: [sory] }
`,
      `goals:
  - { id: sorry, when: { intent: apology } }
`,
    );
    expect(problemsOf(text)).toEqual([
      'x.yaml:20:24: error: test "apology resolves" expects state "openin", but scenario "fixture" has no such state (did you mean "opening"?)',
      'x.yaml:20:51: error: test "apology resolves" expects ending "resolve", which no state of "fixture" has (did you mean "resolved"?)',
      'x.yaml:20:68: error: test "apology resolves" names goal "sory", which scenario "fixture" does not have (did you mean "sorry"?)',
    ]);
  });
});

describe('lines with "when": their conditions are checked as branch conditions are, and against the replies that lead to them', () => {
  const text = scenarioText(`  opening:
    say:
      - "Where is my parcel?"
      - { text: "Never.", when: { empathy: ">=60", all: [{ empathy: "<40" }] } }
      - { text: "Waits on a flag.", when: { flag: nobody-sets } }
      - { text: "Misspelt.", when: { keywords: ["refund|money"], notFlag: aksed } }
    after: { seconds: 10, say: [{ text: "Hello? Sorry?", when: { intent: apology } }, "Hello?"] }
    on:
      - { when: { intent: apology }, set: { asked: true }, say: [{ text: "Ok.", when: { notIntent: apology } }, "Fine."], goto: next }
      - { when: { intent: question }, say: [{ text: "Sure.", when: { intent: question } }, { text: "Hm.", when: { empathy: ">=60" } }], goto: next }
      - { otherwise: true, say: ["Well?", "Go on."], goto: opening }
  next:
    say: [{ text: "Good.", when: { notIntent: [apology, question] } }, "Fine."]
    after: { seconds: 10, goto: later }
    on:
      - { when: { intent: blame }, goto: lost }
      - { otherwise: true, goto: resolved }
  later:
    say: [{ text: "Only for a reply.", when: { intent: greeting } }, "Still there?"]
    on:
      - { otherwise: true, goto: resolved }
${ENDINGS}`);

  it('each finding is located at the line\'s "when" (or at the key it is about) and says how to fix it', () => {
    expect(problemsOf(text)).toEqual([
      'x.yaml:12:27: error: line 2 of "say" in state "opening" is never said: its condition can never hold: no empathy value from 0 to 100 satisfies its "empathy" comparisons (fix the comparison so some reply can meet it, or remove the line)',
      'x.yaml:13:37: warning: line 3 of "say" in state "opening" is never said: it needs flag "nobody-sets", which no branch or timer ever sets (set it on a branch (set: { nobody-sets: true }), or fix its name)',
      'x.yaml:14:30: warning: line 4 of "say" in state "opening" is never said: no reply leads to state "opening" (it opens the conversation), and a line with "when" needs one (remove "when": the opening line and the line after a silence have no reply to check)',
      'x.yaml:14:49: warning: line 4 of "say" in state "opening" has the keyword "refund|money", which looks like a pattern; keywords are plain words (every word of one must appear), not regular expressions (write the alternatives as separate plain keywords: [refund, money])',
      'x.yaml:14:75: warning: line 4 of "say" in state "opening" checks that flag "aksed" is not set, but no branch or timer ever sets it, so the check always holds (did you mean "asked"?)',
      'x.yaml:15:58: warning: line 1 of "after.say" in state "opening" is never said: a line with "when" answers a reply, and a silence is none (remove "when", or move the line to the "say" of the branch or state that answers the reply)',
      'x.yaml:17:81: warning: line 1 of "say" in branch 1 of state "opening" is never said: no reply that takes branch 1 can meet its condition as well (loosen the condition, or fix it to fit the branch\'s)',
      'x.yaml:18:39: warning: every line of "say" in branch 2 of state "opening" has a "when", so a reply that meets none of their conditions still gets one of them (add a line without "when" for every other reply)',
      'x.yaml:21:28: warning: line 1 of "say" in state "next" is never said: no reply that leads to state "next" can meet its condition as well as the condition of its branch (loosen the condition, or fix it to fit the branch\'s)',
      'x.yaml:27:40: warning: line 1 of "say" in state "later" is never said: no reply leads to state "later" (only a timer does), and a line with "when" needs one (remove "when": the opening line and the line after a silence have no reply to check)',
    ]);
  });

  it('a line the start state says only when a branch brings the conversation back is fine; with no branch back, it is never said', () => {
    const back = scenarioText(`  opening:
    say: ["Where is my parcel?", { text: "Thanks for asking.", when: { intent: question } }]
    on:
      - { when: { intent: apology }, goto: resolved }
      - { when: { intent: question }, goto: probe }
      - { when: { intent: blame }, goto: lost }
      - { otherwise: true, say: ["Well?", "Go on."], goto: opening }
  probe:
    say: ["What else?", "Go on, then."]
    on:
      - { when: { intent: question }, goto: opening }
      - { otherwise: true, goto: resolved }
${ENDINGS}`);
    expect(problemsOf(back)).toEqual([]);
    // The branch back with a reaction says the reaction, not the state's line.
    expect(problemsOf(back.replace('{ when: { intent: question }, goto: opening }', '{ when: { intent: question }, goto: lost }'))).toEqual([
      'x.yaml:10:64: warning: line 2 of "say" in state "opening" is never said: no reply leads to state "opening" (it opens the conversation), and a line with "when" needs one (remove "when": the opening line and the line after a silence have no reply to check)',
    ]);
  });

  it('a branch back to its own state with no reaction hears the lines whose "when" its replies always meet: one alone is repeated', () => {
    const text = scenarioText(`  opening:
    say: ["Where is my parcel?", "Well?", { text: "Thanks for asking.", when: { intent: question } }]
    on:
      - { when: { intent: apology }, goto: resolved }
      - { when: { intent: question }, goto: opening }
      - { when: { intent: blame }, goto: lost }
      - { otherwise: true, goto: opening }
${ENDINGS}`);
    expect(problemsOf(text)).toEqual([
      'x.yaml:13:45: warning: branch 2 of state "opening" comes back to "opening" with no "say", and at any mood only one of its lines fits ("Thanks for asking."), so the customer repeats it word for word (give the branch a reaction line (say: "…"), or give the state a second line for those moods (a line with "when" answers only the replies that meet it))',
    ]);
    expect(problemsOf(text.replace('{ text: "Thanks for asking."', '{ text: "Good question.", when: { intent: question } }, { text: "Thanks for asking."'))).toEqual([]);
  });
});

describe('a branch back to its own state, in a state whose lines are split by mood', () => {
  const text = scenarioText(`  opening:
    say:
      - { text: "Calm line.", mood: ">=40" }
      - { text: "Angry line.", mood: "<40" }
    on:
      - { when: { intent: apology }, goto: resolved }
      - { when: { intent: blame }, say: [{ text: "Excuse me?", mood: "<30" }, { text: "Pardon?", mood: "<30" }, { text: "Really?", mood: ">=30" }], goto: opening }
      - { when: { intent: profanity }, goto: lost }
      - { otherwise: true, mood: -5, goto: opening }
${ENDINGS}`);

  it('is a warning when only one line fits a band of moods (the customer repeats it until the mood changes)', () => {
    expect(problemsOf(text)).toEqual([
      'x.yaml:15:41: warning: branch 2 of state "opening" loops back to "opening", and at mood 30 and above only one of its lines fits ("Really?"), so a trainee who repeats the mistake hears it every time until the mood changes (give "say" a second line for those moods, so a repeated mistake does not read as a broken record)',
      'x.yaml:17:44: warning: branch 4 of state "opening" comes back to "opening" with no "say", and at every mood only one of its lines fits ("Angry line." at mood below 40, "Calm line." at mood 40 and above), so the customer repeats it word for word until the mood changes (give the branch a reaction line (say: "…"), or give the state a second line for those moods)',
    ]);
  });

  it('two lines for every band of moods, or a line that fits any mood beside them, are enough', () => {
    const fixed = text
      .replace('{ text: "Really?", mood: ">=30" }', '{ text: "Really?", mood: ">=30" }, "Is that so?"')
      .replace('- { text: "Angry line.", mood: "<40" }', '- { text: "Angry line.", mood: "<40" }\n      - { text: "Another angry line.", mood: "<40" }\n      - { text: "Another calm line.", mood: ">=40" }');
    expect(problemsOf(fixed)).toEqual([]);
  });

  it('lines with "when" answer a particular reply: they do not count as a second line', () => {
    const conditional = text.replace('- { text: "Angry line.", mood: "<40" }', '- { text: "Angry line.", mood: "<40" }\n      - { text: "Sorry accepted.", when: { intent: apology } }\n      - { text: "Another calm line.", mood: ">=40" }');
    expect(problemsOf(conditional).filter((line) => line.includes('word for word'))).toEqual([
      'x.yaml:19:44: warning: branch 4 of state "opening" comes back to "opening" with no "say", and at mood below 40 only one of its lines fits ("Angry line."), so the customer repeats it word for word until the mood changes (give the branch a reaction line (say: "…"), or give the state a second line for those moods (a line with "when" answers only the replies that meet it))',
    ]);
  });
});

describe('a test\'s "says" and "notSays" must name words some line of the scenario has', () => {
  it('"says" words no line has is an error (the case can never pass); "notSays" words a warning (it always passes)', () => {
    const text = scenarioText(
      `  opening:
    say: ["Where is my parcel?", "Where\u2019s my parcel, then?"]
    on:
      - { when: { intent: blame }, goto: lost }
      - { otherwise: true, goto: resolved }
${ENDINGS}tests:
  - name: she asks
    replies: ["Hello."]
    expect: { says: ["where is  MY parcel", "where's my parcel", "Thanks."], notSays: ["Bye.", "Good riddance"] }
  - name: a typo
    replies: ["Hello."]
    expect: { says: ["Where is my parcle"] }
`,
    );
    expect(problemsOf(text)).toEqual([
      'x.yaml:19:96: warning: test "she asks" expects the customer not to say "Good riddance", but no line of scenario "fixture" has those words, so the check always passes (copy a few words from the line, as the scenario writes them)',
      'x.yaml:22:22: error: test "a typo" expects the customer to say "Where is my parcle", but no line of scenario "fixture" has those words (copy a few words from the line, as the scenario writes them)',
    ]);
  });
});

describe('a test reply that looks like a command but is not one', () => {
  it('is an error with the /wait it was meant to be ("/wiat 30" would be sent to the customer as a reply)', () => {
    const text = scenarioText(
      `  opening:
    after: { seconds: 30, goto: lost }
    on:
      - { otherwise: true, goto: resolved }
${ENDINGS}tests:
  - name: silence loses her
    replies: ["/wiat 30", "/wait thirty", "/wait 30", "/Wait 30s"]
    expect: { ending: lost }
`,
    );
    expect(problemsOf(text)).toEqual([
      'x.yaml:17:15: error: test "silence loses her", reply 1: "/wiat 30" is not a command, so it would be sent to the customer as a reply (silence is written "/wait <seconds>": did you mean "/wait 30"?)',
      'x.yaml:17:27: error: test "silence loses her", reply 2: "/wait thirty" is not a command, so it would be sent to the customer as a reply (silence is written "/wait <seconds>", e.g. "/wait 30")',
    ]);
  });
});

describe('built-in scenarios come out clean', () => {
  const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'));
  it.each(files)('%s: no errors and no warnings from validate (graph lint and rubric examples included)', (file) => {
    const result = validateScenarioText(readFileSync(`scenarios/${file}`, 'utf8'), `scenarios/${file}`, { analyze });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.scenario).toBeDefined();
  });
});
