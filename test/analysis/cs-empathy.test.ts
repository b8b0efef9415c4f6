/**
 * Empathy as a customer-service trainer reads it: the readings an audit of
 * realistic CSR replies found wrong (non-apologies scored as model answers,
 * troubleshooting questions scored as caring ones, condolences and strong
 * apologies not recognised, "I'm afraid" read as a shared experience).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';

const UPSET = "You charged me twice and I'm really upset about it.";
const DROPOUTS = 'My internet has been dropping out all week and I work from home.';
const BEREAVED = 'My husband passed away last month and I need to close his account.';
const FURIOUS = "I've been waiting three weeks for my refund and I'm furious.";

const empathy = (reply: string, customer?: string): number => analyze(reply, customer ? { customer } : {}).scores.empathy;
const rules = (reply: string, customer?: string): string[] => analyze(reply, customer ? { customer } : {}).evidence.map((e) => e.rule);

describe('a non-apology is not an apology', () => {
  it.each([
    "I'm sorry you feel that way.",
    "I'm sorry if you were upset.",
    "I'm sorry you were upset by our billing.",
    "I'm sorry you're upset.",
    "I'm sorry for any inconvenience this may have caused.",
    'We apologise if that is how it came across.',
  ])('"%s" costs empathy, carries no apology intent and gets a tip', (reply) => {
    const a = analyze(reply, { customer: UPSET });
    expect(a.evidence.map((e) => e.rule)).toContain('empathy.non-apology');
    expect(a.intents).not.toContain('apology');
    expect(a.scores.empathy).toBeLessThan(30);
    expect(a.tips.map((t) => t.rule)).toContain('empathy.non-apology');
  });

  it('an apology for what we did, named, beats every non-apology', () => {
    const owned = empathy("I'm sorry we charged you twice; that's our mistake.", UPSET);
    for (const non of ["I'm sorry you feel that way.", "I'm sorry you were upset by our billing.", "I'm sorry for any inconvenience this may have caused."]) {
      expect(owned - empathy(non, UPSET)).toBeGreaterThanOrEqual(25);
    }
    expect(rules('My apologies for the double charge.', UPSET)).toContain('empathy.named-apology');
  });

  it.each(['Sorry for your loss, but the account holder has to request closure.', "I'm sorry, although the charge is correct.", 'We apologise, though the fee stands.'])(
    '"%s": "but", "although" or "though" after sympathy takes it back',
    (reply) => {
      const a = analyze(reply, { customer: BEREAVED });
      expect(a.evidence.map((e) => e.rule)).toContain('empathy.apology-undone');
      expect(a.intents).not.toContain('apology');
    },
  );

  it('sympathy for a hardship, and a soft "sorry if I was unclear", are not non-apologies', () => {
    expect(rules("I'm so sorry you're feeling so lonely.")).not.toContain('empathy.non-apology');
    expect(rules('Sorry if I was not clear earlier.')).not.toContain('empathy.non-apology');
  });
});

describe('strong apologies, condolences and validation are recognised', () => {
  it.each([
    "I can't apologise enough for this.",
    "I couldn't be sorrier; that's on us.",
    'Sincere apologies for the double charge.',
    'I owe you an apology.',
    'I want to apologise for the double charge.',
    'I regret that you were charged twice.',
  ])('"%s" is an apology', (reply) => {
    const a = analyze(reply, { customer: UPSET });
    expect(a.intents).toContain('apology');
    // "can't" inside the apology is not negative wording.
    expect(a.evidence.filter((e) => e.rule === 'positivity.negation')).toEqual([]);
  });

  it.each(['My condolences to you and your family.', 'Please accept my condolences.', 'My deepest sympathies.', "I'm so sorry for your loss."])(
    'condolences to a bereaved customer ("%s") are sympathy, with no missed-feelings tip',
    (reply) => {
      const a = analyze(reply, { customer: BEREAVED });
      expect(a.evidence.map((e) => e.rule)).toContain('empathy.sympathy');
      expect(a.tips.map((t) => t.rule)).not.toContain('empathy.missed-feelings');
    },
  );

  it('calling a bereavement an "inconvenience" is tone-deaf', () => {
    expect(rules('I understand. I apologise for the inconvenience.', BEREAVED)).toContain('empathy.tone-deaf');
    expect(empathy('My condolences. I will close the account for you today.', BEREAVED)).toBeGreaterThan(empathy('I understand. I apologise for the inconvenience.', BEREAVED) + 10);
  });

  it.each([
    "Three weeks is far too long, and you're right to be fed up.",
    "I'd be livid too.",
    "That's completely understandable.",
    "I don't blame you for being furious.",
    "I wouldn't be happy either.",
    "That's not good enough, and I'm going to fix it.",
  ])('"%s" validates the customer\'s reaction', (reply) => {
    const a = analyze(reply, { customer: FURIOUS });
    expect(a.evidence.map((e) => e.rule)).toContain('empathy.acknowledge-feeling');
    expect(a.tips.map((t) => t.rule)).not.toContain('empathy.missed-feelings');
  });

  it('blaming the customer\'s bank is blaming others', () => {
    expect(rules("Sorry, that's your bank's mistake.")).toContain('empathy.blame-others');
  });
});

describe('questions: caring about the customer is not the same as troubleshooting or selling', () => {
  it('asking how the customer is coping beats a troubleshooting question', () => {
    const caring = empathy("Can I ask how you're coping with the dropouts?", DROPOUTS);
    const affect = empathy('How has this affected your work this week?', DROPOUTS);
    const troubleshooting = empathy('Have you tried restarting the router?', DROPOUTS);
    expect(caring - troubleshooting).toBeGreaterThanOrEqual(10);
    expect(affect - troubleshooting).toBeGreaterThanOrEqual(10);
    expect(rules('Have you tried restarting the router?', DROPOUTS)).not.toContain('empathy.explore');
  });

  it.each(['Are you sure it is the same model?', 'Shall I sign you up for Business Pro now?', 'Could you send me your account number?', 'Would you like me to book an engineer?'])(
    '"%s" asks for something else: a question, but not about the customer',
    (reply) => {
      const ids = rules(reply);
      expect(ids).toContain('empathy.other-question');
      expect(ids).not.toContain('empathy.question');
    },
  );

  it.each(['How long have you been waiting', 'What help are you looking for', 'how are you holding up'])('"%s" asks about the customer even without its "?"', (reply) => {
    expect(rules(reply, FURIOUS)).toContain('empathy.question');
    // A clause is no question: "when the order arrives you…", "what you need is…".
    for (const clause of ['When the order arrives you will get an email', 'What you need is a new router']) expect(rules(clause)).not.toContain('empathy.question');
  });

  it.each(['What can we do to help?', 'How so?', "What's up?", 'In what way is it dropping out?'])('"%s" is an open invitation to say more', (reply) => {
    expect(rules(reply, DROPOUTS)).toContain('empathy.explore');
    expect(rules("What's up with the router?", DROPOUTS)).not.toContain('empathy.explore');
  });

  it('a request for information still leaves an upset customer without acknowledgement', () => {
    expect(analyze('Could you send me your account number?', { customer: FURIOUS }).tips.map((t) => t.rule)).toContain('empathy.missed-feelings');
  });
});

describe('apologies said on the way, and statements that are no questions', () => {
  it.each(["Yes, I'm calling to apologise about Friday.", 'Just wanted to check in about Friday, so sorry.', 'sry for the hassle, refund done.'])('"%s" apologises', (reply) => {
    expect(analyze(reply).intents).toContain('apology');
  });

  it.each(["I have no idea what's going on, sorry.", "I'm not sure what happened there."])('"%s" admits not knowing; it explores nothing', (reply) => {
    expect(rules(reply)).not.toContain('empathy.explore');
    expect(rules('Can you tell me what happened?')).toContain('empathy.explore');
  });

  it('troubleshooting is a question, but not about the customer; "sorry for any inconvenience" is no sympathy', () => {
    for (const reply of ['Have you tried restarting the app?', 'Did you clear the cache?']) {
      expect(rules(reply)).toContain('empathy.other-question');
      expect(rules(reply)).not.toContain('empathy.question');
    }
    const a = analyze('Sorry for any inconvenience. Someone will be in touch to rebook.');
    expect(a.evidence.map((e) => e.rule)).toContain('empathy.non-apology');
    expect(a.evidence.map((e) => e.rule)).not.toContain('empathy.sympathy');
    expect(a.intents).not.toContain('apology');
  });

  it('"Please don\'t shout at me" tells the customer off; "please don\'t worry" comforts', () => {
    expect(rules("Please don't shout at me.")).toContain('empathy.reprimand');
    expect(rules("Please don't shout at me.")).not.toContain('empathy.warmth');
    expect(rules("Please don't worry, I'll sort it.")).toContain('empathy.warmth');
  });
});

describe('talk about the work is not a shared experience', () => {
  it.each(["That's not possible, I'm afraid.", "I'm afraid there's an outage in your area.", "I've been told someone will get back to you.", 'I had a look at your account.', 'I was going to suggest a reset.'])(
    '"%s" earns no shared-experience points',
    (reply) => {
      expect(rules(reply)).not.toContain('empathy.shared-experience');
    },
  );

  it('a real shared situation, marked with "too", is one', () => {
    expect(rules('I work from home too, so I know how disruptive that is.', DROPOUTS)).toContain('empathy.shared-experience');
  });
});

describe('the writer\'s own work is not a shared experience, and owning a failure is not blame', () => {
  it.each([
    ["I've stopped the direct debit today.", BEREAVED],
    ['I tried calling you twice this morning.', FURIOUS],
    ["If I miss you I'll try again at 3 pm.", FURIOUS],
    ["I've spent some time on your account and found the problem.", DROPOUTS],
    ["I'm not confused, the refund was sent on the 3rd.", FURIOUS],
    ["That feature isn't available yet, I'm afraid, but I can add you to the waitlist.", UPSET],
    ["I'm not unhappy to sort this out.", UPSET],
  ])('"%s" shares no experience', (reply, customer) => {
    expect(rules(reply, customer)).not.toContain('empathy.shared-experience');
  });

  it.each(['I lost my dad last year too.', 'I tried that diet myself and struggled.', "I'm so upset for you."])('"%s" still does', (reply) => {
    expect(rules(reply)).toContain('empathy.shared-experience');
  });

  it.each(["I'm sorry you've had to ask three times - you shouldn't have had to.", "That's not the experience you should have had.", "That's really not what you should expect from a new kettle."])(
    '"%s" owns the failure for the customer: acknowledgement, not blame or an order',
    (reply) => {
      const found = rules(reply, UPSET);
      expect(found).toContain('empathy.acknowledge-feeling');
      expect(found).not.toContain('empathy.blame');
      expect(found).not.toContain('positivity.directive');
      expect(analyze(reply, { customer: UPSET }).intents).not.toContain('blame');
    },
  );

  it.each([
    ["I'm not saying it's your fault.", 'blame'],
    ["It's not that I don't care.", 'dismissal'],
    ["I've saved your basket, so if it happens again nothing will be lost.", 'dismissal'],
  ])('"%s" denies or conditions the reading: no %s', (reply, intent) => {
    expect(analyze(reply).intents).not.toContain(intent);
  });

  it.each([
    ['Most customers don\'t have this problem.', 'empathy.invalidation'],
    ["We've had no other complaints.", 'empathy.invalidation'],
    ['Nobody else has had trouble cancelling.', 'empathy.invalidation'],
    ["It's very simple.", 'empathy.talking-down'],
    ['Not that hard.', 'empathy.talking-down'],
    ["It's literally the first option in the menu.", 'empathy.talking-down'],
    ['It happens.', 'empathy.dismissal'],
  ])('"%s" is flagged (%s)', (reply, rule) => {
    expect(rules(reply, UPSET)).toContain(rule);
    expect(analyze(reply, { customer: UPSET }).intents).toContain('dismissal');
  });

  it('calling a fix simple while doing it reassures', () => {
    expect(rules("It's very simple to fix, I'll do it now.")).not.toContain('empathy.talking-down');
  });
});

describe('asking for a detail, or closing the call, does not explore the customer', () => {
  it.each(['Can you tell me which card you used?', "What's your account number?", 'Is there anything else I can help you with?', 'Which email address is on the account?'])('"%s" is an other-question', (reply) => {
    const found = rules(reply, UPSET);
    expect(found).toContain('empathy.other-question');
    expect(found).not.toContain('empathy.question');
    expect(found).not.toContain('empathy.explore');
    expect(empathy(reply, UPSET)).toBeLessThan(empathy('How are you feeling about all this?', UPSET));
  });
  it.each(['I can see what happened.', "I'm so sorry about what happened.", 'Let me check what went wrong.'])('"%s" tells or investigates: no exploring', (reply) => {
    expect(rules(reply, UPSET)).not.toContain('empathy.explore');
  });
  it.each(['Can you tell me what happened?', 'Tell me what happened.', 'How are you holding up?'])('"%s" still explores', (reply) => {
    expect(rules(reply, UPSET)).toContain('empathy.explore');
  });
});

describe('blame behind a hedge, and hollow or policy answers (scenario audit)', () => {
  it.each(['You probably clicked renew twice.', 'Perhaps you missed it.', "Screens don't crack on their own. It must have been dropped."])('"%s" blames the customer', (reply) => {
    expect(analyze(reply, { customer: UPSET }).intents).toContain('blame');
    expect(rules(reply, UPSET)).not.toContain('positivity.hedge');
  });
  it.each(['To be fair, you did order the wrong size.', 'Well, you did tick the box to opt in.', 'Technically you agreed to the terms.'])(
    '"%s" holds the customer\'s own act against them: blame, whatever candour opens it',
    (reply) => {
      expect(analyze(reply, { customer: UPSET }).intents).toContain('blame');
    },
  );
  it.each(['You did tell us on Monday, and we missed it.', 'You did the right thing by calling.', "You did sign up for the annual plan, so I'll refund the difference today."])(
    '"%s" stresses what the customer did without holding it against them',
    (reply) => {
      expect(analyze(reply, { customer: UPSET }).intents).not.toContain('blame');
    },
  );
  it.each(['Perhaps you could try restarting it?', "Maybe you'd like the blue one?", "It may be your router; let's restart it together."])('"%s" is a suggestion or a hypothesis to test, not blame', (reply) => {
    expect(analyze(reply).intents).not.toContain('blame');
  });
  it.each([
    ["It's policy that I can't reset it.", 'policy-hiding'],
    ['Someone from billing will get back to you when they can.', 'vague-promise'],
    ['It should come through soon.', 'vague-promise'],
  ])('"%s" is %s', (reply, intent) => {
    expect(analyze(reply).intents).toContain(intent);
  });
});

describe('saying the customer\'s situation back', () => {
  const SHOP = "Well, it's just me and one helper. Mostly I need to send invoices and keep receipts tidy for tax time.";
  it('a restatement in their own words earns more than "I understand", and its "So…" is no abrupt opener', () => {
    const restated = analyze("Got it, so it's just you and one part-timer, mostly invoices and receipts.", { customer: SHOP });
    expect(restated.evidence.map((e) => e.rule)).toContain('empathy.restatement');
    expect(restated.scores.empathy - analyze('I understand.', { customer: SHOP }).scores.empathy).toBeGreaterThanOrEqual(8);
    const asked = analyze('So you mainly need invoicing and receipts for the two of you?', { customer: SHOP });
    expect(asked.evidence.filter((e) => e.rule === 'positivity.direct-start' && e.points !== 0)).toEqual([]);
    expect(asked.scores.positivity).toBeGreaterThanOrEqual(45);
  });

  it('their words in a pitch are no restatement, and "So" before anything else still reads as abrupt', () => {
    expect(analyze('Invoices and receipts are easy with Starter.', { customer: SHOP }).evidence.map((e) => e.rule)).not.toContain('empathy.restatement');
    expect(analyze('So what do you want?', { customer: SHOP }).evidence.filter((e) => e.rule === 'positivity.direct-start' && e.points < 0)).toHaveLength(1);
  });
});

describe('what will arrive is an expectation, not advice', () => {
  it.each(["I've reset your password, you should have a text with a temporary code in the next minute.", 'You should get an email shortly.'])('"%s" orders nothing', (reply) => {
    const found = analyze(reply).evidence.map((e) => e.rule);
    expect(found).not.toContain('empathy.advice');
    expect(found).not.toContain('positivity.directive');
  });
  it('"You should have a look at the manual" is still advice, and "You should have read the terms" blame', () => {
    expect(analyze('You should have a look at the manual.').evidence.map((e) => e.rule)).toContain('positivity.directive');
    expect(analyze('You should have read the terms.').intents).toContain('blame');
  });
});

describe('what is at stake for the customer, acknowledged', () => {
  it.each(['I completely understand how critical the morning run is for you.', 'I know how important this is to you.'])('"%s" is an empathy statement', (reply) => {
    expect(analyze(reply).intents).toContain('empathy-statement');
  });
  it('"I know how it works" acknowledges nothing', () => {
    expect(analyze('I know how it works.').intents).not.toContain('empathy-statement');
  });
});

describe('a bereaved customer told there is nothing more to do', () => {
  const LOSS = "My husband passed away last month and I need to close his phone account. I don't know where to start.";
  it('"I\'ll take care of closing the account for you, and there\'s nothing more you need to do" owns it and orders nothing', () => {
    const a = analyze("I'm so sorry for your loss. I'll take care of closing the account for you, and there's nothing more you need to do.", { customer: LOSS });
    expect(a.intents).toContain('ownership');
    expect(a.evidence.filter((e) => e.rule === 'positivity.directive' && e.points !== 0)).toEqual([]);
    expect(a.tips.map((t) => t.rewrite)).not.toContain('Could you please do?');
  });
  it('"You need to send the certificate" is still an order', () => {
    expect(analyze('You need to send the certificate.').evidence.map((e) => e.rule)).toContain('positivity.directive');
  });
});

describe('owning a failure from the company\'s side', () => {
  it('"That\'s really not the experience we want you to have" acknowledges it, as "not the service you should get" does', () => {
    expect(analyze("That's really not the experience we want you to have.").intents).toContain('empathy-statement');
    expect(analyze("That's not the service you should get.").intents).toContain('empathy-statement');
  });
});

describe('feeling for the customer is not apologising', () => {
  it.each(['Ugh, I hate when that happens.', "Oh no, that's stressful with payroll due.", 'What a pain.'])('"%s" shows sympathy but is no apology', (reply) => {
    const a = analyze(reply);
    expect(a.intents).toContain('empathy-statement');
    expect(a.intents).not.toContain('apology');
  });
  it('"I\'m so sorry, that sucks" still apologises', () => {
    expect(analyze("I'm so sorry, that sucks.").intents).toContain('apology');
  });
});

describe('an offer after a lead-in asks nothing about the customer', () => {
  const CANCEL = "Hi, I'd like to cancel my subscription please. I'm moving abroad next month.";
  it('"Before you go, can I offer you 50% off…?" earns no "asks about the customer" empathy', () => {
    const rules = analyze('Before you go, can I offer you 50% off for the next three months?', { customer: CANCEL }).evidence.map((e) => e.rule);
    expect(rules).not.toContain('empathy.question');
    expect(rules).toContain('empathy.other-question');
  });
  it('"Just so I understand, how are you finding the service?" still asks about them', () => {
    expect(analyze('Just so I understand, how are you finding the service?', { customer: CANCEL }).evidence.map((e) => e.rule)).toContain('empathy.question');
  });
});

describe('a calm customer asking for reassurance is not upset', () => {
  it('"So it\'s cancelled, and I won\'t be charged again?" draws no "the customer is upset" tip; "You charged me twice!" does', () => {
    const tips = (customer: string) => analyze('I will cancel it now and email you the confirmation within the hour.', { customer }).tips.map((t) => t.rule);
    expect(tips("Thanks. So it's cancelled, and I won't be charged again?")).not.toContain('empathy.missed-feelings');
    expect(tips('You charged me twice and nobody called back!')).toContain('empathy.missed-feelings');
  });
});
