/**
 * Candour and ownership in plain words: a "no" with a way forward is not a
 * refusal but is still a no (scenarios tell it from giving in), honesty needs
 * no marker word, and owning a failure can be said many ways.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';

describe('a no with a way forward', () => {
  it.each([
    "I can't waive the month, but I'll ask your account manager to call you today.",
    "I'm not able to waive this month, but our priority engineer is on it and I'll call you at 10:30.",
    "I can't match their price, and if price matters most, they're a good option.",
    "We can't match it, but ours includes a 3-year warranty.",
  ])('"%s" is declined: no refusal intent and no cost', (reply) => {
    const a = analyze(reply);
    expect(a.intents).toContain('declined');
    expect(a.intents).not.toContain('refusal');
    expect(a.evidence.filter((e) => e.rule === 'positivity.refusal' && e.points !== 0)).toEqual([]);
  });

  it.each([
    ["Honestly, I can't credit the month myself; credits are set by your contract.", 'declined'],
    ["I can't promise but I'll try to get the refund through today.", null],
    ['What happened is the visit was dropped by mistake. I won\'t make excuses.', null],
  ])('candour is no refusal: "%s"', (reply, intent) => {
    const a = analyze(reply);
    expect(a.intents).not.toContain('refusal');
    expect(a.evidence.filter((e) => e.rule === 'positivity.refusal' && e.points !== 0)).toEqual([]);
    expect(a.intents).toContain('honest-disclosure');
    if (intent) expect(a.intents).toContain(intent);
  });

  it('"…myself" after a no is no ownership, and "that\'s billing\'s job" passes the buck', () => {
    const a = analyze("I can't refund it myself, that's billing's job.");
    expect(a.intents).not.toContain('ownership');
    expect(a.intents).toContain('pass-the-buck');
    expect(analyze("I'll chase the courier myself today.").intents).toContain('ownership');
  });

  it('a bare no is a refusal, not "declined"', () => {
    const a = analyze("I can't waive the month.");
    expect(a.intents).toContain('refusal');
    expect(a.intents).not.toContain('declined');
  });
});

describe('honesty without a marker word', () => {
  it.each([
    "If price matters most, they're a good option.",
    'The truth is we overbooked the technician and did not call you.',
    "What happened is the booking dropped off the technician's schedule.",
    "I wouldn't put you on Business Pro; the Starter plan covers your team.",
    "You don't need the add-on warranty: the manufacturer guarantee already covers it.",
    "Whether that's worth the extra fifty is your call.",
  ])('"%s" is honest disclosure', (reply) => {
    expect(analyze(reply).intents).toContain('honest-disclosure');
  });

  it('"what happened is…" tells, it does not ask', () => {
    expect(analyze("What happened is the booking dropped off the technician's schedule.").intents).not.toContain('question');
  });
  it.each(["ok what's your employee id", 'where is the parcel now', 'so how long has it been down'])('"%s", typed with no question mark, still asks (and gets no "say what you will do next" tip)', (reply) => {
    const a = analyze(reply);
    expect(a.intents).toContain('question');
    expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.no-next-step');
  });
  it('a question word that opens a clause is no question: "when I get back…", "what a mess"', () => {
    expect(analyze("when I get back I'll call you").intents).not.toContain('question');
    expect(analyze('what a mess').intents).not.toContain('question');
  });
});

describe('owning a failure, in other words', () => {
  it.each(['That was entirely our fault.', "Friday was our fault, not the technician's.", 'That one is on us.', 'We let you down.', 'The fault is ours.', 'I own this.'])(
    '"%s" is ownership',
    (reply) => {
      expect(analyze(reply).intents).toContain('ownership');
    },
  );

  it('denying the fault is not owning it', () => {
    expect(analyze("It wasn't our fault.").intents).not.toContain('ownership');
  });
});

describe('the word "honestly" is not candour when what follows pushes or bends the rules', () => {
  it.each([
    ['Honestly, you must add the warranty, everyone does. Machines like this break all the time.', 'pressure'],
    ["Honestly, yes: I'll waive this month for you and move you ahead of everyone else in the queue.", 'bend-the-rules'],
    ["To be honest, I guarantee it will arrive by Friday.", null],
  ])('"%s" is no honest disclosure', (reply, intent) => {
    const a = analyze(reply);
    expect(a.intents).not.toContain('honest-disclosure');
    if (intent) expect(a.intents).toContain(intent);
    const honest = a.evidence.find((e) => e.rule === 'followThrough.honest');
    expect(honest?.points).toBe(0);
    expect(honest?.note).toMatch(/no points/u);
  });
  it.each(["To be honest, it's the same machine, yes.", "Honestly, you don't need the warranty: the manufacturer already covers two years."])('"%s" still is', (reply) => {
    expect(analyze(reply).intents).toContain('honest-disclosure');
  });
});

describe('lifting blame off the customer, and owning the failure', () => {
  it.each(["It wasn't your fault at all, and I'm taking responsibility for fixing it.", 'None of this is your fault.', 'You did nothing wrong.'])('"%s" reassures; it blames no one', (reply) => {
    const a = analyze(reply);
    expect(a.intents).not.toContain('blame');
    expect(a.evidence.map((e) => e.rule)).toContain('empathy.support');
  });
  it.each(["I'm taking responsibility for fixing it.", 'That was our failure.', 'The missed visit, which is on us.'])('"%s" takes ownership', (reply) => {
    expect(analyze(reply).intents).toContain('ownership');
  });
  it('"It\'s your fault." still blames', () => {
    expect(analyze("It's your fault.").intents).toContain('blame');
    expect(analyze("It's your fault.").evidence.map((e) => e.rule)).not.toContain('empathy.support');
  });
});

describe('conceding the comparison the customer made', () => {
  it.each(['Yes, it is the same machine and it is cheaper there.', "You're right, it's the same model and it is 50 cheaper there.", "That's right, it's the exact same one."])(
    '"%s" is candour',
    (reply) => {
      expect(analyze(reply).intents).toContain('honest-disclosure');
    },
  );
  it('asking whether it is cheaper there concedes nothing', () => {
    expect(analyze('Is it cheaper there?').intents).not.toContain('honest-disclosure');
  });
});

describe('"I can tell you…" offers information; "I can tell you\'re…" reads the customer', () => {
  it('offering to tell is no acknowledgement of a feeling', () => {
    const a = analyze('I can tell you what you get here, so you can decide.');
    expect(a.evidence.map((e) => e.rule)).not.toContain('empathy.acknowledge-feeling');
    expect(a.intents).not.toContain('empathy-statement');
  });
  it.each(["I can tell you're worried about this.", 'I can tell this has been stressful.'])('"%s" acknowledges', (reply) => {
    expect(analyze(reply).intents).toContain('empathy-statement');
  });
});

describe('ordering today is pressure only when a deal hangs on it', () => {
  it('saying what happens if he orders today is not pressure', () => {
    expect(analyze("If you order today, I'll book your free setup call for tomorrow at 10.").intents).not.toContain('pressure');
  });
  it.each(["It's only this price if you order today.", 'If you order today you get 10% off.', 'If you order today I can throw in a free descaling kit.'])('"%s" is', (reply) => {
    expect(analyze(reply).intents).toContain('pressure');
  });
});

describe('urging a purchase with the product named is pressure', () => {
  it.each(['Just buy Business Pro before the price goes up.', 'Upgrade to Pro today.', "I'd lock it in before the price goes up."])('"%s" is pressure', (reply) => {
    expect(analyze(reply).intents).toContain('pressure');
  });
  it.each(['Get a coffee before you call back.', "Order the replacement now and I'll refund the first one."])('"%s" is not', (reply) => {
    expect(analyze(reply).intents).not.toContain('pressure');
  });
});

describe('what trainees write in their own words (read as people would)', () => {
  const cases: [string, string, string[], string[]][] = [
    ['taking the customer\'s side is no blame', "You shouldn't have been charged twice, and you should have had that callback. I'm sorry.", ['apology'], ['blame']],
    ['the plain admission, without a marker word', "It's the same model, yes.", ['honest-disclosure'], []],
    ['the short admission', 'Yep, same machine.', ['honest-disclosure'], []],
    ['no to the price, with what buying here gives', "We can't match it, but if you buy here you get setup help and 30 days to return it.", ['declined', 'solution'], ['refusal']],
    ['stating the value on offer', 'With us you get free setup help and a 30 day return window.', ['solution'], []],
    ['saying what ordering now leads to', "Skip the add-on warranty. If you order now I'll email you the confirmation within the hour.", ['commitment'], ['pressure']],
    ['the warranty truth, with an adverb', "No, you really don't need it. Your manufacturer guarantee covers the same.", ['honest-disclosure'], []],
    ['the cover already held', 'Not really. The manufacturer already covers it for two years.', ['honest-disclosure'], []],
    ['the bigger plan is more than needed', 'Pro is probably overkill for a shop your size.', ['honest-disclosure'], []],
    ['doubting the need, in the first person', "I don't think you need Business Pro.", ['honest-disclosure'], []],
    ['a recommendation', "I'd suggest starting on our Starter plan.", ['solution'], []],
    ['how to get it done', 'Yes you can upgrade whenever. You just sign up on our website.', ['solution'], []],
    ['what went wrong, said plainly', "There was a mix-up with the technician's schedule.", ['honest-disclosure'], []],
    ['confirming the double charge is checking a fact, not candour', 'Yes, I can see both payments here.', [], ['honest-disclosure']],
    ['what the plan includes', 'As a Premier customer you get a dedicated engineer and a response within two hours.', ['solution'], []],
    ['a promise that he will not regret it', "Trust me, you won't regret buying from us.", ['pressure'], []],
    ['handing on with no time', "I'll pass this to our billing team and they'll be in touch.", ['vague-promise'], ['commitment']],
    ['putting it on her bank', "It's probably your bank showing it twice, not us.", ['blame'], []],
    ['nobody in particular, from a team', 'Someone from billing will look into it.', ['vague-promise'], []],
    ['"anything else?" in chat is a closing check', 'Thanks for your patience Dana, anything else?', ['closing'], []],
    ['needing nothing else is no closing check', "I don't need anything else.", [], ['closing']],
    ['asking leave to take details', 'Hi Marcus, can I take a few details to verify you?', ['polite-request'], []],
    ['a no about the request is not passing it on', "That's not something I can do, I'm sorry.", ['refusal'], ['pass-the-buck']],
  ];
  it.each(cases)('%s', (_why, reply, has, hasNot) => {
    const intents = analyze(reply).intents;
    for (const i of has) expect(intents).toContain(i);
    for (const i of hasNot) expect(intents).not.toContain(i);
  });
  it('a handover with a time is still a commitment', () => {
    expect(analyze("I'll pass this to our billing team and they'll call you by 5 pm today.").intents).toContain('commitment');
  });
  it('"you should have had a look at the FAQ" still blames', () => {
    expect(analyze('You should have had a look at the FAQ.').intents).toContain('blame');
  });
});

describe('half-truths that win a sale are misleading; facts are not', () => {
  it.each([
    'It might be a different version, they sometimes sell older stock.',
    "You never know what you're getting with those sites.",
    'Their warranty might not be valid.',
    "I wouldn't trust that shop.",
    // From the ethics walk-through, where the only tip was to drop the "Well,": the dodge is the fault.
    'Well, you get what you pay for. Those cheaper sellers are often grey imports.',
    'Online sellers are usually fakes.',
  ])(
    '"%s" is misleading, and costs follow-through',
    (reply) => {
      const a = analyze(reply);
      expect(a.intents).toContain('misleading');
      expect(a.scores.followThrough).toBeLessThan(30);
      expect(a.tips.map((t) => t.rule)).toContain('intent.misleading');
    },
  );
  it.each([
    "They don't include setup help, but it is the same machine.",
    "It isn't a different version; it's the same machine.",
    // Troubleshooting guesses about the customer's own setup are not half-truths about a competitor.
    'It might be an older version of the app; could you check for updates?',
    'It might not be the same fault as last time.',
    // A fact about their own shop, not a doubt cast on a kind of seller.
    'The other shop is often busy on Saturdays.',
  ])('"%s" is not', (reply) => {
    expect(analyze(reply).intents).not.toContain('misleading');
  });
  it('"honestly" beside a half-truth is no candour', () => {
    expect(analyze('Honestly, they sometimes sell older stock.').intents).not.toContain('honest-disclosure');
  });
});

describe('fear as a sales argument', () => {
  it('"I really recommend the extended warranty, these machines break all the time" presses with fear', () => {
    expect(analyze('I really recommend the extended warranty, these machines break all the time.').intents).toContain('pressure');
  });
  it('a shared experience of things breaking presses nobody', () => {
    expect(analyze('My laptop breaks all the time too, I know the feeling.').intents).not.toContain('pressure');
  });
});
