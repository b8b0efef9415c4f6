/**
 * Follow-through as a customer-service trainer reads it (from the CSR
 * trainer's audit): promises written the way people really type them, "get
 * back to you" with and without a time, who owns a promise, what is done and
 * what is not, over-promising and bending the rules, and tips that read as
 * grammatical sentences. Pairs: the better reply must score at least
 * `margin` points higher on follow-through.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import type { Analysis } from '../../src/core/types.js';

const OUTAGE = 'My internet has been dropping out all week and I work from home.';
const PARCEL = 'My parcel is five days late and nobody has told me anything.';

interface Pair {
  why: string;
  customer?: string;
  better: string;
  worse: string;
  margin: number;
}

const ft = (reply: string, customer?: string): number => analyze(reply, customer ? { customer } : {}).scores.followThrough;
const rules = (a: Analysis): string[] => a.evidence.filter((e) => e.points !== 0).map((e) => e.rule);
const tip = (a: Analysis, rule: string): string | undefined => a.tips.find((t) => t.rule === rule)?.rewrite;

const PAIRS: Pair[] = [
  // Finding 4: the subject left out, chat spelling.
  { why: '"…and will call you at 9" keeps its promise (the subject carried over "and")', customer: OUTAGE, better: "I've booked an engineer and will call you tomorrow at 9 to confirm the slot.", worse: "I've booked an engineer.", margin: 30 },
  { why: 'a sentence-initial "Will call you back at 4" is the writer\'s promise', better: 'Will call you back at 4 with an update.', worse: 'Thanks for waiting.', margin: 30 },
  { why: 'chat-style "Ive … Ill text you at 4" reads like the written-out form', customer: PARCEL, better: 'Im really sorry. Ive chased the courier and Ill text you at 4.', worse: 'Im really sorry.', margin: 30 },
  { why: '"ill refund it today" is "I\'ll refund it today"', better: 'i apologise for the double charge, ill refund it today', worse: 'i apologise for the double charge', margin: 25 },
  { why: '"…now, will msg u in 20 mins" promises a message with a time', customer: PARCEL, better: 'sorry bout that, chasing the courier now, will msg u in 20 mins', worse: 'sorry bout that', margin: 30 },
  { why: 'escalating "and will call you back within 20 minutes" is a timed promise', customer: OUTAGE, better: "You're absolutely right, that's not good enough. I'm escalating this to our on-call lead now and will call you back within 20 minutes.", worse: "You're absolutely right, that's not good enough.", margin: 30 },
  { why: '"Refunding now." reports work under way', better: 'Sorry!! Refunding now.', worse: 'Sorry!!', margin: 8 },
];

describe('follow-through pairs from the CSR audit', () => {
  it.each(PAIRS.map((p) => [p.why, p] as const))('%s', (_why, p) => {
    expect(ft(p.better, p.customer) - ft(p.worse, p.customer)).toBeGreaterThanOrEqual(p.margin);
  });
});

describe('promises without a written subject', () => {
  it.each([
    ["I've booked an engineer and will call you tomorrow at 9 to confirm the slot.", 'I', 'tomorrow at 9', 'call you'],
    ['Will call you back at 4 with an update.', 'I', 'at 4', 'call you'],
    ['so sorry about that!! ill chase the courier now and msg u back in 20 mins', 'I', 'now', 'msg u'],
    ['We have checked the line and will ring you at 10.', 'we', 'at 10', 'ring you'],
  ])('%s → a specific promise', (reply, who, when, channel) => {
    const c = analyze(reply).commitments[0];
    expect(c).toMatchObject({ who, when, channel, specific: true });
  });

  // Each promise next to a look-alike that is not one, so the reading is not simply "more promises".
  it.each([
    ["I've refunded it and will email you the receipt.", 'The courier has it and will deliver it by 5.'],
    ['Will call you back at 4 with an update.', 'Will you call me back?'],
    ['Checked the line, will sort it by 5.', 'It will be fixed soon.'],
    ['ill sort it now', "I've been ill all week."],
    ['ill text you at 4', 'My mum is ill and I feel ill too.'],
  ])('%s is a promise; %s is not', (promise, notPromise) => {
    expect(analyze(promise).intents).toContain('commitment');
    expect(analyze(notPromise).intents).not.toContain('commitment');
  });

  it('"ill" before an action is "I\'ll"; as the adjective it stays a word of its own', () => {
    expect(analyze('ill refund it today').commitments[0]).toMatchObject({ who: 'I', when: 'today' });
    expect(analyze('My mum is ill.').evidence.map((e) => e.text)).toContain('ill');
  });

  it('the tip puts the left-out subject back', () => {
    expect(tip(analyze('thx for ur patience, pls send ur order no and ill sort it'), 'followThrough.unspecific-commitment')).toBe('I’ll sort it by 3 pm today, and I’ll email you as soon as it’s done.');
    expect(tip(analyze('I have checked the line and will sort it.'), 'followThrough.unspecific-commitment')).toBe('I’ll sort it by 3 pm today, and I’ll email you as soon as it’s done.');
  });
});

void rules;
