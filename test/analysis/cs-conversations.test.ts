/**
 * From a trainer's audit of whole scripted conversations: readings that sent
 * the customer the wrong way or met a goal by accident. Each case pairs the
 * misread reply with the reading that must stay.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { loadScenarioText } from '../../src/core/scenario/load.js';
import { playScript } from '../../src/core/session.js';
import { intentsOf as intents, ruleIds as rules } from '../helpers/pairs.js';

const tip = (reply: string, rule: string): string | undefined => analyze(reply).tips.find((t) => t.rule === rule)?.rewrite;

describe('hollow promises are not commitments a scenario can count on', () => {
  it.each(["I'll get back to you shortly.", "I'll send you some information at some point.", "I'll make sure someone from billing contacts you."])('"%s" is a vague promise only', (reply) => {
    expect(intents(reply)).toContain('vague-promise');
    expect(intents(reply)).not.toContain('commitment');
    expect(intents(reply)).not.toContain('ownership');
  });

  it('a real promise beside a vague one still counts', () => {
    expect(intents("I'll refund it today. Someone will be in touch about the rest.")).toEqual(expect.arrayContaining(['commitment', 'vague-promise']));
    expect(intents("I'll make sure it's fixed today.")).toContain('ownership');
  });

  it('a polite word does not hide the vague one before it', () => {
    expect(rules('The reset link should come through eventually, please wait for it.')).toContain('followThrough.vague-promise');
    expect(rules('Send it please.')).toContain('positivity.please');
    expect(rules('Please send it.')).not.toContain('positivity.please');
  });
});

describe('candour and apology said plainly', () => {
  it.each(['not gonna lie, yep - same machine, and 299 is a fair price from them', 'straight up: premier means a named priority engineer.', 'no excuses: the visit fell off the schedule.', "tbh it's the same model."])('"%s" is honest disclosure', (reply) => {
    expect(intents(reply)).toContain('honest-disclosure');
  });

  it('"sorry, but what I can do is…" takes nothing back; "sorry, but you should have…" does', () => {
    const a = analyze("I can't price-match, sorry, but what I can do is free setup help.");
    expect(a.evidence.filter((e) => e.rule === 'empathy.apology-undone' && e.points !== 0)).toEqual([]);
    expect(a.intents).toContain('apology');
    expect(rules('Sorry, but you should have checked.')).toContain('empathy.apology-undone');
    expect(rules("Sorry, but I'll have to charge you.")).toContain('empathy.apology-undone');
  });

  it('"It\'s not you, it\'s us" owns the fault', () => {
    expect(intents("It's not you, it's us.")).toContain('ownership');
    expect(rules("It's not you, it's us.")).not.toContain('positivity.negation');
  });
});

describe('chat shorthand and forecasts', () => {
  it('"so ill activate it manually rn" is a timed promise; "I was so ill" is not', () => {
    const a = analyze('which is no good for you, so ill activate it manually rn');
    expect(a.intents).toContain('commitment');
    expect(a.evidence.map((e) => e.rule)).toContain('followThrough.commitment-time');
    expect(a.evidence.map((e) => e.rule)).not.toContain('empathy.warmth');
    expect(intents('I was so ill activating it took ages')).not.toContain('commitment');
  });

  it('"you should be able to log in now" forecasts; it orders nothing', () => {
    expect(rules('you should be able to log in now')).not.toContain('positivity.directive');
    expect(rules('you should be able to log in now')).not.toContain('empathy.advice');
    expect(rules('You should read the manual.')).toContain('positivity.directive');
  });
});

describe('pushing, queueing and goals met by accident', () => {
  it('an add-on pushed as what everyone gets or as required is pressure; an explanation is not', () => {
    expect(intents("You should definitely add the warranty, it's basically required.")).toContain('pressure');
    expect(intents('Most people add it, because the warranty covers parts.')).toContain('pressure');
    expect(intents("Everyone does it this way, it's easy.")).not.toContain('pressure');
  });

  it('"wait like everyone else" dismisses, and its rewrite leaves the queue out', () => {
    expect(intents("You'll have to wait like everyone else.")).toContain('dismissal');
    expect(tip("You'll have to wait like everyone else.", 'positivity.directive')).toBe('Could you please wait?');
    expect(intents('Or someone who gets anxious like everyone else.')).not.toContain('dismissal');
  });

  it('"in touch to confirm" is a purpose, not a recap; "So, to confirm: …" is one', () => {
    expect(intents('Someone will be in touch to confirm.')).not.toContain('recap');
    expect(intents('So, to confirm: Lena, Tuesday 8-10.')).toContain('recap');
    expect(intents('Just to confirm, it is the blue one?')).toContain('recap');
  });

  it('echoing the product name is not reflecting the customer\'s situation', () => {
    const customer = "Hi, I'm looking at Business Pro for my shop. Is it worth it?";
    expect(intents('Hello, thanks for your interest in Business Pro.', customer)).not.toContain('reflection');
    expect(intents('Business Pro is a lot for a small shop; what does your shop need?', customer)).toContain('reflection');
  });

  it('a name and the word it names ("Business Pro plan") are one thing echoed, however they come back', () => {
    const customer = 'Hi! I saw your Business Pro plan advertised. I run a small flower shop. Would it be worth it for someone like me?';
    // The pitch says the product back to her and nothing of her shop: no reflection (and so no credit in the scenario).
    expect(intents('Absolutely, Business Pro is our best plan and it has everything you could ever need!', customer)).not.toContain('reflection');
    expect(intents('Business Pro is our most popular plan.', customer)).not.toContain('reflection');
    // Her situation said back still counts, with or without the name beside it.
    expect(intents('For a small flower shop, the Business Pro plan is probably more than you need.', customer)).toContain('reflection');
    expect(intents('So you run a flower shop on your own?', customer)).toContain('reflection');
    // A word she also uses outside the name is hers: "plan" here is the plan she is making, not the product.
    expect(intents('So your plan is to grow the shop?', 'I like the Business Pro plan, but my plan is to grow the shop first.')).toContain('reflection');
  });

  it("the customer's words in a pitch repeat the product back; said to the customer or beside an apology they reflect", () => {
    const customer = 'Hi! I saw your Business Pro plan advertised. I run a small flower shop. Would it be worth it for someone like me?';
    expect(intents("Yes, the Business Pro plan is perfect for a flower shop. I'll sign you up today.", customer)).not.toContain('reflection');
    expect(intents('Absolutely, Business Pro is worth it for a shop.', customer)).not.toContain('reflection');
    expect(intents('So you run a small flower shop and want to know if Business Pro fits.', customer)).toContain('reflection');
    // A restatement needs no "you".
    const needs = "It's just me and one helper. Mostly I need to send invoices and keep receipts tidy.";
    expect(intents('Invoices and receipts for a two-person shop, got it.', needs)).toContain('reflection');
    expect(intents('Invoices and receipts are included in every plan.', needs)).not.toContain('reflection');
    const refund = "My refund still hasn't arrived and it's been two weeks.";
    expect(intents("I'm sorry the refund still hasn't arrived after two weeks.", refund)).toContain('reflection');
    // The echoed words still earn their points: only the intent a scenario branches on is withheld.
    const pitch = analyze("Yes, the Business Pro plan is perfect for a flower shop. I'll sign you up today.", { customer });
    expect(pitch.evidence.filter((e) => e.rule === 'empathy.reflection' && e.points > 0).length).toBeGreaterThan(0);
  });

  it('"cheers" is thanks, not a sign-off mid-conversation', () => {
    expect(intents('cheers. the link takes up to an hour, so I will activate it manually now.')).toContain('gratitude');
    expect(intents('cheers. the link takes up to an hour, so I will activate it manually now.')).not.toContain('closing');
    expect(intents('Have a good day. Cheers!')).toContain('closing');
  });

  it('a bare "I understand" is no empathy statement; naming the feeling is', () => {
    expect(intents('Thank you for calling. I understand.')).not.toContain('empathy-statement');
    expect(intents('I understand how frustrating this is.')).toContain('empathy-statement');
  });
});

describe('tips rewrite the trainee\'s own words, and never hand a fault back', () => {
  const tipFor = (reply: string, rule: string, customer?: string) => analyze(reply, customer ? { customer } : {}).tips.find((t) => t.rule === rule)?.rewrite;

  it('a vague promise keeps its facts and gets a time', () => {
    expect(tipFor("I'll refund the £49.99 to your Visa ending 4421 sometime next week hopefully.", 'followThrough.vague-promise')).toBe("I'll refund the £49.99 to your Visa ending 4421 next week, and I’ll email you as soon as it’s done.");
    expect(tipFor("I'll do my best to get you back in.", 'followThrough.effort-pledge', 'My presentation starts in an hour!')).toBe("I'll get you back in within an hour, and I’ll email you as soon as it’s done.");
  });

  it('no tip that drops a small word and keeps a worse one', () => {
    const reply = 'Well, you chose the economy shipping option, so what did you expect?';
    expect(analyze(reply).tips.map((t) => t.rule)).not.toContain('positivity.direct-start');
    expect(analyze(reply).evidence.find((e) => e.rule === 'positivity.challenge')?.text).toBe('what did you expect');
    expect(tipFor('Well, I can refund it today.', 'positivity.direct-start')).toBe('I can refund it today.');
  });

  it('an order cut short by a fault inside its clause gives no half request', () => {
    expect(tipFor('You should read the terms before you sign up.', 'positivity.directive')).not.toBe('Could you please read?');
    expect(tipFor('Just click forgot password, obviously.', 'positivity.directive')).toBe('Could you please click forgot password?');
  });

  it('a missed repair visit gets visit examples, and a broadband package is no parcel', () => {
    expect(tipFor("It's company policy.", 'positivity.policy-hiding', 'The engineer never turned up for the repair visit on Friday.')).toMatch(/slot|visit/);
    expect(tipFor("It's company policy.", 'positivity.policy-hiding', 'FastNet offers the same package for £20 less.')).not.toMatch(/courier/);
  });

  it.each([
    ['Not much I can do.', 'refusal'],
    ['Im sorry u feel that way, the charge is legit tho', null],
    ['I apologise if you feel let down.', null],
    ['If FastNet is cheaper then go with FastNet, no one is stopping you.', 'dismissal'],
    ["Only the account holder can close the account, it's policy.", 'policy-hiding'],
  ])('the fault in "%s" is found', (reply, intent) => {
    const a = analyze(reply);
    expect(a.scores.positivity + a.scores.empathy).toBeLessThan(75);
    if (intent) expect(a.intents).toContain(intent);
    else expect(a.evidence.map((e) => e.rule)).toContain('empathy.non-apology');
  });

  it('"100% guaranteed" over-promises; "idk" is a dead end', () => {
    expect(analyze('100% guaranteed').evidence.map((e) => e.rule)).toContain('followThrough.over-promise');
    expect(analyze('Idk, depends what u need tbh').evidence.map((e) => e.rule)).toContain('positivity.dont-know');
  });
});

describe('short questions and reports of what a page says', () => {
  it.each([
    ['Order number?', 'Could you tell me your order number, please?'],
    ['Postcode?', 'Could you tell me your postcode, please?'],
    ['The account email?', 'Could you tell me the account email, please?'],
  ])('"%s" keeps what it asks for', (reply, rewrite) => {
    expect(analyze(reply).tips.find((t) => t.rule === 'positivity.curt-question')?.rewrite).toBe(rewrite);
  });

  it('advice is offered back as help, in the trainee\'s own step, with no frustration the customer never voiced', () => {
    const rewrite = analyze('you should really stretch to the Pro tier').tips.find((t) => t.rule === 'empathy.advice')?.rewrite;
    expect(rewrite).toBe('One thing that could help is to stretch to the Pro tier — shall I walk you through it?');
    expect(rewrite).not.toMatch(/frustrat/);
  });

  it('"It says delivered" reports the tracking; "like it says on the website" points at what they should have read', () => {
    expect(analyze('It says delivered. Maybe check with your neighbours?').evidence.map((e) => e.rule)).not.toContain('empathy.lecture');
    expect(analyze('Like it says on the website, returns take 14 days.').evidence.map((e) => e.rule)).toContain('empathy.lecture');
    expect(analyze('It clearly says so in the terms.').evidence.map((e) => e.rule)).toContain('empathy.lecture');
  });
});

describe('idioms, negation and gaming (a fourth audit)', () => {
  it('stock phrases joined by commas are a script too', () => {
    const commas = analyze("I'm sorry, I understand, I hear you, that must be frustrating, I apologise, I'm so sorry, I understand how you feel.").scores.empathy;
    const real = analyze("I'm so sorry about the double charge, Dana. I'll refund it now and call you at 4 to confirm.", { customer: 'You charged me twice!' }).scores.empathy;
    expect(commas).toBeLessThan(real);
    expect(analyze("I'm sorry, I understand, I hear you, that must be frustrating, I apologise.").evidence.map((e) => e.rule)).toContain('empathy.scripted');
    expect(analyze("I'm so sorry, that must be really frustrating. I'll refund it today.").evidence.map((e) => e.rule)).not.toContain('empathy.scripted');
  });

  it.each([
    ["I don't understand why you're upset.", 'dismissal'],
    ["I'm not sorry.", 'dismissal'],
    ['Wow, thanks for yelling at me.', 'sarcasm'],
    ['Great, just great.', 'sarcasm'],
    ["I won't be calling you back.", 'refusal'],
    ["I'll never refund this.", 'refusal'],
  ])('"%s" reads as %s', (reply, intent) => {
    const a = analyze(reply);
    expect(a.intents).toContain(intent);
    expect(a.intents).not.toContain('empathy-statement');
    expect(a.scores.empathy).toBeLessThanOrEqual(30);
  });

  it.each(["I couldn't agree more.", 'No doubt this was frustrating.', "Never mind, I'll sort it.", "No, that's fine."])('"%s" costs nothing for its "no" or "not"', (reply) => {
    const a = analyze(reply);
    expect(a.evidence.filter((e) => (e.rule === 'positivity.negation' || e.rule === 'positivity.flat-no') && e.points !== 0)).toEqual([]);
    expect(a.scores.positivity).toBeGreaterThanOrEqual(45);
  });
});

describe('a customer waiting for a plan loses patience with sympathy alone (irate-double-charge)', () => {
  it('the second round of sympathy in "planning" costs mood and says so; the first still earns a little', () => {
    const path = 'scenarios/irate-double-charge.yaml';
    const scenario = loadScenarioText(readFileSync(path, 'utf8'), path).scenario!;
    const replies = ["I'm so sorry about this.", 'I completely understand how frustrating that is.', "I'm really sorry.", "I hear you, that's awful."];
    const turns = playScript(scenario, replies, { seed: 1, analyze }).turns;
    expect(turns.map((t) => t.state)).toEqual(['listening', 'planning', 'planning', 'planning']);
    expect(turns[2]!.moodDelta).toBeGreaterThan(0);
    expect(turns[3]!.moodDelta).toBeLessThan(0);
    expect(turns[3]!.customer.join(' ')).toMatch(/already|still don't have a plan/u);
  });
});

describe('owning the fix is ownership as the customer hears it (irate-double-charge)', () => {
  it('"I\'ll refund the duplicate right now … I\'ll call you tomorrow at 10" meets "take personal ownership"; handing her on does not', () => {
    const path = 'scenarios/irate-double-charge.yaml';
    const scenario = loadScenarioText(readFileSync(path, 'utf8'), path).scenario!;
    const ownIt = (replies: string[]): boolean | undefined => playScript(scenario, replies, { seed: 7, analyze }).goals.find((g) => g.id === 'own-it')?.met;
    const sorry = "I'm so sorry Dana, being charged twice and then not getting the callback you were promised is really frustrating.";
    expect(ownIt([sorry, "I'll refund the duplicate 89.99 right now, and I'll email you the confirmation by 3pm today."])).toBe(true);
    expect(ownIt([sorry, "I'll transfer you to our billing team now, they can refund it."])).toBe(false);
    expect(ownIt([sorry, 'Our billing team will refund it by Friday.'])).toBe(false);
  });

  it.each([
    ["I'll refund the duplicate right now.", true],
    ["I'll call you tomorrow at 10 with the answer.", true],
    ["I'll assign our priority engineer now and call you back by 10:30.", true],
    ["I'll transfer you to billing now.", false],
    ["I'll get the engineer to call you.", false],
    ["I'll have billing email you by 4.", false],
    ["I'll get it fixed by Friday.", true],
    ['Let me clarify: the charge you see is a hold, and it will drop off in 3-5 days.', false],
    ['Let me explain it to you by email tonight.', false],
    ["I'll escalate this to my manager today.", false],
    ["We'll refund it by Friday.", false],
    ["I'll look into it.", false],
  ] as const)('"%s" takes the fix on personally: %s', (reply, owns) => {
    expect(intents(reply).includes('ownership')).toBe(owns);
    // Intent only: the promise and its time already earn the points.
    expect(analyze(reply).evidence.filter((e) => e.rule === 'followThrough.owns-the-fix').every((e) => e.points === 0)).toBe(true);
  });
});
