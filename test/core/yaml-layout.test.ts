import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem.js';
import { loadScenarioText } from '../../src/core/scenario/load.js';
import { starterScenario } from '../../src/core/scenario/starter.js';

// The mistakes a trainer makes while editing the file `rapport new` writes.
const starter = starterScenario({ id: 'late-parcel', category: 'irate-customer', schema: '../schema/scenario.schema.json' });

/** The starter with one text replaced (it must be there, once), and the problems it gets. */
function broken(from: string, to: string, text = starter): string[] {
  expect(text.split(from)).toHaveLength(2);
  return loadScenarioText(text.replace(from, to), 'late-parcel.yaml').problems.map(formatProblem);
}

/** 1-based line of the first line of `text` that contains `needle`. */
function lineOf(needle: string, text = starter): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  expect(index).not.toBe(-1);
  return index + 1;
}

describe('a line indented wrongly is reported at that line, with the column it belongs in', () => {
  it('a key one space short of the keys beside it (it was "Sequence item without - indicator" at column 1)', () => {
    const at = lineOf('        goto: upset');
    expect(broken('        goto: upset\n', '       goto: upset\n')).toEqual([
      `late-parcel.yaml:${at}:8: this line starts in column 8, which lines it up with none of the lines above it (start "goto:" in column 9, like "mood:" on line ${at - 1}: lines at the same level start in the same column)`,
    ]);
  });

  it('a key one space further in than the key above it (it was reported on the line above, as "text with \': \'")', () => {
    const at = lineOf('        goto: upset');
    expect(broken('        goto: upset\n', '          goto: upset\n')).toEqual([
      `late-parcel.yaml:${at}:11: this line is indented further than "mood:" on line ${at - 1}, so it reads as more of that line's text (start it in column 9, like "mood:"; or, if "mood:" is the line out of place, indent it like the lines around it)`,
    ]);
  });

  it('a list item one space in or out of line with the items above it', () => {
    const at = lineOf('      - otherwise: true');
    const item = lineOf('      - when: { intent: [apology, empathy-statement, reflection] }');
    for (const spaces of ['     ', '       ']) {
      const problems = broken('      - otherwise: true\n        mood: -5', `${spaces}- otherwise: true\n        mood: -5`);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^late-parcel\\.yaml:${at}:${spaces.length + 1}: `, 'u'));
      expect(problems[0]).toContain(`start "- otherwise:" in column 7, like "- when:" on line ${item}`);
    }
  });

  it('a list item in the column of the keys above it', () => {
    const at = lineOf('      - otherwise: true');
    expect(broken('      - otherwise: true\n        mood: -5', '        - otherwise: true\n        mood: -5')).toEqual([
      `late-parcel.yaml:${at}:9: this list item starts in the column of "note:" on line ${at - 1}, where keys go, not "- " items (start "- otherwise:" in column 7, like "- when:" on line ${lineOf('      - when: { intent: [apology, empathy-statement, reflection] }')}: lines at the same level start in the same column)`,
    ]);
  });

  it('a key in the column of the "-" of the list items above it goes back to the key before the list', () => {
    const at = lineOf('    after: { seconds: 45');
    const text = starter.replace(/\n {4}# Silence costs mood[^\n]*/u, '');
    expect(broken('    after: { seconds: 45', '      after: { seconds: 45', text)).toEqual([
      `late-parcel.yaml:${at - 1}:7: this line starts in the column of the "-" of the list item on line ${at - 2}, but it is not a list item (start "after:" in column 5, like "say:" on line ${lineOf('    say:')}: lines at the same level start in the same column)`,
    ]);
  });

  it('the first line of a mapping out of place: the hint offers moving either line', () => {
    const at = lineOf('    after: { seconds: 45');
    const problems = broken('\n    say:\n      - { text: "Hi.', '\n   say:\n      - { text: "Hi.');
    expect(problems).toEqual([
      `late-parcel.yaml:${at}:5: this line starts in column 5, which lines it up with none of the lines above it (start "after:" in column 4, like "say:" on line ${lineOf('    say:')}; or, if "say:" is the line out of place, start it in column 5: lines at the same level start in the same column)`,
    ]);
  });

  it('a state one space out names both columns it falls between', () => {
    const at = lineOf('  upset:');
    expect(broken('\n  upset:\n', '\n upset:\n')).toEqual([
      `late-parcel.yaml:${at}:2: this line starts in column 2, which lines it up with none of the lines above it: "listening:" on line ${lineOf('  listening:')} starts in column 3, "states:" on line ${lineOf('states:')} starts in column 1 (lines at the same level start in the same column: move "upset:" to the column of the lines it belongs with, or move the line that is out of place)`,
    ]);
  });

  it('a state indented like the keys of the state above says which key has nothing under it (it was "Map keys must be unique")', () => {
    const text = starter.replace('  upset:\n    say:', '    upset:\n    say:');
    const problems = loadScenarioText(text, 'late-parcel.yaml').problems.map(formatProblem);
    expect(problems).toEqual([
      `late-parcel.yaml:${lineOf('upset:') + 1}:5: the key "say" appears twice in the same mapping (first on line ${lineOf('    say: "Thanks. I just need')}) ("upset:" on line ${lineOf('upset:')} has nothing under it, so the lines below it are read as more keys of the mapping around it: indent them further than "upset:"; or, if "upset:" is indented too far, line it up with the keys it belongs with)`,
    ]);
  });

  it('a line of a block of text left of the lines before it', () => {
    const at = lineOf('    is, what happened');
    expect(broken('\n    is, what happened', '\n   is, what happened')).toEqual([
      `late-parcel.yaml:${at}:4: this line of the text of "situation:" (line ${at - 2}) starts in column 4, left of the line before it (start every line of the text in the same column: line ${at - 1}, its first line, starts in column 5)`,
    ]);
  });

  it('Windows line ends change nothing', () => {
    const at = lineOf('        goto: upset');
    expect(broken('        goto: upset\n', '       goto: upset\n', starter).map((p) => p.slice(0, 40))).toEqual(
      loadScenarioText(starter.replace('        goto: upset\n', '       goto: upset\n').replace(/\n/gu, '\r\n'), 'late-parcel.yaml').problems.map((p) => formatProblem(p).slice(0, 40)),
    );
    expect(broken('        goto: upset\n', '       goto: upset\n')[0]).toMatch(new RegExp(`^late-parcel\\.yaml:${at}:8: `, 'u'));
  });

  it('valid files are never blamed: every built-in scenario and the starter load without problems', () => {
    for (const file of readdirSync('scenarios').filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'))) {
      expect(loadScenarioText(readFileSync(`scenarios/${file}`, 'utf8'), file).problems).toEqual([]);
    }
    expect(loadScenarioText(starter, 'late-parcel.yaml').problems).toEqual([]);
  });
});

describe('text YAML reads as something else says to quote it, with the line written that way', () => {
  it('an unquoted "Tip: …" in a block value', () => {
    const at = lineOf('summary: You acknowledged the frustration');
    expect(broken('summary: You acknowledged the frustration', 'summary: Tip: you acknowledged the frustration')).toEqual([
      `late-parcel.yaml:${at}:14: text with ": " in it reads as a new key here (put the whole text in quotes: summary: "Tip: you acknowledged the frustration and made a promise the customer can check.")`,
    ]);
  });

  it('an unquoted "Tip: …" inside { … } (it was "Block collections are not allowed within flow collections")', () => {
    const at = lineOf('note: handing over to a manager');
    const problems = broken('note: handing over to a manager', 'note: Tip: hand over to a manager');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^late-parcel\\.yaml:${at}:\\d+: text with ": " in it reads as a new key here \\(put the whole text in quotes: note: "Tip: hand over to a manager"\\)$`, 'u'));
  });

  it('a mood condition with ">" and no quotes, inside { … } and on its own line (they were "Plain value cannot start with block scalar indicator >" and "Block scalar header includes extra characters")', () => {
    const inline = broken('mood: ">=30" }', 'mood: >=30 }');
    expect(inline).toHaveLength(1);
    expect(inline[0]).toMatch(/^late-parcel\.yaml:\d+:\d+: ">=30" must be in quotes: a value that starts with ">" begins a block of text \(write mood: ">=30"\)$/u);
    const own = broken('      - when: { specific: true }\n', '      - when:\n          specific: true\n          mood: >=40\n');
    expect(own).toEqual([`late-parcel.yaml:${lineOf('      - when: { specific: true }') + 2}:17: ">=40" must be in quotes: a value that starts with ">" begins a block of text (write mood: ">=40")`]);
  });

  it('a "- " list on the line of its key, and a value starting with "%" (they were "Unexpected block-seq-ind on same line with key" and "directive indicator character")', () => {
    const at = lineOf('  traits: [busy, fair-minded]');
    expect(broken('  traits: [busy, fair-minded]', '  traits: - busy')).toEqual([
      `late-parcel.yaml:${at}:11: a "- " list cannot start on the same line as its key (put each item on a line of its own below "traits:", indented and starting with "- ", or write the list on one line in brackets: [a, b])`,
    ]);
    expect(broken('title: Late parcel', 'title: %late')).toEqual([`late-parcel.yaml:${lineOf('title: Late parcel')}:8: "%late" must be in quotes: a value cannot start with "%" (write title: "%late")`]);
  });

  it('"<40" needs no quotes, and is read as the comparison it is', () => {
    expect(broken('mood: "<30" }', 'mood: <30 }')).toEqual([]);
  });
});
