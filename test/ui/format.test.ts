import { describe, expect, it } from 'vitest';
import { bar, cellWidth, columnChart, pad, sparkline, stars, truncate, truncateWords, wrappedRows } from '../../src/ui/format.js';
import { condenseSegments, segmentReply } from '../../src/ui/reply-segments.js';
import type { Evidence } from '../../src/core/types.js';

describe('charts', () => {
  it('bar fills in proportion', () => {
    expect(bar(0, 4)).toBe('░░░░');
    expect(bar(50, 4)).toBe('██░░');
    expect(bar(150, 4)).toBe('████');
  });
  it('sparkline maps 0–100 to eight levels', () => expect(sparkline([0, 50, 100])).toBe('▁▅█'));
  it('column chart stacks eighths from the bottom row', () => {
    expect(columnChart([0, 50, 100], 2)).toEqual(['  █', ' ██']);
    expect(columnChart([25], 2)).toEqual([' ', '▄']);
  });
  it('stars show difficulty out of five', () => expect(stars(2)).toBe('★★☆☆☆'));
  it('truncateWords cuts prose at a space near the end, or mid-word when there is none', () => {
    expect(truncateWords('you have been waiting far too long', 20)).toBe('you have been…');
    expect(truncateWords('short', 20)).toBe('short');
    expect(truncateWords('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
  });
  it('pad, truncate and truncateWords count columns, as the terminal does: a wide character takes two', () => {
    expect(pad('abc', 5)).toBe('abc  ');
    expect(pad('李雷', 6)).toBe('李雷  ');
    expect(cellWidth(pad('李雷', 6))).toBe(6);
    expect(truncate('abcdefgh', 5)).toBe('abcd…');
    expect(truncate('李雷李雷李雷', 8)).toBe('李雷李…');
    // No half of a wide character: 李雷李 is six columns, a fourth would make eight with the ellipsis.
    expect(truncate('李雷李雷李雷', 7)).toBe('李雷李…');
    for (let width = 1; width <= 12; width++) expect(cellWidth(truncate('李雷 and 👍 李雷李雷', width))).toBeLessThanOrEqual(width);
    // A family emoji is one character of several code points: never cut inside it.
    expect(truncate('ab👨‍👩‍👧cd', 5)).toBe('ab👨‍👩‍👧…');
    expect(truncateWords('很久很久很久很久', 10)).toBe('很久很久…');
  });
  it('wrappedRows counts rows as Ink wraps: by words, long words cut, line breaks kept', () => {
    expect(wrappedRows('', 10)).toBe(1);
    expect(wrappedRows('aaaa bbbb cccc', 9)).toBe(2);
    expect(wrappedRows('aaaa bbbb', 9)).toBe(1);
    expect(wrappedRows('x'.repeat(25), 10)).toBe(3);
    expect(wrappedRows('one\ntwo', 80)).toBe(2);
  });
});

describe('segmentReply', () => {
  const ev = (start: number, end: number, points: number, skill: Evidence['skill'] = 'empathy'): Evidence => ({
    start,
    end,
    text: '',
    rule: 'r',
    skill,
    points,
    note: '',
  });
  it('splits plain and scored text in order', () => {
    expect(segmentReply('I am sorry but no', [ev(5, 10, 10), ev(11, 17, -8)])).toEqual([
      { text: 'I am ', points: 0 },
      { text: 'sorry', points: 10 },
      { text: ' ', points: 0 },
      { text: 'but no', points: -8 },
    ]);
  });
  it('drops intent-only and overlapping evidence', () => {
    expect(segmentReply('hello there', [ev(0, 5, 0), ev(0, 11, 5), ev(6, 11, -3), ev(0, 5, 4, null)])).toEqual([{ text: 'hello there', points: 5 }]);
  });
});

describe('condenseSegments', () => {
  const len = (list: { text: string }[]) => list.reduce((sum, s) => sum + s.text.length, 0);
  it('cuts plain text over the budget at a space, never inside a word', () => {
    const out = condenseSegments([{ text: 'you have been waiting far too long already and that simply is not good enough', points: 0 }], 60);
    const text = out.map((s) => s.text).join('');
    expect(text).toBe('you have been waiting far too long already and that …');
    expect(text.length).toBeLessThanOrEqual(60);
  });
  it('puts one space before the "…" when the cut falls after plain text ending in a space', () => {
    const segments = [
      { text: "That's our policy", points: -10 },
      { text: ', ', points: 0 },
      { text: 'someone from billing will look at it', points: -12 },
      { text: ' at some point', points: 0 },
    ];
    const text = condenseSegments(segments, 30).map((s) => s.text).join('');
    expect(text).toBe("That's our policy, …");
  });
  it('leaves a reply within the budget as it is', () => {
    const segments = [{ text: 'I am ', points: 0 }, { text: 'sorry', points: 10 }];
    expect(condenseSegments(segments, 100)).toEqual(segments);
  });
  it('keeps scored spans whole and the words beside them, and stays within the budget', () => {
    const filler = 'and this is a long stretch of words that earns nothing at all ';
    const segments = [
      { text: filler.repeat(4), points: 0 },
      { text: "I'm sorry", points: 12 },
      { text: filler.repeat(4), points: 0 },
      { text: 'someone will check', points: -10 },
      { text: filler.repeat(4), points: 0 },
    ];
    const out = condenseSegments(segments, 300);
    expect(len(out)).toBeLessThanOrEqual(300);
    expect(len(out)).toBeLessThan(len(segments));
    expect(out.filter((s) => s.points !== 0)).toEqual([segments[1], segments[3]]);
    expect(out[0]!.text).toMatch(/^… (\w+ )+earns nothing at all $/);
    expect(out.map((s) => s.text).join('')).toContain('…');
  });
  it('cuts a reply with no scored spans at the budget, keeping its start', () => {
    const out = condenseSegments([{ text: 'word '.repeat(400), points: 0 }], 120);
    expect(len(out)).toBeLessThanOrEqual(120);
    expect(out[0]!.text.startsWith('word word')).toBe(true);
    expect(out.at(-1)!.text).toMatch(/…$/);
  });
});
