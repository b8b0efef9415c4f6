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
import { scoreGap, type ReplyPair } from '../helpers/pairs.js';
import type { Analysis } from '../../src/core/types.js';

const OUTAGE = 'My internet has been dropping out all week and I work from home.';
const PARCEL = 'My parcel is five days late and nobody has told me anything.';


const ft = (reply: string, customer?: string): number => analyze(reply, customer ? { customer } : {}).scores.followThrough;
const rules = (a: Analysis): string[] => a.evidence.filter((e) => e.points !== 0).map((e) => e.rule);
const tip = (a: Analysis, rule: string): string | undefined => a.tips.find((t) => t.rule === rule)?.rewrite;

const PAIRS: Omit<ReplyPair, 'skill'>[] = [
  // Finding 4: the subject left out, chat spelling.
  { why: '"…and will call you at 9" keeps its promise (the subject carried over "and")', customer: OUTAGE, better: "I've booked an engineer and will call you tomorrow at 9 to confirm the slot.", worse: "I've booked an engineer.", margin: 30 },
  { why: 'a sentence-initial "Will call you back at 4" is the writer\'s promise', better: 'Will call you back at 4 with an update.', worse: 'Thanks for waiting.', margin: 30 },
  { why: 'chat-style "Ive … Ill text you at 4" reads like the written-out form', customer: PARCEL, better: 'Im really sorry. Ive chased the courier and Ill text you at 4.', worse: 'Im really sorry.', margin: 30 },
  { why: '"ill refund it today" is "I\'ll refund it today"', better: 'i apologise for the double charge, ill refund it today', worse: 'i apologise for the double charge', margin: 25 },
  { why: '"…now, will msg u in 20 mins" promises a message with a time', customer: PARCEL, better: 'sorry bout that, chasing the courier now, will msg u in 20 mins', worse: 'sorry bout that', margin: 30 },
  { why: 'escalating "and will call you back within 20 minutes" is a timed promise', customer: OUTAGE, better: "You're absolutely right, that's not good enough. I'm escalating this to our on-call lead now and will call you back within 20 minutes.", worse: "You're absolutely right, that's not good enough.", margin: 30 },
  { why: '"Refunding now." reports work under way', better: 'Sorry!! Refunding now.', worse: 'Sorry!!', margin: 8 },
  // Finding 5: "get back to you" with a time, named owners, handovers, effort pledges.
  { why: '"get back to you by the end of the day" says when, unlike "…shortly"', better: "I'll get back to you by the end of the day.", worse: "I'll get back to you shortly.", margin: 20 },
  { why: '"first thing Monday" is a time', better: "I'll get back to you first thing Monday.", worse: "I'll get back to you.", margin: 20 },
  { why: '"by EOD" is a time', better: "I'll get back to you by EOD.", worse: "I'll get back to you.", margin: 20 },
  { why: 'a named engineer with a time beats an engineer with none', better: 'Our engineer Sam will call you at 4 pm today.', worse: 'The engineer will call you.', margin: 30 },
  { why: 'a warehouse that "will contact you" with no time is an untimed handover', better: 'The warehouse will contact you by 4 pm today.', worse: 'The warehouse will contact you.', margin: 20 },
  { why: '"I\'ll have someone look into it" has no more owner than "someone will"', better: "I'll look into it myself and call you by 4 pm.", worse: "I'll have someone look into it.", margin: 40 },
  { why: '"do everything I can" is as hedged as "do my best"', better: "I'll refund it today.", worse: "I'll do everything I can.", margin: 25 },
];

describe('follow-through pairs from the CSR audit', () => {
  it.each(PAIRS.map((p) => [p.why, p] as const))('%s', (_why, p) => {
    expect(scoreGap({ ...p, skill: 'followThrough' })).toBeGreaterThanOrEqual(p.margin);
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
    // As the adjective it stays one word (a problem word since the positivity round, so it has no valence to show).
    expect(analyze('My mum is ill.').stems).toContain('ill');
    expect(analyze('My mum is ill.').commitments).toEqual([]);
  });

  it('the tip puts the left-out subject back', () => {
    expect(tip(analyze('thx for ur patience, pls send ur order no and ill sort it'), 'followThrough.unspecific-commitment')).toBe('I’ll sort it by 3 pm today, and I’ll email you as soon as it’s done.');
    expect(tip(analyze('I have checked the line and will sort it.'), 'followThrough.unspecific-commitment')).toBe('I’ll sort it by 3 pm today, and I’ll email you as soon as it’s done.');
  });
});

describe('who owns a promise, and when "get back to you" is vague', () => {
  it.each(["I'll get back to you by the end of the day.", "I'll get back to you first thing Monday.", "I'll get back to you by close of business.", "I'll get back to you first thing tomorrow morning by phone with the refund reference."])(
    '%s is a timed promise, not a vague one',
    (reply) => {
      const a = analyze(reply);
      expect(a.intents).toContain('commitment');
      expect(a.intents).not.toContain('vague-promise');
      expect(a.commitments[0]?.specific).toBe(true);
      expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.untimed-reply');
    },
  );

  it('"they" promising with a time is a handover like "the engineer will…"; without one it costs, once', () => {
    const timed = analyze("I've booked an engineer. They'll ring you by 10 tomorrow.");
    expect(timed.commitments.find((c) => /they/i.test(c.who ?? ''))).toMatchObject({ specific: true });
    expect(ft("They'll call you at 4 today.")).toBe(ft('The engineer will call you at 4 today.'));
    const untimed = analyze("They'll call you.");
    expect(untimed.evidence.filter((e) => e.rule === 'followThrough.untimed-handover')).toHaveLength(1);
    expect(ft("They'll call you.")).toBeLessThan(ft("They'll call you at 4 today."));
    // Not a promise: no action for the customer ("they will be worried"), or only a hope ("they should call").
    expect(analyze('They will be worried.').commitments).toHaveLength(0);
    expect(analyze('They should call you.').intents).toContain('vague-promise');
  });

  it('"…shortly" and "in a jiffy" are no time: one tip, asking when', () => {
    for (const reply of ["I'll get back to you shortly.", "I'll get back to you in a jiffy."]) {
      const a = analyze(reply);
      expect(rules(a)).toContain('followThrough.untimed-reply');
      expect(a.tips.filter((t) => t.skill === 'followThrough').map((t) => t.rule)).toEqual(['followThrough.untimed-reply']);
    }
  });

  // Each owner next to a look-alike that names none.
  it.each([
    ['Our engineer Sam will call you at 4 pm today.', 'Our engineer Sam', 'The team that will call you is billing.'],
    ['Sam, our engineer, will call you at 4.', 'Sam, our engineer', 'It will call you.'],
    ['Sam will call you at 4 pm today.', 'Sam', 'Delivery will take 3 days.'],
  ])('%s is owned by %s; %s names no owner', (reply, who, lookAlike) => {
    const a = analyze(reply);
    expect(a.commitments[0]).toMatchObject({ who, specific: true });
    expect(a.intents).toContain('commitment');
    expect(analyze(lookAlike).commitments).toEqual([]);
  });

  it.each(['The engineer will call you.', 'The warehouse will contact you.', 'Billing will call you.', 'An engineer will be in touch.'])('%s is an untimed handover, not a commitment', (reply) => {
    const a = analyze(reply);
    expect(rules(a)).toContain('followThrough.untimed-handover');
    expect(a.intents).not.toContain('commitment');
    expect(a.scores.followThrough).toBeLessThan(30);
    expect(a.tips.filter((t) => t.skill === 'followThrough')).toHaveLength(1);
  });

  it('"I\'ll have someone look into it" is a vague promise with no owner', () => {
    const a = analyze("I'll have someone look into it.");
    expect(a.commitments[0]?.who).toBeNull();
    expect(a.intents).toEqual(['vague-promise']);
  });

  it('"do my best" and "do everything I can" score alike, with a time and without', () => {
    expect(ft("I'll do everything I can.")).toBe(ft("I'll do my best."));
    expect(ft("I'll do everything I can to put it right today.")).toBe(ft("I'll do my best to put it right today."));
    expect(rules(analyze("I'll do everything I can."))).toContain('followThrough.effort-pledge');
    expect(rules(analyze("I'll do my best to put it right today."))).not.toContain('followThrough.effort-pledge');
  });

  it('the tip drops the effort words and keeps the promise', () => {
    expect(tip(analyze("I'll try my best to get someone out tomorrow."), 'followThrough.unspecific-commitment')).toBe("I'll get someone out tomorrow, and I’ll email you as soon as it’s done.");
  });
});

describe('status updates in chat style', () => {
  it.each(['sry for the hassle, refund done, ref is RF-2231. anything else?', 'Our sync went down at 6:55; the engineer has found the cause.'])('"%s" reports what is done', (reply) => {
    expect(rules(analyze(reply))).toContain('followThrough.done');
  });
  it.each(["I'm not sure the refund is processed yet.", "Once the refund is processed you'll get an email."])('"%s" is not done yet', (reply) => {
    expect(rules(analyze(reply))).not.toContain('followThrough.done');
  });
});

describe('the customer\'s deadline', () => {
  it('"payroll is due at noon" is the deadline a rewritten promise keeps', () => {
    const a = analyze("I'll look into it.", { customer: 'I have payroll for three clients due at noon. Can you help, quickly?' });
    expect(tip(a, 'followThrough.unspecific-commitment')).toMatch(/by noon/);
    expect(tip(analyze("I'll look into it."), 'followThrough.unspecific-commitment')).not.toMatch(/noon/);
  });
});

describe('a time word with a possessive names a thing, not a time', () => {
  it.each([["I'll sell it to you at a lower price.", 'at 4'], ["I'll refund it at a time that suits billing.", 'in a few minutes']])('"at a…" is no hour: "%s"', (reply, time) => {
    expect(rules(analyze(reply))).not.toContain('followThrough.commitment-time');
    expect(rules(analyze(`I'll refund it ${time}.`))).toContain('followThrough.commitment-time');
  });

  it.each([["I'll waive this month's fee.", 'this month'], ["I'll refund today's charge.", 'today']])('"%s" has no deadline', (reply, word) => {
    const a = analyze(reply);
    expect(a.commitments[0]?.when ?? null).toBeNull();
    expect(rules(a)).not.toContain('followThrough.commitment-time');
    // The same words as a time still count.
    expect(rules(analyze(`I'll refund it ${word}.`))).toContain('followThrough.commitment-time');
  });
});

describe('what is not a promise to the customer', () => {
  // Each look-alike next to the promise it resembles.
  it.each([
    ['We have to follow procedure.', 'We have to follow up with billing today.'],
    ['The system won\'t let me change the priority.', 'Let me change the priority now.'],
    ['You need to post it back before we can do anything.', 'Once it is back, we can refund it the same day.'],
    ["I'll need a copy of the death certificate before I can do anything.", "I'll close the account today."],
    ['If you continue, I will end this call.', 'If you send the photo, I will replace it today.'],
    ['I want to help you, and I will - but I need us to keep this respectful.', 'I want to help you, and I will sort it today.'],
    ['I want to apologise for the double charge.', 'I want to refund the double charge today.'],
  ])('%s promises nothing; %s does', (notPromise, promise) => {
    const a = analyze(notPromise);
    expect(a.intents).not.toContain('commitment');
    expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.unspecific-commitment');
    expect(analyze(promise).intents).toContain('commitment');
  });
});

describe('the make-it-checkable tip fits the promise', () => {
  const unspecific = (reply: string, customer?: string): string | undefined => tip(analyze(reply, customer ? { customer } : {}), 'followThrough.unspecific-commitment');

  // Each reply that needs no date next to one that does.
  it.each([
    ["I'll get my supervisor.", "I'll ask billing about it."],
    ["I'll transfer you to billing.", "I'll pass it to billing."],
    ["I'll stay on the line until you're in - it'll be under five minutes.", "I'll reset your password."],
    ["I'll need to transfer you to another department.", "I'll contact another department."],
    ['I have to check the account first.', "I'll check the account."],
    ["If it's something we can fix, I'd like to try.", "If it's something we can fix, I'll fix it."],
    ["I'll keep this as simple as possible.", "I'll keep the account open."],
    ['I can give you 50% off for the next three months if you stay.', 'I can send you a new one.'],
  ])('%s gets no date; %s does', (noTip, withTip) => {
    expect(unspecific(noTip)).toBeUndefined();
    expect(unspecific(withTip)).toBeDefined();
  });

  it('takes the deadline from the customer when there is one', () => {
    expect(unspecific("I'll chase the courier.", "I need the parcel by Friday for my daughter's birthday.")).toBe("I'll chase the courier by Friday, and I’ll email you as soon as it’s done.");
    expect(unspecific("I'll chase the courier.", 'The server is down and the report runs in 40 minutes.')).toBe("I'll chase the courier within 40 minutes, and I’ll email you as soon as it’s done.");
    // "on Monday" may be in the past: no deadline taken from it.
    expect(unspecific("I'll chase the courier.", 'It was meant to come on Monday.')).toBe("I'll chase the courier by 3 pm today, and I’ll email you as soon as it’s done.");
  });

  it.each([
    ['I will make sure someone contacts you.', 'I’ll contact you myself by 3 pm today.'],
    ["I'll make sure someone sorts it out.", 'I’ll sort it out myself by 3 pm today, and I’ll email you as soon as it’s done.'],
  ])('"%s" is rewritten with a named owner, not the "someone"', (reply, rewrite) => {
    expect(tip(analyze(reply), 'followThrough.vague-promise')).toBe(rewrite);
  });

  it('rewrites a willing or ongoing promise as a grammatical one', () => {
    expect(unspecific("I'm happy to refund it. You'll just need to post it back first.")).toBe('I’ll refund it by 3 pm today, and I’ll email you as soon as it’s done.');
    expect(unspecific("I'll keep you updated.")).toBe("I'll keep you updated by email every hour.");
    expect(unspecific("I'll keep an eye on it.")).toBe("I'll keep an eye on it every hour, and I’ll email you with each update.");
    expect(unspecific("I'll keep chasing the courier until it arrives.")).toBe("I'll keep chasing the courier every hour until it arrives, and I’ll email you with each update.");
  });
});

describe('done, and not done', () => {
  const done = (reply: string): boolean => rules(analyze(reply)).includes('followThrough.done');

  // Each report of work done next to a look-alike where nothing is done yet.
  it.each([
    ["I've just called the courier: it's out for delivery.", "I don't know when it'll be fixed."],
    ["I've started the refund now.", "I won't let this drop until it's fixed."],
    ['Engineer booked for tomorrow 8-12.', "I promise it'll be back up in five minutes, guaranteed."],
    ["I hear ya, that stinks. Refund's done.", "I will personally make sure it's refunded."],
    ['Sorry to see you go! Your subscription is cancelled as of today.', "I'll call you once it's cancelled."],
    ['Reset link sent to your email just now.', 'The link will be sent soon.'],
    ["I've gone ahead and applied a 10% credit to your next bill.", "I'll go ahead and apply a credit once it's approved."],
    ['I went ahead and cancelled the order.', 'I went through the same thing last year.'],
    ['I can confirm the refund of 89.99 has been processed.', 'I can confirm your new slot by text tonight.'],
    ["I can confirm that you're booked in for Thursday.", 'Are you booked in for Thursday?'],
    ['Your order has been dispatched.', 'As I mentioned, it was dispatched on Monday.'],
  ])('%s is done; %s is not', (isDone, notDone) => {
    expect(done(isDone)).toBe(true);
    expect(done(notDone)).toBe(false);
  });

  it.each(["I understand your frustration, however there is nothing I can do.", "Sorry, we can't help you with that."])(
    '"%s" is a dead end: scenarios read it as passing the problem on, and its tip asks for a next step, not a better handover',
    (reply) => {
      const a = analyze(reply);
      expect(a.intents).toContain('pass-the-buck');
      expect(tip(a, 'followThrough.dead-end')).toMatch(/I’ll .+ by 4 pm/u);
      expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.pass-the-buck');
    },
  );

  it('"Let me clarify: …" explains there and then; the time in the explanation is no promise', () => {
    const a = analyze('I apologize for the confusion. Let me clarify: the charge you see is a pre-authorisation and it will drop off in 3-5 days.');
    expect(a.commitments).toEqual([]);
    expect(a.intents).not.toContain('commitment');
  });

  it.each(["The engineer was off sick, so there wasn't much we could do.", 'The delay was out of our control.'])(
    '"%s" explains the failure away: an excuse scenarios read as blame, with a tip to own it',
    (reply) => {
      const a = analyze(reply, { customer: 'So nobody turned up on Tuesday. I took a day off work for that.' });
      expect(a.intents).toContain('blame');
      expect(tip(a, 'empathy.excuse')).toMatch(/sorry/u);
    },
  );

  it('"I\'ve already paged her. She\'ll call you within 15 minutes." is work done and a colleague\'s dated promise', () => {
    const a = analyze("As a Premier client you have a dedicated engineer, and I've already paged her. She'll call you within 15 minutes.");
    expect(rules(a)).toContain('followThrough.done');
    expect(a.commitments.map((c) => [c.who, c.when])).toEqual([['She', 'within 15 minutes']]);
    expect(rules(analyze("He'll call you."))).toContain('followThrough.untimed-handover');
  });

  it('"I can confirm the refund has been processed" reports; "I can confirm your slot by text tonight" promises', () => {
    expect(analyze('I can confirm the refund of 89.99 has been processed and will show on your statement in 3-5 working days.').intents).not.toContain('commitment');
    expect(analyze('I can confirm your new slot by text tonight.').intents).toContain('commitment');
  });

  it('"I\'ve also added a credit" reports work done', () => {
    expect(rules(analyze("I've also added a 30 credit to your account for the wasted day off."))).toContain('followThrough.done');
  });

  it('"That\'s all I can do" is a dead end; with a way forward after it, it costs nothing and nobody is passed on', () => {
    expect(analyze("That's all I can do.").intents).toContain('pass-the-buck');
    const redirected = analyze("That's the best I can do, but I'll ask my manager today and call you by 4.");
    expect(redirected.intents).not.toContain('pass-the-buck');
    expect(redirected.evidence.filter((e) => e.rule === 'followThrough.dead-end' && e.points !== 0)).toEqual([]);
    expect(redirected.commitments.map((c) => c.what)).toEqual(['ask my manager today and call you by 4']);
  });

  it('"let me see what else I can do" promises no "I can do" to date', () => {
    const a = analyze('Sorry, let me see what else I can do.');
    expect(a.commitments).toEqual([]);
    expect(a.tips.map((t) => t.rewrite).join(' ')).not.toMatch(/I can do by/u);
  });

  it('"…is Thursday at 9, shall I book it?" offers the next step', () => {
    expect(rules(analyze('The earliest slot I have is Thursday at 9, shall I book it?'))).toContain('followThrough.offer');
  });

  it('"I will be looking after you today" introduces; it is no dated promise (the tip made it "…today, and I\'ll email you as soon as it\'s done")', () => {
    const a = analyze("Hi Dana, I'm Alex and I will be looking after you today.");
    expect(a.commitments).toEqual([]);
    expect(a.scores.followThrough).toBeLessThan(40);
    expect(analyze("I'll be your point of contact today, and I'll call you at 4 with an update.").commitments.map((c) => c.specific)).toEqual([true]);
    expect(analyze("I'll be handling the refund today and I'll email you by 5.").commitments[0]?.specific).toBe(true);
  });

  it('"I went ahead and cancelled it" is work done, not an experience shared', () => {
    expect(analyze('I went ahead and cancelled the order.').intents).not.toContain('empathy-statement');
  });

  it('"I don\'t know when it\'ll be fixed" scores no better than saying nothing', () => {
    expect(ft("I don't know when it'll be fixed.")).toBeLessThanOrEqual(30);
  });

  it('"I won\'t let this drop until it\'s fixed" is a pledge to see it through, not a refusal', () => {
    const a = analyze("I won't let this drop until it's fixed.");
    expect(a.intents).toContain('ownership');
    expect(a.intents).not.toContain('refusal');
  });

  it('a dated forecast is a next step: "The duplicate will be refunded within 5 working days"', () => {
    expect(ft('The duplicate will be refunded within 5 working days.') - ft('The duplicate will be refunded.')).toBeGreaterThanOrEqual(8);
  });

  it('"I\'ve started the refund" reports work, not a shared experience', () => {
    const a = analyze("I'm sorry it broke so soon. I've started the refund now; you'll get a prepaid return label by email within the hour.");
    expect(rules(a)).toContain('followThrough.done');
    expect(rules(a)).not.toContain('empathy.shared-experience');
  });
});

describe('over-promising and bending the rules', () => {
  it('asking the team lead whether an exception can be made escalates; offering one bends the rules', () => {
    const asked = analyze("I'll check with my team lead whether we can make an exception, and I'll call you back by 3.");
    expect(asked.intents).toContain('escalation');
    expect(asked.intents).not.toContain('bend-the-rules');
    expect(asked.scores.followThrough).toBeGreaterThanOrEqual(60);
    expect(analyze('I can make an exception just this once.').intents).toContain('bend-the-rules');
  });

  it('a promise made while bending the rules earns nothing, and a deal for deciding now is pressure', () => {
    const a = analyze('Between you and me, I can knock 50 off if you order now.');
    expect(a.intents).toContain('bend-the-rules');
    expect(a.intents).toContain('pressure');
    expect(a.evidence.filter((e) => e.rule.startsWith('followThrough.commitment') && e.points > 0)).toEqual([]);
    expect(a.intents).not.toContain('commitment');
    // "I will pretend to…" (meaning "intend") bends nothing; "I'll pretend I didn't see it" does.
    expect(analyze('I will pretend to do the study first.').intents).not.toContain('bend-the-rules');
    expect(analyze("I'll pretend I didn't see it.").intents).toContain('bend-the-rules');
    // A real promise after it still counts.
    expect(analyze("Between you and me, I can knock 50 off. I'll email you the quote today.").evidence.find((e) => e.rule === 'followThrough.commitment' && e.points > 0)?.text).toBe("I'll email");
  });

  it('"There\'s no way it\'ll take more than two hours" guarantees what nobody controls', () => {
    expect(rules(analyze("There's no way it'll take more than two hours, guaranteed."))).toContain('followThrough.over-promise');
  });

  // Each over-promise next to the honest or owned promise it should lose to.
  it.each([
    ["I guarantee it'll be there by Friday.", "I can't guarantee Friday, but I'll upgrade it to next-day delivery now and text you the tracking by 5 pm."],
    ["100% it'll arrive in time, don't worry.", "I can't promise it'll arrive in time, but I'll chase the courier now and text you by 2 pm."],
    ['I promise it will definitely be there.', "I promise I'll call you at 4 with the tracking."],
    ["It'll be with you tomorrow, no question.", "It should be with you tomorrow, and I'll text you the tracking by 5 pm."],
    ["I promise it'll be back up in five minutes, guaranteed.", "I'll update you in five minutes, whether it's back or not."],
  ])('%s over-promises; %s does not', (over, honest) => {
    const a = analyze(over);
    expect(rules(a)).toContain('followThrough.over-promise');
    expect(a.tips.map((t) => t.rule)).toContain('followThrough.over-promise');
    expect(rules(analyze(honest))).not.toContain('followThrough.over-promise');
    expect(ft(honest) - ft(over)).toBeGreaterThanOrEqual(30);
  });

  it('"I\'ll make sure this never happens again" owns it but does not earn full credit, and gets the over-promise tip only', () => {
    const a = analyze("I'll make sure this never happens again.");
    expect(a.intents).toContain('ownership');
    expect(a.scores.followThrough).toBeLessThan(analyze("I'll make sure this gets fixed.").scores.followThrough);
    expect(a.tips.filter((t) => t.skill === 'followThrough').map((t) => t.rule)).toEqual(['followThrough.over-promise']);
  });

  // Each offer to bend the rules next to a look-alike that does not.
  it.each([
    ["I'll match it, no problem - just don't tell my manager.", "I'll match it, no problem - just send me the link."],
    ["I'll give you a secret discount code, it's not really allowed but whatever.", "I'll give you a discount code, it's our spring offer."],
    ["It's not strictly allowed, but I'll waive the fee.", "I'm not allowed to waive the fee, but I can refund the postage today."],
    ['I can do it off the books for you.', 'I can do it for you today.'],
  ])('%s bends the rules; %s does not', (bent, fine) => {
    const a = analyze(bent);
    expect(a.intents).toContain('bend-the-rules');
    expect(a.tips.map((t) => t.rule)).toContain('intent.bend-the-rules');
    expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.unspecific-commitment');
    expect(analyze(fine).intents).not.toContain('bend-the-rules');
  });
});


describe('a reference is given, not asked for', () => {
  const has = (reply: string) => analyze(reply).evidence.some((e) => e.rule === 'followThrough.reference');
  it.each(["Your case number is 4471, and I'll call you by 5.", "I've logged it under reference number 4471."])('giving one earns the point: %s', (reply) => {
    expect(has(reply)).toBe(true);
  });
  it.each(["What's the order number?", 'Please send me your order number.', 'Could you read me the tracking number?'])('asking for the customer\'s earns nothing: %s', (reply) => {
    expect(has(reply)).toBe(false);
  });
});

describe('a promise the writer disclaims is no promise', () => {
  const a = (reply: string) => analyze(reply);
  it.each(["I can't promise I can waive it.", "I won't pretend we can match that price.", "I can't say I can fix it today.", "I'm not sure I can waive it.", 'I doubt we can refund it.', "I don't know if we can refund it."])(
    '"%s" commits to nothing and frames nothing as doable',
    (reply) => {
      const r = a(reply);
      expect(r.commitments).toEqual([]);
      expect(r.intents).not.toContain('commitment');
      expect(r.evidence.map((e) => e.rule)).not.toContain('positivity.can-do');
      // …and scores below the plain promise it disclaims.
      const plain = reply.replace(/^.*?(I|we) (can|could) /i, (_m, who: string) => `${who === 'we' ? 'We' : 'I'} can `);
      expect(a(plain).scores.followThrough).toBeGreaterThan(r.scores.followThrough);
    },
  );
  it.each(["I'm sure we can sort it today.", 'No doubt we can refund it today.', "I think I can fix it today.", "I can't promise, but I can try."])('"%s" still commits', (reply) => {
    expect(a(reply).intents).toContain('commitment');
  });
});

describe('work done and outcomes guaranteed', () => {
  const rulesOf = (reply: string) => analyze(reply).evidence.map((e) => e.rule);
  it.each(["I've stopped the direct debit today.", 'I tried calling you twice this morning.', 'Your basket has been restored.', 'Your order has been reshipped.'])('"%s" reports work done', (reply) => {
    expect(rulesOf(reply)).toContain('followThrough.done');
    expect(analyze(reply).scores.followThrough).toBeGreaterThan(analyze('Thanks for your message.').scores.followThrough);
  });
  it.each(["I guarantee you'll have it by Friday.", 'Rest assured, it will arrive before Saturday.', "You have my word it'll be there by Friday.", "It'll be there tomorrow, no doubt about it."])(
    '"%s" guarantees what the courier controls',
    (reply) => {
      expect(rulesOf(reply)).toContain('followThrough.over-promise');
    },
  );
  it('"Rest assured, I\'ll call you at 3" promises the writer\'s own action', () => {
    expect(rulesOf("Rest assured, I'll call you at 3.")).not.toContain('followThrough.over-promise');
  });
});

describe('tip rewrites keep a promise whole and drop its vague timing', () => {
  const rewrite = (reply: string, rule: string) => analyze(reply).tips.find((t) => t.rule === rule)?.rewrite;
  it('a bare "I promise." is rewritten as a whole promise, not "I promise by 3 pm"', () => {
    const r = rewrite('I promise.', 'followThrough.unspecific-commitment');
    expect(r).toBeDefined();
    expect(r).not.toMatch(/^I promise by/u);
    expect(r).toMatch(/by 3 pm today/u);
  });
  it.each([
    ["They'll call you when they can.", 'followThrough.untimed-handover', "They'll call you by 3 pm today."],
    ["I'll remove it, hopefully today.", 'followThrough.vague-promise', "I'll remove it today, and I’ll email you as soon as it’s done."],
    ["I'll try to call you, maybe tomorrow.", 'followThrough.unspecific-commitment', "I'll call you tomorrow."],
  ])('"%s" → %s: %s', (reply, rule, expected) => {
    expect(rewrite(reply, rule)).toBe(expected);
  });
  it('a vague "when I get a chance" is replaced by the time, not kept beside it', () => {
    expect(rewrite('I will look at it when I get a chance.', 'followThrough.vague-promise')).toBe('I will look at it by 3 pm today, and I’ll email you as soon as it’s done.');
  });
  it('an order before ", but I\'ll…" becomes a request with the promise after it', () => {
    expect(rewrite("You'll need to bring the receipt, but I'll have the replacement ready.", 'positivity.directive')).toBe("Could you please bring the receipt? I'll have the replacement ready.");
  });
  it.each(["That's not a problem we can fix.", "It's not the kind of thing we can waive.", "I'm happy to help either way."])('"%s" promises nothing to date', (reply) => {
    const a = analyze(reply);
    expect(a.intents).not.toContain('commitment');
    expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.unspecific-commitment');
  });
});

describe('"now" alone dates nothing the customer could check', () => {
  const specific = (reply: string) => analyze(reply).commitments.map((c) => c.specific);
  it.each(["I'm sorry Priya, I'm on it now.", "I'm going to sort this out myself right now.", "I'll take care of this right away."])('"%s" is not a specific commitment', (reply) => {
    expect(specific(reply)).toEqual([false]);
  });
  it.each(["I'll refund it now.", "I'll email you the confirmation now.", "I'll sort it by 5 pm."])('"%s" is', (reply) => {
    expect(specific(reply)).toEqual([true]);
  });
});

describe('setting a dated expectation, and what is no report or recap', () => {
  const rulesOf = (reply: string) => analyze(reply).evidence.map((e) => e.rule);
  it.each(['A replacement will be dispatched within 3-5 working days.', 'An engineer will contact you within 24 hours to book a visit.', 'The refund should appear within 5 working days.'])(
    '"%s" tells the customer when to expect it: follow-through, and no "say what you will do next" tip',
    (reply) => {
      const a = analyze(reply);
      expect(rulesOf(reply)).toContain('followThrough.timeline');
      expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.no-next-step');
    },
  );
  it('an undated forecast sets no expectation', () => {
    expect(rulesOf('It will arrive.')).not.toContain('followThrough.timeline');
  });
  it.each([["I'll send it within 3-5 working days.", 'within 3-5 working days'], ["I'll send it in 3 to 5 days.", 'in 3 to 5 days']])('"%s" has a time: %s', (reply, when) => {
    expect(analyze(reply).commitments[0]?.when).toBe(when);
  });
  it.each([['Update it.', 'followThrough.report-back'], ['So, what exactly do you want me to do?', 'followThrough.recap']])('"%s" earns no %s', (reply, rule) => {
    expect(rulesOf(reply)).not.toContain(rule);
  });
  it.each([['Update on your order: it shipped.', 'followThrough.report-back'], ['So you want me to cancel it?', 'followThrough.recap']])('"%s" still earns %s', (reply, rule) => {
    expect(rulesOf(reply)).toContain(rule);
  });
});

describe('one rewrite per promise', () => {
  it('"Hopefully, I\'ll sort it." gets the vague-promise tip only, not the same rewrite twice', () => {
    const rules = analyze("Hopefully, I'll sort it.").tips.map((t) => t.rule);
    expect(rules).toContain('followThrough.vague-promise');
    expect(rules).not.toContain('followThrough.unspecific-commitment');
  });
});

describe('reassurance that names nothing to check', () => {
  it.each(['We value you as a customer and this is our top priority. Rest assured we are doing everything we can.', "I'm doing my best."])('"%s" is an effort pledge', (reply) => {
    expect(analyze(reply).evidence.map((e) => e.rule)).toContain('followThrough.effort-pledge');
    expect(analyze(reply).scores.followThrough).toBeLessThan(analyze("I'll call you at 3 pm with the engineer's name.").scores.followThrough);
  });
  it('"top priority" with a dated promise beside it is no pledge', () => {
    expect(analyze("This is our top priority and I'll call you at 3 pm.").evidence.map((e) => e.rule)).not.toContain('followThrough.effort-pledge');
  });
});

describe('a customer asking what happens next wants a next step', () => {
  const nextStepTip = (customer: string, reply: string) => analyze(reply, { customer }).tips.some((t) => t.rule === 'followThrough.no-next-step');
  it.each(['So what are you going to do?', "What's the plan?", 'What will you do about it?', 'What happens now?', 'When will it be fixed?'])('"%s" answered with only an apology gets the next-step tip', (customer) => {
    expect(nextStepTip(customer, "I'm so sorry about this.")).toBe(true);
  });
  it.each([
    ['How much is the Pro plan?', "It's 49 a month."],
    ['What plan suits me?', 'The Starter plan covers four people.'],
    ['What do you mean?', 'The charge was a pre-authorisation, not a payment.'],
    ['When did you send it?', 'It went out on Monday morning.'],
  ])('"%s" asks for information: "%s" is a whole answer', (customer, reply) => {
    expect(nextStepTip(customer, reply)).toBe(false);
  });
  it('"I\'ll get the duty manager for you" escalates', () => {
    expect(analyze("I'll get the duty manager for you.").intents).toContain('escalation');
  });
});
