/**
 * Follow-up to the 2026-12 audit of the coaching (cs-coaching-audit.test.ts): the defects that audit listed and
 * left open. Each test pins a reading on a phrase class rather than on one sentence, and fails without its fix.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';

const LATE = 'The courier was meant to come yesterday and my parcel still is not here.';
const NO_SHOW = 'I took the whole morning off for the engineer and nobody came. Nobody called either.';

const costs = (reply: string, customer?: string) => analyze(reply, customer ? { customer } : {}).evidence.filter((e) => e.points !== 0);
const rules = (reply: string, customer?: string): string[] => costs(reply, customer).map((e) => e.rule);

describe('an excuse followed by what will be done is softened, like a refusal with a way forward', () => {
  it.each([
    ["That's outside my control, but I'll chase the courier now and text you by 2 pm.", LATE],
    ['Delays happen sometimes, but I will call the courier now and email you by 4 pm.', LATE],
    ['It was beyond our control. What I can do is book the first visit tomorrow morning.', NO_SHOW],
  ])('"%s" costs a little empathy, no positivity or follow-through, and is no blame', (reply, customer) => {
    const a = analyze(reply, { customer });
    const excuse = a.evidence.filter((e) => e.rule === 'empathy.excuse');
    expect(excuse.find((e) => e.skill === 'empathy')?.points).toBe(-5);
    expect(excuse.filter((e) => e.skill !== 'empathy').every((e) => e.points === 0)).toBe(true);
    expect(a.intents).not.toContain('blame');
    expect(a.tips.map((t) => t.rule)).toContain('empathy.excuse');
  });

  it('the excuse alone keeps its full cost and stays blame; candour after it is no way forward', () => {
    for (const reply of ["That's outside my control.", "That's outside my control, to be honest."]) {
      const a = analyze(reply, { customer: LATE });
      expect(a.evidence.find((e) => e.rule === 'empathy.excuse' && e.skill === 'empathy')?.points).toBe(-15);
      expect(a.intents).toContain('blame');
    }
  });
});

describe('making the failure sound normal is an excuse', () => {
  it.each(['Our billing system sometimes does that.', 'Techs get double booked sometimes.', 'It happens from time to time.', 'Parcels sometimes get delayed in the depot.', 'Unfortunately that does sometimes happen.'])('"%s"', (reply) => {
    expect(rules(reply, LATE)).toContain('empathy.excuse');
  });

  it('saying what went wrong, or what is normal for a process, is no excuse', () => {
    for (const reply of ["The technician was double-booked, and I'm sorry.", "It's normal for the refund to take 5 days.", 'That can happen with older routers; could you try a restart?', 'Sometimes I do that too.']) {
      expect(rules(reply, LATE)).not.toContain('empathy.excuse');
    }
  });
});

describe('a no to an account or order change is a refusal; not knowing yet is not', () => {
  it.each(['I cannot disable 2FA.', "I can't remove the charge.", "I can't unlock your account.", "I can't reset it for you.", "We can't move the appointment.", "I can't close the account."])('"%s" refuses', (reply) => {
    const a = analyze(reply);
    expect(a.intents).toContain('refusal');
    expect(a.tips.map((t) => t.rule)).toContain('positivity.refusal');
  });

  it('"I can\'t find it" (ability, no verb of granting) stays no refusal', () => {
    expect(analyze("I can't find your order under that email.").intents).not.toContain('refusal');
  });

  it.each(["I don't have an ETA.", "We don't have an update at the moment.", 'We have no further information yet.'])('"%s" is not knowing yet: the find-out tip, no refusal, one tip', (reply) => {
    const a = analyze(reply, { customer: 'Our route dashboard has not synced since seven. When will it be fixed?' });
    expect(a.intents).not.toContain('refusal');
    expect(rules(reply)).toContain('positivity.dont-know');
    expect(a.tips.map((t) => t.rule)).toEqual(['positivity.dont-know']);
  });

  it('not knowing yet with a time to find out costs nothing', () => {
    const a = analyze("I don't have an ETA yet, but I'll call you at 4 with one.");
    expect(a.evidence.filter((e) => e.points < 0)).toEqual([]);
  });
});

describe('naming the failure honestly is not negative language', () => {
  const CHARGED = "You took 89.99 from me twice, and the callback I was promised on Monday never happened.";
  const ENGINEER = 'Is this about the engineer who never turned up on Friday?';
  const MORNING = 'I took the whole morning off for the engineer and nobody came.';
  it.each([
    ["I'm so sorry about the callback that never came.", CHARGED],
    ["I'm sorry our technician didn't come and nobody called you.", ENGINEER],
    ["I'm so sorry, that's a whole morning wasted.", MORNING],
    ["That's not good enough, and it's on us that nobody called you.", ENGINEER],
  ])('"%s" costs no positive-language points', (reply, customer) => {
    const a = analyze(reply, { customer });
    expect(a.evidence.filter((e) => e.skill === 'positivity' && e.points < 0)).toEqual([]);
  });

  it('"You took the morning off for it" says the customer\'s situation back: no you-start cost', () => {
    expect(rules("You took the morning off for it, and I'm sorry.", MORNING)).not.toContain('positivity.you-start');
  });

  it('negative framing with no acknowledgement, a "but" that takes the apology back, or a "You" that orders, still costs', () => {
    expect(rules("The callback never came. We don't know why.", CHARGED)).toContain('positivity.negation');
    expect(rules("I'm sorry about the callback, but it was never booked.", CHARGED)).toContain('positivity.negation');
    expect(rules('You took the morning off, you should have rung us first.', MORNING)).toContain('positivity.you-start');
    expect(rules('You never rang us.', MORNING)).toContain('positivity.you-start');
  });
});

describe('sympathy said as "sorry for…" keeps the politeness of the apology inside it', () => {
  it('"Sorry for the frustration and the wait" is at least as polite as "Sorry for the trouble", and more empathic', () => {
    const named = analyze('Sorry for the frustration and the wait.').scores;
    const stock = analyze('Sorry for the trouble.').scores;
    expect(named.positivity).toBeGreaterThanOrEqual(stock.positivity);
    expect(named.empathy).toBeGreaterThan(stock.empathy);
  });

  it('counted once beside another apology', () => {
    const once = analyze("I'm so sorry for the trouble, and sorry for the wait.").evidence.filter((e) => e.skill === 'positivity' && e.points > 0);
    expect(once.map((e) => e.points)).toEqual([8]);
  });
});

describe('a curt bare order costs, and its tip asks politely', () => {
  it.each([
    ['Submit a ticket.', 'Could you please submit a ticket?'],
    ['Check the status page.', 'Could you please check the status page?'],
    ['Pay it online then.', 'Could you please pay it online?'],
    ['Need your employee ID.', 'Could you please send me your employee ID?'],
    ['Contact DPD about it.', 'Could you please contact DPD about it?'],
  ])('"%s" → "%s"', (reply, rewrite) => {
    const a = analyze(reply);
    expect(rules(reply)).toContain('positivity.directive');
    expect(a.tips.find((t) => t.rule === 'positivity.directive')?.rewrite).toBe(rewrite);
  });

  it('a recommendation or an invitation is no order, nor is a request with please', () => {
    for (const reply of ["Check it out, it's great!", 'Come back any time!', 'Please submit a ticket so we can track it.']) expect(rules(reply)).not.toContain('positivity.directive');
  });
});

describe('leaving the customer to wait on another team is passing the buck', () => {
  const REPLY = "Unfortunately that's our policy, you'll need to wait for the billing team to get back to you.";
  it('costs as pass-the-buck, and the tip owns the handover instead of polishing the brush-off', () => {
    const a = analyze(REPLY, { customer: 'You charged me twice and nobody called me back.' });
    expect(a.intents).toContain('pass-the-buck');
    expect(a.tips.map((t) => t.rule)).toContain('followThrough.pass-the-buck');
    expect(a.tips.map((t) => t.rewrite).join(' ')).not.toMatch(/could you please wait/iu);
  });

  it.each(["You'll have to wait until they get back to you.", 'You will need to wait for our engineers to call you.'])('"%s"', (reply) => {
    expect(analyze(reply).intents).toContain('pass-the-buck');
  });
});

describe('"Unfortunately" as an opener is negative language, unless it is part of sympathy', () => {
  it('"Unfortunately we\'re out of stock." costs a little, and the tip leads with what can be done', () => {
    const a = analyze("Unfortunately we're out of stock.");
    expect(a.evidence.find((e) => e.rule === 'positivity.unfortunately')?.points).toBeLessThan(0);
    expect(a.tips.find((t) => t.rule === 'positivity.unfortunately')?.rewrite).toMatch(/^What I can do/u);
  });

  it.each(["Unfortunately your flight was cancelled, I'm so sorry.", "Unfortunately the engineer is off sick. I'm really sorry.", "Unfortunately I couldn't find it either."])('"%s" costs nothing', (reply) => {
    expect(rules(reply)).not.toContain('positivity.unfortunately');
  });
});

describe('arranging a time is not exploring, and checking a fact is not candour', () => {
  it.each(['When are you free?', 'When would you be available?', 'What time works best for you?', 'When are you home this week?'])('"%s" is an other question', (reply) => {
    const ids = rules(reply);
    expect(ids).not.toContain('empathy.question');
    expect(ids).toContain('empathy.other-question');
  });

  it('asking about the customer still explores', () => {
    expect(rules('How are you holding up?')).toContain('empathy.question');
    expect(rules('When did you first notice the charge?')).toContain('empathy.question');
  });

  it('"I can see both payments of 89.99" earns no candour; saying what went wrong does', () => {
    expect(analyze('I can see both payments of 89.99.', { customer: 'You took 89.99 from me twice.' }).intents).not.toContain('honest-disclosure');
    expect(analyze("There was a mix-up with the technician's schedule.").intents).toContain('honest-disclosure');
  });
});

describe('internal jargon costs a little, and earns no positive wording', () => {
  it.each(["I'll escalate it to tier 2.", 'Our team will action it.', "It's within the SLA.", 'Per our records, the payment is pending settlement.', 'The payment was successfully processed.'])('"%s"', (reply) => {
    const a = analyze(reply);
    expect(a.evidence.find((e) => e.rule === 'positivity.jargon')?.points).toBeLessThan(0);
    expect(a.evidence.filter((e) => e.rule === 'positivity.positive-word' && e.points > 0)).toEqual([]);
    expect(a.tips.map((t) => t.rule)).toEqual(expect.arrayContaining([expect.stringMatching(/jargon|handover|commitment/u)]));
  });

  it('plain words for the same things are no jargon', () => {
    for (const reply of ["I'll take action on it today.", 'Your refund went through.', 'Line 3 of the form asks for your postcode.']) expect(rules(reply)).not.toContain('positivity.jargon');
  });
});

describe('a hedged can-do earns less than a plain one', () => {
  it('"We can try to reschedule" < "We can reschedule" on positive language', () => {
    const hedged = analyze('We can try to reschedule.');
    expect(hedged.evidence.find((e) => e.rule === 'positivity.can-do')?.points).toBeLessThan(15);
    expect(analyze('We can reschedule.').scores.positivity).toBeGreaterThan(hedged.scores.positivity);
  });
});

describe('a channel said as the verb is a channel', () => {
  it.each(["I'll text it to you.", "I'll send you a WhatsApp.", "I'll email the receipt to you."])('"%s" says how the customer will hear, and no "I\'ll email you" is added', (reply) => {
    const a = analyze(reply);
    expect(a.commitments[0]?.channel).not.toBeNull();
    expect(a.tips.map((t) => t.rewrite).join(' ')).not.toMatch(/email you as soon/u);
  });
});

describe("the set-phrase tip says what the reply did, not that it named a feeling", () => {
  const CHARGED = "You took 89.99 from me twice, and the callback I was promised on Monday never happened.";
  it('"Sorry for the trouble" is told it said sorry; "I understand your frustration" that it named the feeling', () => {
    const stock = analyze('Sorry for the trouble.', { customer: CHARGED }).tips.find((t) => t.rule === 'empathy.generic');
    expect(stock?.message).not.toMatch(/named the feeling/u);
    expect(stock?.message).toMatch(/said sorry/u);
    const feeling = analyze('I understand your frustration.', { customer: "I'm furious, you charged me twice." }).tips.find((t) => t.rule === 'empathy.generic');
    expect(feeling?.message).toMatch(/named the feeling/u);
  });
});
