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

describe('waiting for news is no time', () => {
  const OUTAGE = 'Our route dashboard has not synced since seven. When will it be fixed?';
  it.each(["We'll update you as soon as we have more information.", "I'll let you know once we know more.", "Once there's an update, I'll call you."])('"%s" is put off, earns no next-step points, and the tip dates it', (reply) => {
    const a = analyze(reply, { customer: OUTAGE });
    const ids = a.evidence.map((e) => e.rule);
    expect(ids).toContain('followThrough.vague-time');
    expect(ids).not.toContain('followThrough.next-steps');
    const tip = a.tips.find((t) => t.rule === 'followThrough.vague-time');
    expect(tip?.rewrite).toMatch(/by 3 pm today/u);
    expect(tip?.rewrite).not.toMatch(/once|as soon as we|more information/iu);
    expect(tip?.message).not.toMatch(/^Swap "soon" for/u);
  });

  it('a dated update with "or sooner when we know more" is specific', () => {
    const a = analyze("I'll call you at 10 with an update, or sooner as soon as we have more information.", { customer: OUTAGE });
    expect(a.evidence.map((e) => e.rule)).not.toContain('followThrough.vague-time');
    expect(a.commitments[0]?.specific).toBe(true);
  });

  it('waiting for news scores below a dated update', () => {
    const f = (reply: string) => analyze(reply, { customer: OUTAGE }).scores.followThrough;
    expect(f("We'll update you at 10 am.") - f("We'll update you as soon as we have more information.")).toBeGreaterThanOrEqual(15);
  });
});

describe('a rewritten promise keeps the facts and drops what the tip asked to change', () => {
  it('"…, someone will be in touch" loses its "someone" when the tip names who will do it', () => {
    const a = analyze('We can try to reschedule you sometime next week, someone will be in touch to confirm.', { customer: NO_SHOW });
    const tip = a.tips.find((t) => t.rule === 'followThrough.vague-promise');
    expect(tip?.rewrite).toBeDefined();
    expect(tip?.rewrite).not.toMatch(/someone|sometime|try/iu);
    expect(tip?.rewrite).toMatch(/reschedule you next week/u);
  });

  it('"within the SLA" is no time a customer can check: the rewrite replaces it instead of adding a second time', () => {
    const a = analyze("I'll escalate a ticket to tier 2 and they'll action it within the SLA.", { customer: CHARGED });
    const tip = a.tips.find((t) => t.rule === 'followThrough.unspecific-commitment');
    expect(tip?.rewrite).not.toMatch(/SLA/u);
    expect(tip?.rewrite).toMatch(/by 3 pm today/u);
  });

  it("the customer's deadline from earlier in the conversation dates the rewrite, not 3 pm", () => {
    const a = analyze('I will try my best to expedite it.', {
      customer: "I don't need a lecture, I need my account. Is there someone else I can talk to?",
      customerEarlier: ['Hi, I’m locked out. My phone was stolen last night and I have payroll for three clients due at noon. Can you help, quickly?'],
    });
    const tip = a.tips.find((t) => t.rule === 'followThrough.effort-pledge');
    expect(tip?.rewrite).toMatch(/by noon/u);
    expect(tip?.rewrite).not.toMatch(/3 pm/u);
  });
});

describe("a promise's time is its own, not the time of what the customer must do", () => {
  it.each([
    ['I can throw in a discount, but you need to decide now.', 'decide now'],
    ["I'll hold the price for you but you'll need to confirm by Friday.", 'confirm by Friday'],
    ['If you sign up today, I can throw in a discount.', 'sign up today'],
  ])('"%s": "%s" does not date the promise', (reply) => {
    const a = analyze(reply, { customer: "It's a tiny shop, I can't spend that kind of money." });
    expect(a.commitments[0]?.when).toBeNull();
    expect(a.evidence.map((e) => e.rule)).not.toContain('followThrough.commitment-time');
  });

  it('"I\'ll refund it today, and you\'ll see it within 5 days" keeps its own time; "so you don\'t need to chase us" is no obligation', () => {
    expect(analyze("I'll refund it today, and you'll see it within 5 days.").commitments[0]?.when).toBe('today');
    expect(analyze("I'll call you at 4 so you don't need to chase us.").commitments[0]?.when).toBe('at 4');
  });
});

describe("the customer's numbers said back are reflection, in words or in digits", () => {
  const BUDGET = "To be honest, money is tight this year. I really can't spend more than about twenty a month. Is that silly?";
  it('"…around 20 a month" restates "about twenty a month"', () => {
    const a = analyze("Got it, so it's mostly invoices and receipts on around 20 a month.", { customer: BUDGET });
    expect(a.intents).toContain('reflection');
    expect(a.evidence.map((e) => e.text)).toContain('20');
  });

  it('"forty drivers" echoes "40 drivers", but a lone digit ("at 3") is no echo', () => {
    const a = analyze("So you've got forty drivers waiting.", { customer: 'I have 40 drivers waiting.' });
    expect(a.evidence.filter((e) => e.rule === 'empathy.reflection').map((e) => e.text)).toContain('forty');
    const b = analyze("I'll call you at 3.", { customer: 'I have 3 kids and I need it by 3.' });
    expect(b.evidence.map((e) => e.rule)).not.toContain('empathy.reflection');
  });
});

describe('refusing to price match still mentions the competitor', () => {
  it('"We don\'t price match" is a refusal and a competitor mention', () => {
    const a = analyze("We don't price match.", { customer: PRICE });
    expect(a.intents).toEqual(expect.arrayContaining(['refusal', 'competitor-mention']));
  });
});

describe('an order rewritten as a request asks one thing, and what follows stays a statement', () => {
  it.each([
    ['Per our policy, you need to submit a ticket via the portal and it will be escalated to the identity team.', 'Could you please submit a ticket via the portal? It will be escalated to the identity team.'],
    ['Send me the photos and your refund will follow.', 'Could you please send me the photos? Your refund will follow.'],
    ['Fill in the form and the team will call you back.', 'Could you please fill in the form?'],
  ])('"%s" → "%s"', (reply, rewrite) => {
    expect(analyze(reply).tips.find((t) => t.rule === 'positivity.directive')?.rewrite).toBe(rewrite);
  });
});
