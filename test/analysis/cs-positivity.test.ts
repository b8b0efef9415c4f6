/**
 * Positive language and tips, from a CSR trainer's audit: idioms that are not
 * what their words say ("It's not a problem at all"), pressure that is not
 * pressure ("so you don't wait any longer"), directives that are not orders
 * ("Just to recap"), a leading "No" that answers or is a determiner,
 * sarcasm, condescension, invalidation and policy-hiding that went unflagged,
 * tip examples that fit the customer's situation, and problem words that are
 * the topic rather than negative wording.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { loadScenarioText } from '../../src/core/scenario/load.js';
import { playScript } from '../../src/core/session.js';
import { intentsOf as intents, ruleIds as rules, scoreGap, type ReplyPair } from '../helpers/pairs.js';

const WRONG_CARD = 'Sorry, I think I entered the wrong card number - can you fix it?';
const BLENDER = 'I want a refund for this blender, it broke after a week.';


const tip = (reply: string, rule: string, customer?: string) => analyze(reply, customer ? { customer } : {}).tips.find((t) => t.rule === rule);

const PAIRS: ReplyPair[] = [
  // #7: "so you don't wait any longer" spares the customer a wait.
  { skill: 'positivity', why: 'sparing the customer a wait is not pressure', customer: "I've been on hold for an hour.", better: "I'm sorry. I'll take it from here so you don't wait any longer.", worse: "I'm sorry. I'll take it from here. Don't wait any longer, upgrade today.", margin: 10 },
  // #6: the no-problem idiom is reassurance, not a dismissal.
  { skill: 'empathy', why: '"It\'s not a problem at all" reads like "Not a problem at all"', customer: WRONG_CARD, better: "It's not a problem at all - I'll update it now.", worse: "It's not that big a deal - I'll update it now.", margin: 20 },
  { skill: 'positivity', why: '"It\'s not a problem at all" is the idiom, "That\'s a problem" is not', customer: BLENDER, better: "It's not a problem at all - I'll refund it today.", worse: "That's a problem. I'll refund it today.", margin: 5 },
];

describe('contrast pairs (positive language and tips)', () => {
  it.each(PAIRS.map((p) => [p.skill, p.why, p] as const))('%s: %s', (_skill, _why, p) => {
    expect(scoreGap(p)).toBeGreaterThanOrEqual(p.margin);
  });
});

describe('the no-problem idiom (#6)', () => {
  it.each(["It's not a problem at all - I'll update it now.", "That's not a problem - I'll update it now.", "This isn't a problem, I'll sort it."])('%s is reassurance, not a dismissal; "not a big deal" still is one', (reply) => {
    expect(intents(reply, WRONG_CARD)).not.toContain('dismissal');
    expect(rules(reply, WRONG_CARD)).toContain('positivity.no-problem');
    for (const brushOff of ["It's not a big deal.", "It's not that big a deal.", "It's no big deal.", "That's not such a big deal."]) expect(intents(brushOff)).toContain('dismissal');
  });
});

describe('pressure is urging the customer to buy or decide (#7)', () => {
  const ON_HOLD = "I've been on hold for an hour and your website keeps crashing.";
  it.each([
    "An hour on hold is awful - I'm sorry. I'll take it from here so you don't wait any longer.",
    "I'll send a reminder so you don't miss out on the refund.",
    "Don't wait on hold next time - just message us here.",
  ])('sparing the customer a wait is not pressure: %s', (reply) => {
    expect(intents(reply, ON_HOLD)).not.toContain('pressure');
    expect(rules(reply, ON_HOLD)).not.toContain('positivity.pressure');
    // Urging a purchase still is.
    for (const urge of ["Don't miss out on the spring sale.", "Don't wait too long to upgrade, prices go up in May.", "Don't wait any longer!"]) expect(intents(urge)).toContain('pressure');
  });
});

describe('"Could you please…" only for orders, built from the order\'s own clause (#14)', () => {
  const REPAIR = 'Hello, Grace speaking. Is this about the repair?';
  it.each([
    ['Just to recap: Lena, Tuesday 8 to 10, and a text from me by 6 tonight.', REPAIR],
    ['Just so you know, Lena will be there at 8.', REPAIR],
    ['Oh, brilliant. Another double charge. Just what we needed.', "I was charged twice and I'm really annoyed."],
    ["Losing your mum is so hard, and I'm sorry you have to deal with this on top of it.", 'My mum died last week and I need to stop her phone contract.'],
    ['If you need to reach us, call 0800 123 456.', undefined],
    ['If you should have any questions, just call.', undefined],
  ] as const)('no order in: %s', (reply, customer) => {
    expect(rules(reply, customer)).not.toContain('positivity.directive');
    expect(rules(reply, customer)).not.toContain('empathy.blame');
    expect(analyze(reply, customer ? { customer } : {}).tips.map((t) => t.rewrite).join(' ')).not.toMatch(/could you please/i);
  });

  it('a recap is follow-through, not an order: it costs no positivity', () => {
    const recap = analyze('Just to recap: Lena, Tuesday 8 to 10, and a text from me by 6 tonight.', { customer: REPAIR });
    expect(recap.intents).toContain('recap');
    expect(recap.evidence.filter((e) => e.skill === 'positivity' && e.points < 0)).toEqual([]);
  });

  it("\"sorry you have to deal with this\" is sympathy", () => {
    const a = analyze("Losing your mum is so hard, and I'm sorry you have to deal with this on top of it.", { customer: 'My mum died last week.' });
    expect(a.evidence.find((e) => e.rule === 'empathy.sympathy')?.text).toBe('sorry you have to');
    expect(rules("Losing your mum is so hard, and I'm sorry you have to deal with this on top of it.")).not.toContain('empathy.advice');
  });

  it.each([
    ["Just clear your cookies and try again, it's not rocket science.", 'Could you please clear your cookies and try again?'],
    ["Sorry, but you'll have to wait.", 'Sorry, but could you please wait?'],
    ['OK, you need to fill in the form, then we can refund it.', 'OK, could you please fill in the form? Then we can refund it.'],
    // The promise joined to the order follows the question.
    ["You need to fill in the bereavement form on our website and we'll sort it.", "Could you please fill in the bereavement form on our website? We'll sort it."],
    // A lead-in with no break cannot take a question after it; a condition takes a comma.
    ["I'm afraid you have to stay until the end of the contract.", 'Could you please stay until the end of the contract?'],
    ['If you want a refund you need to send it back.', 'If you want a refund, could you please send it back?'],
  ])('the request keeps its clause, its capitals right and leaves other flagged words out: %s', (reply, rewrite) => {
    expect(tip(reply, 'positivity.directive')?.rewrite).toBe(rewrite);
    // A real order at the start still becomes a request.
    expect(tip('Just give me a moment while I check.', 'positivity.directive')?.rewrite).toBe('Could you please give me a moment while I check?');
    expect(tip('Send me the order number.', 'positivity.directive')?.rewrite).toBe('Could you please send me the order number?');
  });
});

describe('a leading "No" (#15)', () => {
  const WARRANTY = 'Okay, noted. One more thing: the last agent said I must add the three-year warranty for 59. Do I really need it?';
  const COVERED = "No, you're already covered by the two-year manufacturer guarantee, so I wouldn't add it.";
  it.each(["No stress, I'll sort it.", 'No charge for that, I\'ll send it today.', 'No one else has reported that.'])('"No" as a word of the sentence is no flat opener, and no tip deletes it: %s', (reply) => {
    expect(rules(reply)).not.toContain('positivity.flat-no');
    expect(analyze(reply).tips.map((t) => t.rewrite).join(' ')).not.toMatch(/^(Stress|Charge|One else)\b/);
  });

  it('"No," answering the customer\'s yes/no question is the answer, not a contradiction', () => {
    const answer = analyze(COVERED, { customer: WARRANTY });
    expect(answer.evidence.filter((e) => e.skill === 'positivity' && e.points < 0 && e.text === 'No')).toEqual([]);
    expect(answer.scores.positivity - analyze(COVERED).scores.positivity).toBeGreaterThanOrEqual(10);
  });

  it('a flat "No," with no question before it still costs, and the tip leaves a whole sentence', () => {
    expect(tip("No, that's wrong.", 'positivity.flat-no')?.rewrite).toBe("That's wrong.");
    expect(tip(COVERED, 'positivity.flat-no')?.rewrite).toBe("You're already covered by the two-year manufacturer guarantee, so I wouldn't add it.");
    // A "No." standing alone leaves nothing to rewrite: no empty tip.
    for (const t of analyze('Honestly? No. The manufacturer guarantee already covers it.').tips) expect(t.rewrite).toMatch(/\p{L}/u);
  });

  it('"No stress" reassures like "No worries"', () => {
    expect(analyze("No stress, I'll sort it.").scores.positivity).toBe(analyze("No worries, I'll sort it.").scores.positivity);
  });

  it('"lol" costs as a laugh and is not also counted as positive wording', () => {
    const lol = analyze('no its fine u can always downgrade later lol');
    expect(lol.evidence.filter((e) => e.text === 'lol').map((e) => e.rule)).toEqual(['empathy.laughing']);
  });
});

describe('sarcasm, talking down and invalidation (#16)', () => {
  const ON_HOLD = "I've been on hold for an hour and your website keeps crashing.";
  const ABUSE = 'This is the worst company ever, you people are useless idiots!';
  const LATE = "My order still hasn't arrived.";
  it.each([
    ["Sure, because that's totally our fault.", ON_HOLD, 'sarcasm'],
    ['Good for you.', ON_HOLD, 'sarcasm'],
    ["Congratulations, you've found our only bug.", ON_HOLD, 'sarcasm'],
    ["Wow, okay. Someone's having a great day.", ABUSE, 'sarcasm'],
    ["Sure, we're useless. Anything else?", ABUSE, 'sarcasm'],
    ['Let me explain this slowly: the parcel is with the courier.', LATE, 'dismissal'],
    ["It's pretty simple really, the parcel is with the courier.", LATE, 'dismissal'],
    ["Just clear your cookies and try again, it's not rocket science.", undefined, 'dismissal'],
    ["It's a simple fix, anyone can do it.", undefined, 'dismissal'],
    ['Patience is a virtue!', LATE, 'dismissal'],
    ["You're only on the basic plan, so three days is normal.", undefined, 'dismissal'],
    ["With respect, you're the only one who's had this issue.", 'I want a refund for this blender, it broke after a week.', 'dismissal'],
    ['Nobody else has complained about this model.', 'I want a refund for this blender, it broke after a week.', 'dismissal'],
    ['No one else has reported that.', ON_HOLD, 'dismissal'],
    ['Everyone else manages to use the website fine.', ON_HOLD, 'dismissal'],
    ["I'm sure it felt like an hour.", ON_HOLD, 'dismissal'],
    ['Works fine for me.', ON_HOLD, 'dismissal'],
    ['I can assure you the website is working.', ON_HOLD, 'dismissal'],
    ["Outages happen, it's not the end of the world.", undefined, 'dismissal'],
    ["There's no need to be rude about it.", ABUSE, 'dismissal'],
    ["Shouting won't help.", ABUSE, 'dismissal'],
    ['OK, whatever you want.', 'I want to cancel my subscription.', 'dismissal'],
  ] as const)('%s → %s', (reply, customer, intent) => {
    const a = analyze(reply, customer ? { customer } : {});
    expect(a.intents).toContain(intent);
    expect(a.intents).not.toContain('empathy-statement');
    expect(a.intents).not.toContain('solution');
    expect(a.scores.positivity).toBeLessThan(45);
    expect(a.scores.empathy).toBeLessThan(30);
  });

  it('the sarcastic and condescending replies score below a plain one, and get a fitting tip', () => {
    const plain = analyze("I'm sorry about the wait; let me check the website for you now.", { customer: ON_HOLD }).scores.positivity;
    for (const reply of ["Sure, because that's totally our fault.", "Wow, okay. Someone's having a great day.", 'Let me explain this slowly: the parcel is with the courier.']) {
      expect(plain - analyze(reply, { customer: ON_HOLD }).scores.positivity).toBeGreaterThanOrEqual(15);
    }
    expect(tip("Just clear your cookies and try again, it's not rocket science.", 'empathy.talking-down')?.rewrite).toMatch(/step by step/);
    expect(tip("There's no need to be rude about it.", 'empathy.reprimand', ABUSE)?.rewrite).toMatch(/keep it respectful/);
    expect(tip('Nobody else has complained about this model.', 'empathy.invalidation')?.rewrite).toMatch(/let me check/);
  });

  it('what follows sarcasm in its sentence is not taken at face value', () => {
    const a = analyze("Sure, because that's totally our fault.", { customer: ON_HOLD });
    expect(a.evidence.filter((e) => e.points > 0 && e.rule !== 'empathy.reflection')).toEqual([]);
    expect(a.intents).not.toContain('ownership');
  });

  it('"Let me explain this slowly" promises nothing', () => {
    expect(analyze('Let me explain this slowly: the parcel is with the courier.').commitments).toEqual([]);
  });

  it('praise answering good news stays warm; "Good for you." answering a complaint is sarcasm', () => {
    expect(intents('Good for you!', 'I finally passed my driving test today, I am so happy!')).not.toContain('sarcasm');
    expect(intents('Good for you.', 'I passed my test today, it was great!')).not.toContain('sarcasm');
    expect(intents('Congratulations on your promotion!')).not.toContain('sarcasm');
    expect(intents('Good for you.', ON_HOLD)).toContain('sarcasm');
  });

  it('"with all due respect" is no positive word; "with respect to" is just "about"', () => {
    const respect = analyze('With all due respect, it was dispatched on Monday.');
    expect(respect.evidence.filter((e) => e.points > 0)).toEqual([]);
    expect(respect.scores.positivity).toBeLessThan(45);
    expect(tip('With all due respect, it was dispatched on Monday.', 'positivity.factuality')?.rewrite).toBe('It was dispatched on Monday.');
    expect(analyze('With respect to your refund, it went out today.').scores.positivity).toBe(45);
  });

  it('sincere reassurance and statements of fact are not invalidation', () => {
    for (const reply of ["You're not the only one who's had this, and I'm sorry.", 'Nobody has called you back yet, and that is on us.', 'I assure you we will fix it today.']) expect(intents(reply, ON_HOLD)).not.toContain('dismissal');
    // …but they stay what they were before this change, and the contrast holds.
    expect(analyze('No one else has reported that.', { customer: ON_HOLD }).scores.empathy).toBeLessThan(analyze("I'm sorry, let me check that for you.", { customer: ON_HOLD }).scores.empathy - 20);
  });
});

describe('hiding behind policy (#18)', () => {
  const DAMAGED = 'I want a refund, the item arrived damaged.';
  const TIER = 'Why does the Premier client get a call back in an hour and I have to wait three days? I pay you too.';
  it.each([
    ['Unfortunately, per our policy refunds take 7-10 business days.', DAMAGED],
    ['Per our policy, refunds take 10 working days.', DAMAGED],
    ['Unfortunately that\'s outside our policy.', DAMAGED],
    ["It's against company policy.", DAMAGED],
    ['Policy states we can only exchange it.', DAMAGED],
    ["I'm not allowed to refund it.", DAMAGED],
    ['The computer says no.', DAMAGED],
    ['We have to follow procedure.', DAMAGED],
    ['Our terms and conditions say damaged items must be reported within 48 hours.', DAMAGED],
    ['The system prioritises tickets automatically, I have no control over it.', TIER],
  ])('%s → policy-hiding', (reply, customer) => {
    const a = analyze(reply, { customer });
    expect(a.intents).toContain('policy-hiding');
    expect(a.scores.positivity).toBeLessThanOrEqual(30);
  });

  it.each(['We have to follow procedure.', 'The computer won\'t let me change the priority.'])('policy is no promise: %s', (reply) => {
    const a = analyze(reply);
    expect(a.intents).not.toContain('commitment');
    expect(a.scores.followThrough).toBeLessThanOrEqual(30);
  });

  it('explaining a policy that helps the customer is not hiding behind it', () => {
    expect(intents("We have a price-match policy: if you send me the link, I'll check it and match the price by 3 pm today.")).not.toContain('policy-hiding');
    expect(intents("I'm not allowed to refund it.")).toContain('policy-hiding');
  });
});

describe('tips that fit the situation (#20)', () => {
  const tipRules = (reply: string, customer?: string) => analyze(reply, customer ? { customer } : {}).tips.map((t) => t.rule);
  it.each([
    ["I can't cancel it until the end of the contract term.", 'I want to cancel my subscription.', 'positivity.refusal', /renewal/],
    ["That's a fair question. I can't match TechMart's price.", 'I found the same espresso machine fifty pounds cheaper at TechMart. Why should I buy it from you?', 'positivity.refusal', /our price includes/],
    ["I can't give you an exact time for the fix.", "Your dashboard has been down for two hours and my team can't run the morning reports.", 'positivity.refusal', /until it’s back/],
    ["Premier customers pay more, so they get priority. That's just how it works.", 'Why does the Premier client get a call back in an hour and I have to wait three days? I pay you too.', 'positivity.policy-hiding', /Premier clients pay for a one-hour response/],
    ["It's company policy.", 'My husband passed away last month and I need to close his account.', 'positivity.policy-hiding', /certificate/],
    // The Premier client herself is not told why Premier clients come first: her plan is honoured.
    ['Our policy is that outages are handled in the order they are reported.', 'Larkfield Logistics, Premier. The dashboard has been dead since seven. What is happening?', 'positivity.policy-hiding', /^Your Premier plan is there to put you first/],
    ["That's just our policy.", 'So tell me: what does the Premier plan actually do for me this morning?', 'positivity.policy-hiding', /^Your Premier plan/],
  ])('the example fits what the customer is about: %s', (reply, customer, rule, expected) => {
    const t = tip(reply, rule, customer);
    expect(t?.rewrite).toMatch(expected);
    expect(t?.rewrite).not.toMatch(/replacement today|protect your account/);
  });

  it('without a situation to go on, the general example stays', () => {
    const general = 'What I can do is look into your options myself right now and call you back with them by 4 pm today.';
    expect(tip("I can't do that.", 'positivity.refusal')?.rewrite).toBe(general);
    expect(tip("I can't cancel it.", 'positivity.refusal', 'I want to cancel my subscription.')?.rewrite).not.toBe(general);
  });

  it('money taken, said plainly ("you took 89.99 from me twice"), is a billing matter', () => {
    const customer = "This is the second time I'm contacting you. You took 89.99 from me twice, and the callback I was promised on Monday never happened.";
    expect(tip("I'm sorry but I can't do anything about the callback now.", 'positivity.refusal', customer)?.rewrite).toMatch(/charges/u);
  });

  it.each([
    ['That must be really hard.', 'My mum died last week and I need to stop her phone contract.'],
    ["Great question. For four people, the Starter plan covers everything you've described, and it's half the price.", "We're a team of four. Is the Business plan worth it or is it overkill for us?"],
    ["No, you're already covered by the two-year manufacturer guarantee, so I wouldn't add it.", 'The last agent said I must add the three-year warranty for 59. Do I really need it?'],
    ["I'd recommend the Starter plan; it covers four people.", "We're a small team looking for a plan."],
  ])('condolences, advice and answers need no next step: %s', (reply, customer) => {
    expect(tipRules(reply, customer)).not.toContain('followThrough.no-next-step');
    // A request for action still wants one.
    expect(tipRules('Thanks for letting us know.', 'Can you fix my login?')).toContain('followThrough.no-next-step');
  });

  it('a refusal\'s tip already gives the way forward: no second, contradicting next step', () => {
    expect(tipRules("I can't refund that.", 'I want a refund for this blender, it broke after a week.')).not.toContain('followThrough.no-next-step');
  });

  it('the next-step example fits the topic', () => {
    expect(analyze('Thanks for letting me know.', { customer: 'My parcel still has not arrived.' }).tips.find((t) => t.rule === 'followThrough.no-next-step')?.rewrite).toMatch(/courier/);
  });

  it('a locked-out customer gets account examples, not outage ones', () => {
    const LOCKED = "I'm locked out, my authenticator phone was stolen, and payroll is due at noon.";
    expect(tip("Sorry, the system won't let me reset it without the code.", 'positivity.policy-hiding', LOCKED)?.rewrite).toMatch(/account/);
    expect(tip("Sorry, the system won't let me reset it without the code.", 'positivity.policy-hiding', LOCKED)?.rewrite).not.toMatch(/outage/);
    expect(analyze('ok', { customer: LOCKED }).tips.find((t) => t.rule === 'followThrough.no-next-step')?.rewrite).toMatch(/back into your account/);
  });

  it('a handover tip rewrites the handover as written, and a laugh is taken out of the reply itself', () => {
    expect(tip('My colleague Sam will sort the refund.', 'followThrough.untimed-handover')?.rewrite).toMatch(/^My colleague Sam will sort the refund by 3 pm today/);
    expect(tip('lol that plan is way too big for you, the starter one is fine', 'empathy.laughing')?.rewrite).toBe('That plan is way too big for you, the starter one is fine');
  });

  it('no challenge across a dash or in "I won\'t pretend it isn\'t"', () => {
    const reply = "Hi Marco, good on you for checking. Yes, it's the same model, and I won't pretend it isn't - they're fifty cheaper.";
    expect(rules(reply)).not.toContain('positivity.challenge');
    expect(tipRules(reply)).not.toContain('positivity.challenge');
    expect(rules("I won't pretend it isn't there.")).not.toContain('positivity.challenge');
    expect(rules("Isn't it obvious?")).toContain('positivity.challenge');
  });
});

describe('problem words are the topic, not negative wording (#22)', () => {
  const negativeWords = (reply: string, customer?: string) =>
    analyze(reply, customer ? { customer } : {}).evidence.filter((e) => e.rule === 'positivity.negative-word' && e.points < 0).map((e) => e.text);
  it.each([
    ["I'm sorry for your loss. I'll close the account today.", 'My husband passed away last month and I need to close his account.'],
    ["I'll need a copy of the death certificate, and I'll take care of the rest.", 'My husband passed away last month and I need to close his account.'],
    ["I'll fix the crash today and there'll be no charge.", 'The app keeps crashing when I upload photos.'],
    ["I'll kill the stuck upload and retry it for you.", 'The app keeps crashing when I upload photos.'],
    ["There's an outage in your area; I'll update you every 30 minutes.", 'My internet has been dropping out all week.'],
    ["I'm sorry the payment failed; I'll retry it now.", undefined],
  ])('%s', (reply, customer) => {
    expect(negativeWords(reply, customer)).toEqual([]);
  });

  it("the customer's own word is not negative wording when the reply takes it up", () => {
    // "poor" is no general problem word, but it is the customer's.
    expect(negativeWords('I can see the poor signal on your line; I’ll send an engineer tomorrow.', 'The signal is poor here.')).toEqual([]);
    expect(negativeWords('I can see the poor signal on your line; I’ll send an engineer tomorrow.')).toEqual(['poor']);
  });

  it("a negated worry of the customer's still reassures", () => {
    const a = analyze("That's not silly at all, and thank you for telling me.", { customer: 'This might be a silly question, but do I need the big plan?' });
    // Read as reassurance that validates the worry: no cost for the "not", and points for it on both skills.
    expect(a.evidence.filter((e) => e.rule === 'positivity.negation' && e.points !== 0)).toEqual([]);
    expect(a.evidence.find((e) => e.rule === 'empathy.validation' && e.skill === 'empathy')?.text).toBe("That's not silly at all");
    expect(a.evidence.find((e) => e.rule === 'empathy.validation' && e.skill === 'positivity')?.points).toBeGreaterThan(0);
    expect(a.scores.positivity).toBeGreaterThan(analyze("That's silly, and thank you for telling me.").scores.positivity);
  });

  it.each(['Not silly at all.', "You're right to check before you buy.", 'It makes sense to be careful with money this year.', "That's a really sensible thing to ask."])(
    '"%s" tells a worried customer their worry is reasonable: empathy, not only a reassuring idiom',
    (reply) => {
      const a = analyze(reply, { customer: 'Money is tight this year. Is that silly?' });
      expect(a.intents).toContain('empathy-statement');
      expect(a.scores.empathy).toBeGreaterThan(analyze('No problem.', { customer: 'Money is tight this year. Is that silly?' }).scores.empathy);
    },
  );

  it('a plain fix now outscores sarcasm on positivity', () => {
    const CRASH = 'The app keeps crashing when I upload photos.';
    expect(analyze("I'll fix the crash today and there'll be no charge.", { customer: CRASH }).scores.positivity).toBeGreaterThan(analyze("Sure, because that's totally our fault.", { customer: CRASH }).scores.positivity + 15);
    expect(analyze("I'll fix the crash today and there'll be no charge.", { customer: CRASH }).scores.positivity).toBeGreaterThanOrEqual(45);
  });
});

describe('owning a failure is not invalidating the customer', () => {
  it('"…and nobody noticed" admits what went wrong; "nobody has complained" doubts the customer', () => {
    expect(intents("Honestly, the booking dropped off the technician's schedule and nobody noticed.")).not.toContain('dismissal');
    expect(intents('Nobody has complained about this model.')).toContain('dismissal');
    expect(intents('No other customers complained.')).toContain('dismissal');
  });
});

describe('requests and accusations of laziness', () => {
  it.each(['Could you post the error message?', 'Would you paste the order number here?', 'Could you clarify which account it is?'])('"%s" opens with "could/would you": an indirect request', (reply) => {
    expect(rules(reply)).toContain('positivity.indirect-request');
    expect(analyze(reply).scores.positivity).toBeGreaterThan(analyze(reply.replace(/^(Could|Would) you /, 'You must ')).scores.positivity);
  });

  it.each(['Is this homework? What have you tried?', 'This looks suspiciously like homework.', "We're not here to do your work for you."])('"%s" treats the request as laziness', (reply) => {
    expect(rules(reply)).toContain('empathy.talking-down');
    expect(intents(reply)).toContain('dismissal');
  });

  it('doing one\'s own homework on a product is no accusation', () => {
    expect(rules('I did my homework on the new plans and the Plus one suits you best.')).not.toContain('empathy.talking-down');
  });
});

describe('idioms that are no challenge, and shouting calmed in every rewrite', () => {
  it('"It\'s not you, it\'s us" owns the problem; a negative question or tag still challenges', () => {
    expect(rules("It's not you, it's us. We messed up.")).not.toContain('positivity.challenge');
    expect(rules("Isn't it obvious?")).toContain('positivity.challenge');
    expect(rules("You know that, don't you?")).toContain('positivity.doubt');
  });

  it.each([
    "I don't know why he didn't show, but I'll find out by 2 and call you.",
    "That's why I'm calling.",
    'Let me check why it failed.',
    'I can see why fifty less down the road is tempting.',
    "Here's why I'd suggest the Basic plan.",
  ])('"why" inside a statement asks nothing: %s', (reply) => {
    expect(rules(reply)).not.toContain('positivity.why');
    expect(rules('Why did you do that?')).toContain('positivity.why');
  });

  it('"I don\'t see why you need that" still asks the customer to justify themselves', () => {
    expect(rules("I don't see why you need that.")).toContain('positivity.why');
  });

  it.each(['I can totally see why the invoice confused you.', 'I can definitely see the problem.', 'I can really understand that.'])(
    '"%s" grants a point or reports what is seen; it promises nothing (no commitment, no "by 3 pm" rewrite)',
    (reply) => {
      const a = analyze(reply);
      expect(a.commitments).toEqual([]);
      expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.unspecific-commitment');
    },
  );

  it('"I can totally help with that" is "I can help with that": what can be done', () => {
    expect(analyze('I can totally help with that.').intents).toContain('solution');
  });

  it('reassurance said with a "not" is reassurance', () => {
    expect(rules('Not silly at all! Starter is 15 a month, well under budget.')).toContain('empathy.validation');
    expect(rules('Not silly at all! Starter is 15 a month, well under budget.')).not.toContain('positivity.negation');
    expect(analyze("You're not wrong to be annoyed, that's on us.").intents).toContain('empathy-statement');
  });

  it('"No, you\'re right" agrees; "No, you\'re wrong" contradicts', () => {
    expect(rules("No, you're right, we should have called you.")).not.toContain('positivity.flat-no');
    expect(rules("No, you're right, we should have called you.")).toContain('positivity.deference');
    expect(rules("No, you're wrong.")).toContain('positivity.flat-no');
  });

  it('a shouted reply gets calm, sentence-case rewrites in every tip', () => {
    const a = analyze("FINE. I'LL REFUND IT.");
    expect(a.tips.find((t) => t.rule === 'positivity.shouting')?.rewrite).toBe("Fine. I'll refund it");
    for (const t of a.tips) expect(t.rewrite).not.toMatch(/\b[A-Z]{2,}\b/);
    expect(tip('I AM SORRY BUT YOU NEED TO WAIT UNTIL MONDAY', 'positivity.shouting')?.rewrite).toBe('I am sorry but you need to wait until Monday');
    expect(tip('I WILL CHASE DPD NOW AND TEXT YOU BY 2PM.', 'positivity.shouting')?.rewrite).toBe('I will chase DPD now and text you by 2PM.');
  });

  it.each([
    ["I'm sorry you feel that way, but these things happen.", 'empathy.dismissal'],
    ["Unfortunately the technician was sick, so there's nothing we could do.", 'empathy.excuse'],
    ['I cannot stress enough how important backup codes are.', 'empathy.lecture'],
  ])('an excuse or a lecture is flagged: %s', (reply, rule) => {
    expect(rules(reply)).toContain(rule);
  });
});

describe('the customers react to the reading, not the words', () => {
  const firstTurn = (id: string, reply: string) => {
    const path = `scenarios/${id}.yaml`;
    const scenario = loadScenarioText(readFileSync(path, 'utf8'), path).scenario!;
    return playScript(scenario, [reply], { seed: 1, analyze }).turns[0]!;
  };
  it.each([
    ['helpdesk-payroll-lockout', "That's not a problem at all - I'll get you back in right now, well before noon."],
    ['irate-double-charge', "Dana, I'm so sorry - charged twice and no callback is awful. I'll take this on myself so you don't wait any longer."],
  ])('%s: "%s" keeps the customer on side', (id, reply) => {
    const turn = firstTurn(id, reply);
    expect(turn.moodDelta).toBeGreaterThanOrEqual(0);
    expect(turn.analysis.intents).not.toContain('dismissal');
    expect(turn.analysis.intents).not.toContain('pressure');
  });

  it.each([
    ['irate-double-charge', 'Unfortunately that\'s outside our policy.', 'heated'],
    ['helpdesk-payroll-lockout', "Just click the link, it's not rocket science.", 'snapping'],
  ])('%s: "%s" is heard as hostile', (id, reply, hostile) => {
    expect(firstTurn(id, reply).state).toBe(hostile);
  });
});

describe('judging how the customer asked, and rhetorical "surely"', () => {
  it.each([
    'This is a very confusing request! Which order do you mean?',
    "Your email is really hard to follow. What's the order number?",
    "You haven't given me enough information.",
    "There's too little detail here to go on.",
  ])('"%s" criticises how the customer asked, and costs more than asking for what is missing', (reply) => {
    expect(rules(reply)).toContain('positivity.criticism');
    expect(intents(reply)).toContain('blame');
    const ask = 'Could you tell me a little more, so I can find the right order?';
    expect(analyze(ask).scores.positivity).toBeGreaterThan(analyze(reply).scores.positivity);
  });

  it.each([
    "There's no information on our system about that order yet, so I'll ask the warehouse.",
    'This is a very confusing situation, and I am sorry it happened.',
    'The email you got was confusing; I will send a clearer one today.',
    "We gave you too little information, and that's on us.",
    'Our page has too little detail.',
  ])('describing the situation or our own message is no criticism: %s', (reply) => {
    expect(rules(reply)).not.toContain('positivity.criticism');
  });

  it('mocking the customer for leaving you to guess is a challenge', () => {
    for (const reply of ['Any order number? Or do I have to guess?', "I'm not a mind reader.", 'Am I supposed to guess which account?']) expect(rules(reply)).toContain('positivity.challenge');
  });

  it('"surely" doubts the customer in a question or an opening "surely you…", not in a hopeful statement', () => {
    expect(rules('Surely you read the email?')).toContain('positivity.challenge');
    expect(rules('Surely it says that on the box?')).toContain('positivity.doubt');
    expect(analyze('Surely it says that on the box?').tips.find((t) => t.rule === 'positivity.doubt')?.rewrite).toBe('It says that on the box?');
    expect(rules('Surely we can work something out, and I will call you by 5.')).not.toContain('positivity.doubt');
    expect(rules('Surely we can work something out, and I will call you by 5.')).not.toContain('positivity.challenge');
  });
});

describe('good news opening with "Your", and blame dressed as advice', () => {
  it.each(['Your refund of the delivery charge is already on its way.', 'Your order has been reshipped.'])('"%s" points at nobody', (reply) => {
    expect(rules(reply)).not.toContain('positivity.you-start');
  });
  it.each(["We'll pack it more carefully next time.", "I'll check it more carefully in future."])('"%s" is the company promising to do better, not blame', (reply) => {
    expect(intents(reply)).not.toContain('blame');
  });
  it('"You…" still opens pointing at the customer', () => {
    expect(rules('You can find it under Settings.')).toContain('positivity.you-start');
  });
  it.each(["It's all explained in the app if you'd bothered to check.", 'We recommend opening parcels carefully in future.', 'Next time please read the instructions.'])('"%s" blames the customer', (reply) => {
    expect(intents(reply)).toContain('blame');
    expect(rules(reply)).not.toContain('positivity.indirect-request');
  });
});

describe('rewrites that stay sentences', () => {
  const tipFor = (reply: string, rule: string): string | undefined => analyze(reply).tips.find((t) => t.rule === rule)?.rewrite;
  it.each([
    ['Order number?', 'Could you tell me your order number, please?'],
    ['Error message?', 'Could you tell me your error message, please?'],
    ['Better?', 'Could you tell me a bit more about that, so I can help?'],
    ['Deal?', 'Could you tell me a bit more about that, so I can help?'],
  ])('a curt "%s" becomes "%s"', (reply, rewrite) => {
    expect(tipFor(reply, 'positivity.curt-question')).toBe(rewrite);
  });
  it('"Send it please." says please once: "Could you please send it?"', () => {
    expect(analyze('Send it please.').tips.find((t) => t.rule === 'positivity.directive')?.rewrite).toBe('Could you please send it?');
  });
  it('"Maybe you should." gets no "Could you please?"', () => {
    expect(analyze('Hahaha, maybe you should. What is happening?').tips.map((t) => t.rewrite)).not.toContain('Could you please?');
  });
  it('"What is the sentence supposed to mean?" is not turned into "Could you tell me the sentence supposed to mean"', () => {
    expect(tipFor('What is the sentence supposed to mean?', 'positivity.direct-question') ?? '').not.toMatch(/tell me the sentence/u);
    expect(tipFor("What's your order number?", 'positivity.direct-question')).toBe('Could you tell me your order number, please?');
  });
  it.each(['So glad it’s sorted.', 'So far so good?', "I'll refund it now. Then I'll call you at 4.", "And I'll email you the receipt."])('"%s" opens with no abrupt "so", "then" or "and"', (reply) => {
    expect(analyze(reply).evidence.filter((e) => e.rule === 'positivity.direct-start' && e.points < 0)).toEqual([]);
  });
  it('"So what\'s the problem?" and "Then why did you cancel it?" still do', () => {
    for (const reply of ["So what's the problem?", 'Then why did you cancel it?']) expect(analyze(reply).evidence.map((e) => e.rule)).toContain('positivity.direct-start');
  });
});

describe('an answer that fits what the customer described needs no next step', () => {
  it('"Our Starter plan would cover all of that" gets no "check the charges" tip', () => {
    const a = analyze('Our Starter plan would cover all of that.', { customer: "Well, it's just me and one helper. Mostly I need to send invoices and keep receipts tidy for tax time." });
    expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.no-next-step');
  });
});

describe('willingness taken back', () => {
  it.each(["I'd love to help, but I can't.", "I'd love to help, but my hands are tied.", "I'd be happy to help, but that's not possible."])('"%s" earns no willingness and offers no solution', (reply) => {
    const a = analyze(reply);
    expect(a.intents).not.toContain('solution');
    expect(a.evidence.filter((e) => e.rule === 'positivity.willing' && e.points !== 0)).toEqual([]);
    expect(a.scores.positivity).toBeLessThan(analyze("I'd love to help.").scores.positivity);
  });
  it('a no with a way forward leaves it standing', () => {
    const a = analyze("I'd love to help, but I can't waive it; what I can do is refund the postage today.");
    expect(a.evidence.filter((e) => e.rule === 'positivity.willing' && e.points > 0)).toHaveLength(1);
  });
});
