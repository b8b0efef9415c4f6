/**
 * A trainer's play-through of the six built-in scenarios with a strong, a
 * clumsy and a curt trainee (2026-12 audit of the coaching a trainee sees):
 * each test pins a reading that audit found wrong, on a phrase class rather
 * than on one sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';

const CHARGED = "You took 89.99 from me twice, and the callback I was promised on Monday never happened.";
const NO_SHOW = 'Is this about the engineer who never turned up on Friday?';
const PRICE = 'The same Nimbus X2 is listed for 299 elsewhere. Same model as yours?';

const rules = (reply: string, customer?: string): string[] => analyze(reply, customer ? { customer } : {}).evidence.filter((e) => e.points !== 0 || e.skill === null).map((e) => e.rule);

describe('a stock apology is an apology, not sympathy for what happened', () => {
  it.each(['Sorry for the inconvenience!', "I'm sorry for the trouble.", 'Apologies for the hassle.', 'Sorry for your inconvenience.'])('"%s" apologises but names nothing', (reply) => {
    const a = analyze(reply, { customer: CHARGED });
    expect(a.intents).toContain('apology');
    expect(a.evidence.map((e) => e.rule)).not.toContain('empathy.sympathy');
    expect(a.evidence.map((e) => e.rule)).not.toContain('empathy.named-apology');
  });

  it('naming what went wrong beats the stock phrase by a clear margin', () => {
    const stock = analyze('Sorry for the inconvenience.', { customer: CHARGED }).scores.empathy;
    for (const named of ["Sorry you've been charged twice.", 'Sorry for the double charge.', 'Sorry for the wait and the frustration.']) {
      expect(analyze(named, { customer: CHARGED }).scores.empathy - stock).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('explaining a failure away, however it is worded, is an excuse', () => {
  it.each([
    "Unfortunately the technician's schedule was overbooked, which was outside our control.",
    'The delay was due to circumstances beyond our control.',
    'Sadly it was outside of our control.',
  ])('"%s" is an excuse', (reply) => {
    expect(rules(reply, NO_SHOW)).toContain('empathy.excuse');
  });

  it('"what is in my control is…" and a factual "outside the building" are no excuse', () => {
    expect(rules("The engineer waited outside the building for ten minutes, and I'm sorry nobody rang you.", NO_SHOW)).not.toContain('empathy.excuse');
  });
});

describe('a no is a no however short it is', () => {
  it.each(["We don't price match.", 'We do not price-match, sorry.'])('"%s" refuses, and the tip says what can be done', (reply) => {
    const a = analyze(reply, { customer: PRICE });
    expect(a.intents).toContain('refusal');
    expect(a.tips.map((t) => t.rule)).toContain('positivity.refusal');
  });

  it('"We don\'t price match, but ours includes free setup" is a no with a way forward', () => {
    const a = analyze("We don't price match, but ours includes free setup and a two-year warranty.", { customer: PRICE });
    expect(a.intents).not.toContain('refusal');
    expect(a.intents).toContain('declined');
  });

  it('chat style with the subject left out: "Can\'t help without ID." refuses; "Can\'t wait to help!" is willing', () => {
    expect(analyze("Can't help without ID.").intents).toContain('refusal');
    expect(analyze('Cannot refund that, sorry.').intents).toContain('refusal');
    const keen = analyze("Can't wait to help you with this!");
    expect(keen.intents).not.toContain('refusal');
    expect(keen.evidence.map((e) => e.rule)).toContain('positivity.willing');
    expect(keen.evidence.map((e) => e.rule)).not.toContain('positivity.negation');
  });
});
