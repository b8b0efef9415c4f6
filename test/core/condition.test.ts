import { describe, expect, it } from 'vitest';
import { compare, evaluateCondition } from '../../src/core/scenario/condition.js';
import type { ConditionFacts } from '../../src/core/scenario/condition.js';
import type { Condition } from '../../src/core/scenario/schema.js';
import { fakeAnalysis } from '../helpers/analysis.js';

describe('compare', () => {
  it.each([
    [60, '>=60', true],
    [59, '>=60', false],
    [40, '<40', false],
    [39, '<40', true],
    [3, '==3', true],
    [3, '!=3', false],
    [10, 10, true],
    [9, 10, false],
    [50, '50', true],
    [50, '> 49.5', true],
    [50, '<=50', true],
    [51, '<=50', false],
  ] as const)('%d vs %s → %s', (actual, comparison, expected) => {
    expect(compare(actual, comparison)).toBe(expected);
  });
});

const facts = (overrides: Partial<ConditionFacts> = {}): ConditionFacts => ({
  analysis: fakeAnalysis({ intents: ['apology', 'question'], scores: { empathy: 70, positivity: 40, followThrough: 20 }, words: 'I will refund the charges today', specific: true }),
  mood: 30,
  turn: 2,
  flags: { apologised: true },
  openPromise: false,
  ...overrides,
});

describe('evaluateCondition', () => {
  const cases: [string, Condition, boolean][] = [
    ['empty condition holds', {}, true],
    ['intent present', { intent: 'apology' }, true],
    ['intent absent', { intent: 'blame' }, false],
    ['any of a list of intents', { intent: ['blame', 'question'] }, true],
    ['notIntent absent', { notIntent: 'blame' }, true],
    ['notIntent present', { notIntent: ['blame', 'apology'] }, false],
    ['skill threshold met', { empathy: '>=60' }, true],
    ['skill threshold missed', { positivity: '>=60' }, false],
    ['bare number means at least', { followThrough: 20 }, true],
    ['keyword matches after stemming (refund → refunds)', { keywords: ['refunds'] }, true],
    ['keyword charge matches charges', { keywords: ['charge'] }, true],
    ['multi-word keyword needs every word', { keywords: ['refund tomorrow'] }, false],
    ['multi-word keyword present', { keywords: ['refund today'] }, true],
    ['keyword absent', { keywords: ['voucher', 'discount'] }, false],
    ['mood comparison', { mood: '<40' }, true],
    ['mood comparison fails', { mood: '>=40' }, false],
    ['turn comparison', { turn: '==2' }, true],
    ['flag set', { flag: 'apologised' }, true],
    ['flag not set', { flag: ['apologised', 'other'] }, false],
    ['notFlag', { notFlag: 'other' }, true],
    ['notFlag on a set flag', { notFlag: 'apologised' }, false],
    ['specific commitment', { specific: true }, true],
    ['specific: false when there is one', { specific: false }, false],
    ['openPromise false', { openPromise: false }, true],
    ['openPromise true when none', { openPromise: true }, false],
    ['any: one holds', { any: [{ intent: 'blame' }, { mood: '<40' }] }, true],
    ['any: none holds', { any: [{ intent: 'blame' }, { mood: '>90' }] }, false],
    ['all: every one holds', { all: [{ intent: 'apology' }, { empathy: 60 }] }, true],
    ['all: one fails', { all: [{ intent: 'apology' }, { empathy: 90 }] }, false],
    ['not', { not: { intent: 'blame' } }, true],
    ['not of a holding condition', { not: { intent: 'apology' } }, false],
    ['every key must hold', { intent: 'apology', positivity: '>=60' }, false],
  ];
  it.each(cases)('%s', (_name, condition, expected) => {
    expect(evaluateCondition(condition, facts())).toBe(expected);
  });

  it('a keyword said only after a negation in its clause does not count; one that holds the negation does', async () => {
    const { analyze } = await import('../../src/core/analyze.js');
    const on = (reply: string, keywords: string[]) => evaluateCondition({ keywords }, facts({ analysis: analyze(reply) }));
    expect(on("I can't waive the month.", ['waive'])).toBe(false);
    expect(on("I won't pretend I can waive the month.", ['free month', 'waive'])).toBe(false);
    expect(on("I can't promise a date, but I'll waive the month.", ['waive'])).toBe(true);
    expect(on("I'll waive this month, no problem.", ['waive'])).toBe(true);
    // Negated once and said once: it is said.
    expect(on("I can't refund the fee, but I can refund the delivery.", ['refund'])).toBe(true);
    // The keyword is about the negation itself.
    expect(on("Honestly, you don't need the warranty.", ["don't need"])).toBe(true);
    expect(on('There is no charge for that.', ['no charge'])).toBe(true);
  });

  it('specific: false holds when the only commitment is vague', () => {
    expect(evaluateCondition({ specific: false }, facts({ analysis: fakeAnalysis({ specific: false }) }))).toBe(true);
    expect(evaluateCondition({ specific: true }, facts({ analysis: fakeAnalysis({ specific: false }) }))).toBe(false);
  });
});
