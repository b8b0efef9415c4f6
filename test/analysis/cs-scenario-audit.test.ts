/**
 * The misreadings found by the audits of the coaching and of the scenarios (2026-12-03). Each test pins a reading
 * on a phrase class rather than on one sentence, and fails without its fix.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';

const rules = (reply: string, customer?: string): string[] => analyze(reply, customer ? { customer } : {}).evidence.filter((e) => e.points !== 0).map((e) => e.rule);

describe('"on call" with no article is a duty rota, not a channel', () => {
  it.each(["Let me check who's on call", 'I will find out which engineer is on call', 'Let me see who is on call for your area'])('"%s" is no channel and no specific promise', (reply) => {
    const a = analyze(reply);
    expect(a.commitments.every((c) => c.channel === null && !c.specific)).toBe(true);
    expect(rules(reply)).not.toContain('followThrough.commitment-channel');
  });

  it.each(["I'll confirm it on the call", "I'll send it on WhatsApp", "I'll confirm on email"])('"%s" still has its channel', (reply) => {
    expect(analyze(reply).commitments[0]?.channel).not.toBeNull();
  });
});

describe('a check of understanding before a recap is no promise and no ownership', () => {
  it.each([
    "Let me make sure I've got this right: you were charged twice.",
    'Let me just check I understood: the parcel never arrived.',
    "I want to make sure I've got it correct: you were billed on the 3rd and again on the 5th.",
    "Let me make sure we're on the same page: the engineer never came.",
  ])('"%s"', (reply) => {
    const a = analyze(reply);
    expect(a.intents).not.toContain('commitment');
    expect(a.intents).not.toContain('ownership');
    expect(a.commitments).toHaveLength(0);
  });

  it('owning the problem ("I\'ve got this, don\'t worry") and a real check later ("Let me check the order") stay', () => {
    expect(analyze("I've got this, don't worry.").intents).toContain('ownership');
    expect(analyze('Let me check the order and call you back by 4 pm.').intents).toContain('commitment');
  });
});

describe('"I don\'t have" is a refusal only about what the customer asks for', () => {
  it.each(["I don't have a car.", "I don't have a printer at home either, so I get it.", "We don't have kids, but my sister does."])('"%s" is no refusal', (reply) => {
    expect(analyze(reply).intents).not.toContain('refusal');
  });

  it.each(["We don't have that in stock.", "I don't have the authority to waive it.", "We don't have any left.", "I don't have access to your account.", "We don't have a loaner to give you."])('"%s" is still a refusal', (reply) => {
    expect(analyze(reply).intents).toContain('refusal');
  });
});

describe('handing the decision to a supervisor with no time is a small step, with a tip to say when they will hear', () => {
  const CHARGE = 'Can you waive the late fee? I was in hospital.';
  it.each(["I'll have to check with my supervisor.", 'Let me ask my manager.', 'I need to speak to my team leader about this.', "I'll run it by my manager."])('"%s"', (reply) => {
    const a = analyze(reply, { customer: CHARGE });
    expect(a.evidence.filter((e) => e.skill === 'followThrough').reduce((n, e) => n + e.points, 0)).toBeLessThanOrEqual(6);
    const tip = a.tips.find((t) => t.rule === 'followThrough.deferred-decision');
    expect(tip?.rewrite).toMatch(/now and call you back with the answer by 3 pm today\.$/u);
    expect(tip?.rewrite).not.toMatch(/have to|need to/u);
  });

  it('with a time to hear back it is a full, checkable promise', () => {
    const a = analyze("I'll check with my supervisor and call you back by 3 pm.", { customer: CHARGE });
    expect(a.commitments[0]?.specific).toBe(true);
    expect(a.evidence.map((e) => e.rule)).toContain('followThrough.commitment');
    expect(a.evidence.map((e) => e.rule)).not.toContain('followThrough.deferred-decision');
  });
});

describe('trivial acts take no deadline, and a grudging "Fine," costs a little', () => {
  it.each(["I'll note it.", "I'll pass your feedback on to the team.", "I'll make a note of that.", "I'll log your comments.", "I'll mention it to my manager."])('"%s" gets no "by 3 pm today"', (reply) => {
    expect(analyze(reply).tips.map((t) => t.rewrite).join(' ')).not.toMatch(/3 pm/u);
  });

  it('real work still gets its time: "I\'ll refund it", "I\'ll look into it"', () => {
    for (const reply of ["I'll refund it.", "I'll look into it."]) expect(analyze(reply).tips.map((t) => t.rule)).toContain('followThrough.unspecific-commitment');
  });

  it.each(["Fine, I'll note it.", 'Fine. I will refund it.', "Whatever, I'll send a new one.", "Okay fine, I'll book it."])('"%s" costs positivity', (reply) => {
    const e = analyze(reply).evidence.find((x) => x.rule === 'positivity.grudging');
    expect(e?.points).toBeLessThan(0);
  });

  it('"Fine," tip drops it; "Fine, thanks" and "That\'s fine" are no grudge', () => {
    expect(analyze("Fine, I'll note it.").tips.find((t) => t.rule === 'positivity.grudging')?.rewrite).toBe("I'll note it.");
    for (const reply of ['Fine, thanks, how can I help?', "That's fine, I'll book it.", 'Fine by me.']) expect(analyze(reply).evidence.map((e) => e.rule)).not.toContain('positivity.grudging');
  });
});

describe('a rewrite never hands back the jargon the reply was marked down for', () => {
  const JARGON = /\baction(?:ed|ing)?\b|\btier (?:1|2|3|one|two|three)\b|\b(?:second|third) line\b|\bper our records\b|\bpending settlement\b|\bbacklog\b/iu;
  it.each(['Our team will action it.', "I'll pass it to tier 2.", 'Our billing team will action your refund.', 'The second line team will look at it.', "I'll action this."])('"%s"', (reply) => {
    const a = analyze(reply);
    expect(a.evidence.map((e) => e.rule)).toContain('positivity.jargon');
    expect(a.tips.length).toBeGreaterThan(0);
    for (const t of a.tips) expect(t.rewrite).not.toMatch(JARGON);
  });

  it('the handover keeps its owner and gets its time: "Our team will deal with it by 3 pm today…"', () => {
    expect(analyze('Our team will action it.').tips.find((t) => t.rule === 'followThrough.untimed-handover')?.rewrite).toMatch(/^Our team will deal with it by 3 pm today/u);
  });
});

describe('sending the customer to a competitor is no request to make polite: the tip says what we can offer', () => {
  const CHEAPER = "It's 50 cheaper at the other shop.";
  it.each(['Buy it there then.', 'Then get it from them.', 'Feel free to shop elsewhere.', 'You might want to look elsewhere.', 'Take your business elsewhere.', 'Just go to the other shop.'])('"%s"', (reply) => {
    const a = analyze(reply, { customer: CHEAPER });
    expect(a.evidence.find((e) => e.rule === 'positivity.sends-away')?.points).toBeLessThan(0);
    expect(a.tips[0]?.rule).toBe('positivity.sends-away');
    expect(a.tips.map((t) => t.rewrite).join(' ')).not.toMatch(/could you please/iu);
    expect(a.tips[0]?.rewrite).toMatch(/with us/u);
  });

  it('said with what we offer, or as candour, it costs nothing; the writer\'s own search is no sending away', () => {
    for (const reply of ['You can buy it there if you like, but ours includes setup and a two-year warranty.', 'To be honest, you might want to look elsewhere.']) {
      expect(analyze(reply, { customer: CHEAPER }).evidence.find((e) => e.rule === 'positivity.sends-away')?.points).toBe(0);
    }
    expect(analyze("I'll look elsewhere for the part.").evidence.map((e) => e.rule)).not.toContain('positivity.sends-away');
  });
});

describe('a channel without a time does not silence the timing tip', () => {
  it.each([
    ["I'll text it to you.", "I'll text it to you by 3 pm today."],
    ["I'll call you back.", "I'll call you back by 3 pm today."],
    ["I'll email you the receipt.", "I'll email you the receipt by 3 pm today."],
  ])('"%s" → "%s"', (reply, rewrite) => {
    const tip = analyze(reply).tips.find((t) => t.rule === 'followThrough.unspecific-commitment');
    expect(tip?.rewrite).toBe(rewrite);
    expect(tip?.message).toMatch(/^Say when/u);
  });

  it.each(["I'll text it to you now.", "I'll call you back by 4 pm.", "I'll email you the receipt within the hour."])('"%s" is timed: no tip', (reply) => {
    expect(analyze(reply).tips.map((t) => t.rule)).not.toContain('followThrough.unspecific-commitment');
  });
});

describe('a passive status nobody owns gets a tip to own it; a dated expectation earns a little', () => {
  const REFUND = 'Where is my refund? You said it was done last week.';
  it.each([
    ["It's being processed. Should be 5-7 business days.", 'I’m processing it myself now; it’ll reach you within 5-7 business days, and I’ll email you as soon as it’s gone through.'],
    ['Your refund is being processed.', 'I’m processing your refund myself now, and I’ll email you by 3 pm today to confirm it’s gone through.'],
    ["It's currently being looked into.", 'I’m looking into it myself now, and I’ll email you by 3 pm today to tell you what I’ve found.'],
  ])('"%s"', (reply, rewrite) => {
    const a = analyze(reply, { customer: REFUND });
    expect(a.evidence.map((e) => e.rule)).toContain('followThrough.passive-status');
    expect(a.tips.find((t) => t.rule === 'followThrough.passive-status')?.rewrite).toBe(rewrite);
    expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.no-next-step');
  });

  it('with the writer owning it (a promise, or what they did) there is no status tip', () => {
    for (const reply of ["It's being processed, and I'll email you by Friday when it's sent.", "I've refunded it, and it's being processed by your bank now."]) {
      expect(analyze(reply, { customer: REFUND }).evidence.map((e) => e.rule)).not.toContain('followThrough.passive-status');
    }
  });

  it.each(['Should be 5-7 business days.', 'Usually takes 3 working days.', 'It will be back on your card within 3 to 5 working days.'])('"%s" earns a little for the dated expectation, less than an owned promise', (reply) => {
    const ft = analyze(reply, { customer: REFUND }).scores.followThrough;
    expect(ft).toBeGreaterThan(30);
    expect(ft).toBeLessThan(analyze("I'll put the refund through now; it'll reach your card within 3 to 5 working days.", { customer: REFUND }).scores.followThrough);
  });
});

describe('a recap says back the agreement, not one restated detail', () => {
  const open = analyze("I'll refund the duplicate now, and I'll email you at 5 pm with the refund reference.").commitments;
  const recap = (reply: string) => analyze(reply, { openPromises: open }).intents.includes('recap');

  it.each(['The email at 5 pm will have the refund reference.', 'Your bank may take a day to show the refund reference.', 'The duplicate is the one from the 3rd.'])('one part restated mid-conversation: "%s" is no recap', (reply) => {
    expect(recap(reply)).toBe(false);
  });

  it.each([
    "The refund of the duplicate goes through now, and you'll have my email at 5 pm with the reference.",
    'So the email at 5 pm will have the refund reference.',
    "That's my email at 5 pm with the refund reference, as agreed.",
  ])('two parts, or one said as a summary: "%s" is a recap', (reply) => {
    expect(recap(reply)).toBe(true);
  });
});

describe('one negated modal reaches the verbs joined to it by "or"', () => {
  it.each([
    "I can't pull engineers off other clients or waive the month.",
    "We won't chase the supplier or refund the deposit.",
    "I'm not able to look at the old invoices or credit the account.",
    "I can't see the order, or refund it.",
  ])('"%s" is a refusal', (reply) => {
    expect(analyze(reply).intents).toContain('refusal');
  });

  it('with a way forward after it, it is declined, not given away', () => {
    const a = analyze("I can't pull engineers off other clients or waive the month, that's your account manager's call. But I'll ask her to ring you by 10.");
    expect(a.intents).toContain('declined');
    expect(a.intents).not.toContain('refusal');
  });

  it.each(["I can't find it, or I can refund it.", "I can't find it, but I can refund it.", "I don't know or care."])('"%s": a verb with its own subject, a contrast, or no granting verb is not reached', (reply) => {
    expect(analyze(reply).intents).not.toContain('refusal');
  });
});
