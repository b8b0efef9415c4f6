/**
 * Customer-service sense: for each skill, pairs of replies a CSR trainer
 * would rank the same way. The better reply must score strictly higher on
 * the skill named, by at least the margin given.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { scoreGap, type ReplyPair } from '../helpers/pairs.js';

const DOUBLE_CHARGE = "You charged my card twice for the same order and nobody has called me back. I'm really frustrated.";
const LATE = 'My parcel was supposed to arrive on Monday and it still has not come. I need it for my daughter’s birthday.';


const PAIRS: ReplyPair[] = [
  // Empathy
  { skill: 'empathy', why: 'reflection beats a formulaic "I understand"', customer: DOUBLE_CHARGE, better: 'Being charged twice and then hearing nothing back is really frustrating.', worse: 'I understand.', margin: 15 },
  { skill: 'empathy', why: 'apology without "but" beats an apology taken back', customer: DOUBLE_CHARGE, better: "I'm sorry about the double charge.", worse: "I'm sorry, but you should have checked your statement.", margin: 30 },
  { skill: 'empathy', why: 'acknowledging beats dismissing', customer: DOUBLE_CHARGE, better: 'That sounds really stressful.', worse: "Calm down, it's not a big deal.", margin: 30 },
  { skill: 'empathy', why: 'exploring beats lecturing', customer: LATE, better: 'Could you tell me when you placed the order, so I can see what happened?', worse: 'As I already said, read the delivery terms.', margin: 25 },
  { skill: 'empathy', why: 'naming the situation beats a bare apology', customer: LATE, better: "I'm so sorry your parcel hasn't arrived in time for your daughter's birthday.", worse: 'Sorry.', margin: 10 },
  { skill: 'empathy', why: 'an open question beats a challenge dressed as one', better: 'Could you tell me what went wrong with the setup?', worse: 'What exactly is your problem with the setup?', margin: 10 },
  { skill: 'empathy', why: 'not blaming beats blaming', better: "Let's look at the address together.", worse: 'You entered the address wrong.', margin: 20 },
  // Positivity
  { skill: 'positivity', why: '"what I can do" beats "I can\'t"', better: "I can't change the fee, but what I can do is waive next month's charge.", worse: "I can't change the fee.", margin: 10 },
  { skill: 'positivity', why: 'explaining beats hiding behind policy', better: 'I can offer you a replacement today.', worse: "It's company policy, there's nothing I can do.", margin: 25 },
  { skill: 'positivity', why: 'a polite request beats an order', better: 'Could you please send me the order number?', worse: 'Send me the order number.', margin: 10 },
  { skill: 'positivity', why: 'thanks beats none', better: 'Thanks for your patience while I look into this.', worse: 'Wait while I look into this.', margin: 10 },
  { skill: 'positivity', why: 'calm case beats shouting', better: 'Please check your email for the link.', worse: 'PLEASE CHECK YOUR EMAIL FOR THE LINK', margin: 15 },
  { skill: 'positivity', why: 'plain words beat sarcasm', better: 'I see, let me help with that.', worse: 'Oh great, good luck with that.', margin: 20 },
  { skill: 'positivity', why: 'room to decide beats pressure', better: 'Take your time; I am happy to answer any questions.', worse: 'You need to decide now, this offer ends today.', margin: 20 },
  { skill: 'positivity', why: '"no problem" is an idiom, not a problem', better: 'No problem at all.', worse: 'That is a problem.', margin: 5 },
  { skill: 'positivity', why: 'a full request beats a curt fragment', better: 'Could you give me your order number, please?', worse: 'Order number?', margin: 10 },
  { skill: 'positivity', why: 'asking calmly beats an incredulous "what?"', better: 'Could you tell me a bit more about what happened?', worse: 'You did what?', margin: 8 },
  { skill: 'positivity', why: 'one clear question beats an interrogation', better: 'Could you tell me the order number and the day it arrived?', worse: 'What is the order number? When did it arrive? Did you open the box?', margin: 8 },
  { skill: 'positivity', why: 'saying why you ask beats a bare question', better: 'Just to make sure I understand, were you charged twice?', worse: 'Were you charged twice?', margin: 4 },
  { skill: 'positivity', why: 'a plain question beats demanding "what exactly"', better: 'Which part of the setup is giving you trouble?', worse: 'What exactly is your problem with the setup?', margin: 5 },
  { skill: 'positivity', why: 'explaining plainly beats calling the question trivial', better: 'Here is how to reset the password: open Settings and choose Security.', worse: 'This is a trivial question. Open Settings and choose Security.', margin: 8 },
  { skill: 'positivity', why: 'offering a choice beats a bare fragment', better: 'Card or cash?', worse: 'Payment method?', margin: 4 },
  { skill: 'positivity', why: 'a question without doubt beats one with "really"', better: 'Is that the message the screen shows?', worse: 'Is that really the message the screen shows?', margin: 4 },
  { skill: 'positivity', why: 'plain text beats *stressed* words', better: 'The refund takes three working days.', worse: 'The refund takes *three* working days.', margin: 4 },
  { skill: 'positivity', why: 'leaving room ("if so") beats presuming', better: 'Is the light still red? If so, I can send a new router today.', worse: 'Is the light still red? I can send a new router today.', margin: 4 },
  // Follow-through
  { skill: 'followThrough', why: 'an owned, timed, channelled promise beats "someone will get back to you"', better: "I'll call you at 10 tomorrow with the refund confirmation.", worse: 'Someone will get back to you.', margin: 40 },
  { skill: 'followThrough', why: 'a specific promise beats a vague one', better: "I'll email you the tracking link by 3 pm today.", worse: "I'll look into it at some point.", margin: 25 },
  { skill: 'followThrough', why: 'owning the handover beats passing the buck', better: "I'll contact our billing team for you and call you back by 4 pm.", worse: "That's not my department, you'll have to call billing.", margin: 40 },
  { skill: 'followThrough', why: 'a recap and a check beat nothing', better: 'To recap, the refund goes out today. Is there anything else I can help with?', worse: 'The refund goes out today.', margin: 10 },
  { skill: 'empathy', why: 'owning the problem beats blaming the courier', customer: LATE, better: "I'm sorry your parcel is late; let me put it right.", worse: 'The courier messed up, not us.', margin: 25 },
  { skill: 'followThrough', why: 'owning the problem beats blaming another department', better: 'That was our mistake, and I take responsibility for it.', worse: 'The other department should have sent it out on Monday.', margin: 20 },
  { skill: 'positivity', why: 'doing it now for the customer is not pressure on them', better: "I'll place the order now.", worse: 'Order now before it is gone.', margin: 10 },
  { skill: 'empathy', why: 'suggesting a look now beats blaming for not having looked', better: 'You should have a look at the FAQ.', worse: 'You should have looked at the FAQ.', margin: 15 },
  { skill: 'positivity', why: 'offering a choice beats a blunt question', better: 'Which day works for you?', worse: 'Which day was it?', margin: 5 },
  { skill: 'empathy', why: 'one reflection of the situation beats a stack of stock phrases', customer: DOUBLE_CHARGE, better: "I'm sorry you were charged twice and then left waiting for a call that never came.", worse: "I'm sorry. I understand. That must be frustrating. I hear you.", margin: 10 },
  { skill: 'positivity', why: 'owning a possible mistake beats telling the customer they are wrong', better: "Correct me if I'm wrong, but the charge went out twice?", worse: "You're wrong, the charge went out twice.", margin: 10 },
  { skill: 'positivity', why: 'agreeing with the customer beats contradicting them', better: 'I agree with you, that should not have happened.', worse: 'That is not what happened.', margin: 10 },
  { skill: 'positivity', why: 'checking you understood beats assuming', better: 'So the app closes when you log in, is that right?', worse: 'So the app closes when you log in.', margin: 4 },
  { skill: 'followThrough', why: 'reporting back beats a hedge', better: "I've refunded the second charge; you'll see it within 3 days.", worse: 'Hopefully it should be sorted soon.', margin: 25 },
];

describe('contrasting reply pairs', () => {
  it.each(PAIRS.map((p) => [p.skill, p.why, p] as const))('%s: %s', (_skill, _why, p) => {
    expect(scoreGap(p)).toBeGreaterThanOrEqual(p.margin);
  });

  it('has pairs for every skill', () => {
    for (const skill of ['empathy', 'positivity', 'followThrough'] as const) expect(PAIRS.filter((p) => p.skill === skill).length).toBeGreaterThanOrEqual(5);
  });
});

describe('politeness cues name their rule', () => {
  const cases: [string, string][] = [
    ['Order number?', 'positivity.curt-question'],
    ["It's really simple, just google it.", 'empathy.lecture'],
    ['Do you even understand how the app works?', 'empathy.lecture'],
    ['You want a refund for what?', 'positivity.incredulous'],
    ['Really? It was delivered.', 'positivity.incredulous'],
    ['What is it? Where is it? Who sent it?', 'positivity.question-barrage'],
    ['Just to clarify, is this the blue model?', 'positivity.clarify'],
    ['If possible, send a photo of the label.', 'positivity.conditional'],
    ["Don't you have the receipt?", 'positivity.challenge'],
    ['What is the point of calling again?', 'positivity.challenge'],
    ['Have you honestly tried turning it off?', 'positivity.doubt'],
    ['It is **not** covered.', 'positivity.markup-emphasis'],
    ['All sorted :)', 'positivity.smile'],
    ['Did you read the email??', 'positivity.exasperation'],
    ['You want it today?!', 'positivity.exasperation'],
    ['Since when does it cost extra?', 'positivity.challenge'],
    ["Correct me if I'm wrong, but is it the blue model?", 'positivity.humility'],
    ['I may be missing something, but the order shows as paid.', 'positivity.humility'],
    ['If I understand correctly, it stopped working on Monday?', 'positivity.humility'],
    ['Just curious, which browser do you use?', 'positivity.clarify'],
    ['Because I believe you are a troll, I will not answer.', 'positivity.insult'],
  ];
  it.each(cases)('%s → %s', (reply, rule) => {
    expect(analyze(reply).evidence.map((e) => e.rule)).toContain(rule);
  });

  it('tips rewrite stressed words plainly and turn a curt question into a full one', () => {
    const stressed = analyze('The refund takes *three* working days.').tips.find((t) => t.rule === 'positivity.markup-emphasis');
    expect(stressed?.rewrite).toBe('The refund takes three working days.');
    expect(stressed?.span?.text).toBe('*three*');
    const curt = analyze('Order number?').tips.find((t) => t.rule === 'positivity.curt-question');
    expect(curt?.rewrite).toMatch(/^Could you .+\?$/);
    expect(analyze(curt!.rewrite).evidence.map((e) => e.rule)).not.toContain('positivity.curt-question');
  });

  it.each([
    ['Send me the order number.', 'positivity.directive', 'Could you please send me the order number?'],
    ['You need to restart it.', 'positivity.directive', 'Could you please restart it?'],
    ['You must not share it.', 'positivity.directive', 'Please do not share it.'],
    ['Is that really what the screen shows?', 'positivity.emphasis', 'Is that what the screen shows?'],
    ['Have you honestly tried turning it off?', 'positivity.doubt', 'Have you tried turning it off?'],
    ['So, what is the order number?', 'positivity.direct-start', 'What is the order number?'],
    ['Actually, the refund went out today.', 'positivity.factuality', 'The refund went out today.'],
    ['You want it today?!', 'positivity.exasperation', 'You want it today?'],
  ])('the tip for "%s" (%s) keeps the sentence and its meaning: "%s"', (reply, rule, rewrite) => {
    expect(analyze(reply).tips.find((t) => t.rule === rule)?.rewrite).toBe(rewrite);
  });

  it('offers no rewrite that would leave the sentence as written', () => {
    for (const reply of ['The fact is, it is late.', 'The point is that it shipped.']) {
      for (const tip of analyze(reply).tips) expect(tip.rewrite).not.toBe(reply);
    }
  });

  it('does not read code or statements as those cues', () => {
    const rules = (reply: string) => analyze(reply).evidence.map((e) => e.rule);
    expect(rules('Set my_account_id and retry.')).not.toContain('positivity.markup-emphasis');
    expect(rules('a * b * c is the total.')).not.toContain('positivity.markup-emphasis');
    expect(rules('I really appreciate your patience.')).not.toContain('positivity.doubt');
    expect(rules('I know what.')).not.toContain('positivity.incredulous');
    expect(rules('Could you tell me your order number?')).not.toContain('positivity.curt-question');
    for (const short of ['Does that help?', 'How are you?', 'Anything else?', 'Is that okay?', 'Any luck?', 'Sound good?', 'Can I help?']) expect(rules(short)).not.toContain('positivity.curt-question');
    expect(rules('What?')).not.toContain('positivity.curt-question');
    expect(rules('Yes, I can do that today.')).not.toContain('empathy.shared-experience');
    expect(analyze('I will refund the duplicate payment myself today.').intents).toContain('ownership');
    expect(analyze('I will personally make sure it arrives.').intents).toContain('ownership');
    expect(analyze('Our team will refund the duplicate payment today.').intents).not.toContain('ownership');
    expect(rules('Per my last email, the refund is done.')).toContain('empathy.lecture');
    expect(rules('I understand your frustration, however the fee stays.')).toContain('empathy.apology-undone');
    // "Why don't we…" suggests; "Why don't you…" challenges.
    expect(rules("Why don't we try a reset together?")).not.toContain('positivity.challenge');
    expect(analyze("Why don't you read the email?").scores.positivity).toBeLessThan(analyze("Why don't we try a reset together?").scores.positivity - 20);
    expect(rules('Is it the blue one? Or the red one?')).not.toContain('positivity.question-barrage');
    expect(rules('Is it the blue one? Great!')).not.toContain('positivity.exasperation');
    // Humbling oneself is not insulting the reader: "a stupid question" of one's own is a hedge.
    expect(rules('Probably a stupid question, but is it plugged in?')).not.toContain('positivity.insult');
    expect(rules('That is a stupid question.')).not.toContain('positivity.humility');
  });

  it('stops paying for stock empathy after two set phrases, and says why', () => {
    const stacked = analyze("I'm sorry. I understand. That must be frustrating. I hear you.", { customer: DOUBLE_CHARGE });
    expect(stacked.evidence.find((e) => e.rule === 'empathy.scripted')?.text).toBe('That must be frustrating. I hear you');
    expect(stacked.evidence.find((e) => e.rule === 'empathy.interpretation')?.points).toBe(0);
    expect(stacked.tips.map((t) => t.rule)).toContain('empathy.scripted');
    // The phrases still say what they say: scenarios branching on an apology still see one.
    expect(stacked.intents).toEqual(expect.arrayContaining(['apology', 'empathy-statement']));
    // Two set phrases are natural, and a phrase inside a sentence about the customer is not stock.
    const rules = (reply: string) => analyze(reply).evidence.map((e) => e.rule);
    expect(rules("I'm so sorry. That must be so frustrating.")).not.toContain('empathy.scripted');
    expect(rules("I'm sorry. I understand. I hear you that the second charge came on your birthday.")).not.toContain('empathy.scripted');
    // The same stock sentence written three times is a repeat, not a script of three.
    expect(rules("I'm sorry. I'm sorry. I'm sorry.")).not.toContain('empathy.scripted');
  });

  it('reads a name as a name, not as an opinion word', () => {
    // AFINN scores "rob" -2 and "joy" +3; "Hi Rob" is a greeting, not negative wording.
    const valenced = (reply: string) => analyze(reply).evidence.filter((e) => e.rule.startsWith('positivity.') && e.rule.endsWith('-word')).map((e) => e.text);
    expect(valenced('Hi Rob, thanks for waiting.')).toEqual([]);
    expect(valenced('Thank you, Joy. The refund is on its way.')).toEqual([]);
    expect(valenced('@Rob the link is broken.')).not.toContain('Rob');
    // The same words in lower case, or not addressed, keep their valence.
    expect(valenced('They rob you blind with these fees.')).toContain('rob');
    expect(valenced('It is a joy to help.')).toContain('joy');
  });
});

describe('idioms and negation', () => {
  it.each([
    ['No problem, happy to help.', 'positivity.no-problem', null],
    ["Not a problem — I'll sort it.", 'positivity.no-problem', null],
    ["I can't wait to help you set it up!", 'positivity.willing', 'refusal'],
    ["That won't be an issue.", 'positivity.no-problem', null],
    ["Don't worry, I've got this.", 'positivity.no-problem', null],
    ["Take your time, there's no rush.", 'positivity.no-problem', null],
    ['Nothing to apologise for, it happens to the best of us.', 'positivity.no-problem', 'dismissal'],
    ["I can't promise it'll arrive by Friday, but I'll chase the courier this afternoon.", 'followThrough.honest', 'refusal'],
    ["I'm not going to promise something I can't deliver.", 'followThrough.honest', 'refusal'],
  ] as const)('%s → %s', (reply, rule, notIntent) => {
    const a = analyze(reply);
    expect(a.evidence.map((e) => e.rule)).toContain(rule);
    expect(a.evidence.filter((e) => e.skill === 'positivity' && e.points < 0)).toEqual([]);
    if (notIntent) expect(a.intents).not.toContain(notIntent);
  });

  it('negation flips word valence: "not happy" is negative, "not bad" mildly positive', () => {
    const valenced = (reply: string, word: string) => analyze(reply).evidence.find((e) => e.text === word && e.rule.startsWith('positivity.'));
    const notHappy = valenced('The customer is not happy.', 'happy');
    const notBad = valenced('That is not bad.', 'bad');
    expect(notHappy?.points).toBeLessThan(0);
    expect(notBad?.points).toBeGreaterThan(0);
  });

  it('"I can\'t find it" is not a refusal; "I can\'t refund it" is', () => {
    expect(analyze("I can't find it.").intents).not.toContain('refusal');
    expect(analyze("I can't refund it.").intents).toContain('refusal');
  });

  it('the apology undone by "but" + blame: no apology intent, blame intent, tip rewrites it', () => {
    const a = analyze("I'm sorry, but you should have read the terms.");
    expect(a.intents).not.toContain('apology');
    expect(a.intents).toContain('blame');
    expect(a.tips[0]?.span?.text).toBe('you should have read');
  });

  it('"that\'s on us" owns it; "it wasn\'t our fault" points the fault elsewhere', () => {
    expect(analyze("Nobody called you on Friday, and that's on us.").intents).toContain('ownership');
    const denial = analyze("The technician was off sick, so it wasn't really our fault.");
    expect(denial.intents).toContain('blame');
    expect(denial.intents).not.toContain('ownership');
  });

  it('"there\'s nothing more we can do" is no can-do', () => {
    const a = analyze("Unfortunately there's nothing more we can do.");
    expect(a.evidence.map((e) => e.rule)).not.toContain('positivity.can-do');
    expect(a.intents).toContain('pass-the-buck');
  });

  it('a negation does not reach across a comma: in "No, that\'s wrong" the "wrong" is still negative', () => {
    const wrong = analyze("No, that's wrong.").evidence.find((e) => e.text === 'wrong');
    expect(wrong?.points).toBeLessThan(0);
  });

  it('a promise takes its own time, not one from a contrasted clause', () => {
    const c = analyze("I can't promise it'll arrive by Friday, but I'll chase the courier this afternoon.").commitments[0];
    expect(c?.when).toBe('this afternoon');
    expect(analyze("I'm afraid I don't know right now, but I'll find out.").commitments[0]?.when).toBeNull();
    expect(analyze("Tomorrow morning, I'll call you.").commitments[0]?.when).toBe('Tomorrow morning');
  });

  it('"that\'s how it works" hides behind the system', () => {
    expect(analyze("I understand your frustration, however that's how it works.").intents).toContain('policy-hiding');
  });

  it('a conditional is not a promise', () => {
    expect(analyze("I don't know if we should refund it.").commitments).toEqual([]);
  });
});

describe('customer-service readings', () => {
  it.each(['If there is anything else, just let me know.', 'Is there anything else I can help with?', 'Anything else I can do for you today?', 'Great, is there anything more I could help you with?', 'Can I help you with anything else today?'])(
    'a closing check is not a promise: %s',
    (reply) => {
      const a = analyze(reply);
      expect(a.intents).toContain('closing');
      expect(a.commitments).toEqual([]);
      expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.unspecific-commitment');
      expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.no-next-step');
    },
  );

  it('a promise with a tag question is still a promise', () => {
    const a = analyze("I'll call you at 3 pm today, is that okay?");
    expect(a.commitments).toHaveLength(1);
    expect(a.commitments[0]?.specific).toBe(true);
  });

  it.each(["I'll place the order now.", 'Let me book that for you right now.', "I'll order the replacement today."])('the representative acting now is not pressure: %s', (reply) => {
    const a = analyze(reply);
    expect(a.intents).not.toContain('pressure');
    expect(a.intents).toContain('commitment');
  });

  it.each(['Buy now before it is gone!', 'Order today before they sell out.', "You'll want to grab one today."])('urging the customer is pressure: %s', (reply) => {
    expect(analyze(reply).intents).toContain('pressure');
  });

  it.each([
    ['The courier messed up.', 'The courier messed up'],
    ["That's the warehouse's fault.", "That's the warehouse's fault"],
    ['The other department should have sent it out on Monday.', 'The other department should have sent'],
    ['Honestly, the delivery company dropped the ball.', 'the delivery company dropped the ball'],
    ["It's the hosting provider's fault, not ours.", "It's the hosting provider's fault"],
  ])('blaming a colleague or partner is blame: %s', (reply, span) => {
    const a = analyze(reply);
    expect(a.intents).toContain('blame');
    const tip = a.tips.find((t) => t.rule === 'empathy.blame-others');
    expect(tip?.span?.text).toBe(span);
    expect(tip?.rewrite).toMatch(/sorry.*put it right/i);
  });

  it.each(["It wasn't the courier's fault.", 'The courier delivered it on Monday.', 'Our team will call you at 10 tomorrow.', "It's not your fault."])('no blame in: %s', (reply) => {
    expect(analyze(reply).intents).not.toContain('blame');
  });
});

describe('what is and is not a promise', () => {
  it.each([
    ['Let me know if there is anything else I can help with.', 'asks the customer to say'],
    ["Glad I could help!", 'looks back'],
    ["I'm happy to help with anything else you need.", 'an open offer'],
    ["There's nothing I can do until the security team approves it.", 'negated'],
    ['Can I ask which card you paid with, so I can check the charges?', 'a purpose clause explaining a request'],
    ["I'll need you to confirm your postcode, please.", 'a request to the customer'],
    ["I'm going to need your order number.", 'a request to the customer'],
    ['I wish I could refund it.', 'wished for'],
  ])('no commitment in "%s" (%s)', (reply) => {
    const a = analyze(reply);
    expect(a.commitments).toEqual([]);
    expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.unspecific-commitment');
  });

  it('a closing pleasantry needs no next-step tip', () => {
    for (const reply of ['Glad I could help!', 'I hope that helps, have a lovely evening!']) {
      const a = analyze(reply);
      expect(a.intents).toContain('closing');
      expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.no-next-step');
    }
  });

  it.each(['Would you like me to refund it to your card?', 'Shall I rebook the visit for Tuesday?', 'Do you want me to send a replacement?', "Why don't I call you back at 2?", 'Is it okay if I call you back in ten minutes?'])('an offer phrased as a question is a next step, not a promise: %s', (reply) => {
    const a = analyze(reply);
    expect(a.commitments).toEqual([]);
    expect(a.evidence.map((e) => e.rule)).toContain('followThrough.offer');
    expect(a.scores.followThrough).toBeGreaterThan(analyze('Would you like a cup of tea?').scores.followThrough);
    expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.no-next-step');
  });

  it.each([
    ["You're absolutely right, we should have called you.", 'ownership'],
    ['Let me see what I can do.', 'solution'],
  ])('looking back or an embedded question is no promise: %s', (reply, intent) => {
    const a = analyze(reply);
    expect(a.commitments).toEqual([]);
    expect(a.intents).toContain(intent);
  });

  it('"What I\'ll do is call you at 3" is a promise', () => {
    expect(analyze("What I'll do is call you at 3 pm.").commitments[0]?.specific).toBe(true);
  });

  it('"I\'ll do my best" is hedged, and gets one tip, not two: the promise without the hedge', () => {
    const a = analyze("I'll do my best to get it to you by Friday.");
    expect(a.commitments[0]?.specific).toBe(false);
    const tips = a.tips.filter((t) => t.skill === 'followThrough');
    expect(tips.map((t) => t.rule)).toEqual(['followThrough.unspecific-commitment']);
    expect(tips[0]?.rewrite).toBe("I'll get it to you by Friday, and I’ll email you as soon as it’s done.");
  });

  it('an ownerless "it will be sorted soon" is vague, with one follow-through tip', () => {
    const a = analyze('It will be sorted soon.');
    expect(a.intents).toContain('vague-promise');
    expect(a.tips.filter((t) => t.skill === 'followThrough')).toHaveLength(1);
  });

  it('"once I\'ve spoken to the warehouse" is still to come, not done', () => {
    const a = analyze("I'll call you back once I've spoken to the warehouse.");
    expect(a.evidence.map((e) => e.rule)).not.toContain('followThrough.done');
  });

  it('"I can offer you store credit" makes the offer now: no "by 3 pm" rewrite', () => {
    expect(analyze('I can offer you store credit.').tips.map((t) => t.rule)).not.toContain('followThrough.unspecific-commitment');
  });

  it('"please hold while I check" says what happens next', () => {
    expect(analyze('Please hold while I check that for you.').evidence.map((e) => e.rule)).toContain('followThrough.next-steps');
  });

  it.each(['You should have received an email confirming the appointment.', 'You should have it by Friday.'])('an expectation is not blame: %s', (reply) => {
    const a = analyze(reply);
    expect(a.intents).not.toContain('blame');
    for (const t of a.tips) expect(t.rewrite).not.toMatch(/please have/i);
  });

  it('a request rewrite ends as a question', () => {
    expect(analyze('You need to send me the order number.').tips.find((t) => t.rule === 'positivity.directive')?.rewrite).toBe('Could you please send me the order number?');
  });

  it('"just following the process" hides behind it', () => {
    expect(analyze("I'm just following the process.").intents).toContain('policy-hiding');
  });

  it('"I\'ll need to check with my manager" is still a promise', () => {
    expect(analyze("I'll need to check with my manager first.").intents).toContain('commitment');
  });

  it('a choice left to the customer gets no schedule rewrite', () => {
    const a = analyze('I could send you a replacement, or refund you, whichever you prefer.');
    expect(a.evidence.map((e) => e.rule)).toContain('followThrough.offer');
    expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.unspecific-commitment');
  });

  it('"for a moment" says when', () => {
    expect(analyze('Let me put you on hold for a moment.').commitments[0]?.specific).toBe(true);
  });

  it('"staying on the line while it goes through" says when', () => {
    expect(analyze("I'll stay on the line with you while the reset goes through.").commitments[0]?.specific).toBe(true);
  });

  it.each([
    ["I'll get that sorted for you, is that okay?", "I'll get that sorted for you by 3 pm today, and I’ll email you as soon as it’s done."],
    ['We can price match if you show me their listing.', 'We can price match by 3 pm today if you show me their listing, and I’ll email you as soon as it’s done.'],
    ["I'll make sure this doesn't happen again.", "I'll make sure this doesn't happen again. I’ll email you by 3 pm today to tell you what I’ve done."],
    ["I'll check with my supervisor and let you know.", "I'll check with my supervisor and let you know by email by 3 pm today."],
    ['We can price match, is that okay?', 'We can price match by 3 pm today, and I’ll email you as soon as it’s done.'],
    ["We'll try to get someone out next week.", "We'll get someone out next week, and I’ll email you as soon as it’s done."],
  ])('the specific-promise rewrite reads as English: %s', (reply, rewrite) => {
    expect(analyze(reply).tips.find((t) => t.rule === 'followThrough.unspecific-commitment')?.rewrite).toBe(rewrite);
  });
});

describe('suggestions, expectations and blame after "you should have"', () => {
  const rules = (reply: string) => analyze(reply).evidence.map((e) => e.rule);
  it.each(['You should have a look at the FAQ.', 'You should have a quick read of the guide.', 'You must have a look at the new dashboard.', 'You should check out the guide.'])(
    'a suggestion for now is advice, not blame: %s',
    (reply) => {
      const a = analyze(reply);
      expect(a.intents).not.toContain('blame');
      expect(rules(reply)).toContain('empathy.advice');
    },
  );

  it.each(['You should have read the terms.', 'You should have looked at the FAQ.', 'You should have had a look at the FAQ.', 'You should have checked out the guide.'])('looking back at what was not done is blame: %s', (reply) => {
    expect(analyze(reply).intents).toContain('blame');
  });

  it('"you should have received it by now" stays an expectation', () => {
    expect(rules('You should have received it by now.')).toContain('intent.expectation');
    expect(analyze('You should have received it by now.').intents).not.toContain('blame');
  });

  it('the same words, suggestion vs blame: the suggestion costs what "you should check out…" costs', () => {
    const suggestion = analyze('You should have a look at the FAQ.').scores;
    const checkOut = analyze('You should check out the FAQ.').scores;
    const blame = analyze('You should have looked at the FAQ.').scores;
    expect(suggestion.empathy).toBe(checkOut.empathy);
    expect(suggestion.positivity).toBe(checkOut.positivity);
    expect(suggestion.empathy - blame.empathy).toBeGreaterThanOrEqual(15);
  });

  it('the request rewrite keeps what was suggested', () => {
    expect(analyze('You should have a look at the FAQ.').tips.find((t) => t.rule === 'positivity.directive')?.rewrite).toBe('Could you please have a look at the FAQ?');
  });
});

describe('a choice offered is not a blunt question', () => {
  const rules = (reply: string) => analyze(reply).evidence.map((e) => e.rule);
  it.each(['What day suits you best?', 'Which time works for you?', 'Which would you prefer?', 'What time is best for you?', 'Which date would suit you?', 'What would work best for you?'])(
    'considerate: %s',
    (reply) => {
      expect(rules(reply)).not.toContain('positivity.direct-question');
      expect(rules(reply)).toContain('positivity.choice-question');
    },
  );

  it.each(['What is your account number?', 'Which order is it?', 'What are you talking about?', 'What day is it?', 'Which one did you buy?'])('still direct: %s', (reply) => {
    expect(rules(reply)).not.toContain('positivity.choice-question');
  });

  it('the same opener, a choice vs a demand: the choice scores higher on positivity', () => {
    expect(analyze('Which day works for you?').scores.positivity).toBeGreaterThan(analyze('Which day was it?').scores.positivity);
  });
});

describe('the specific-promise rewrite keeps a relative clause whole', () => {
  const rewrite = (reply: string) => analyze(reply).tips.find((t) => t.rule === 'followThrough.unspecific-commitment')?.rewrite;
  it.each([
    ["I'll find someone who can help.", "By 3 pm today, I'll find someone who can help, and I’ll email you as soon as it’s done."],
    ["We'll check the order that you placed.", "By 3 pm today, we'll check the order that you placed, and I’ll email you as soon as it’s done."],
    ["I'll call the courier, who will know.", "By 3 pm today, I'll call the courier, who will know, and I’ll email you as soon as it’s done."],
  ])('%s → %s', (reply, expected) => {
    expect(rewrite(reply)).toBe(expected);
  });

  it('a promise without a relative clause still takes the time after its verb phrase', () => {
    expect(rewrite("I'll find a solution.")).toBe("I'll find a solution by 3 pm today, and I’ll email you as soon as it’s done.");
    expect(rewrite("I'll get that sorted for you.")).toBe("I'll get that sorted for you by 3 pm today, and I’ll email you as soon as it’s done.");
  });

  it('the time never lands after the relative clause, and the rewrite is a specific promise', () => {
    const r = rewrite("I'll find someone who can help.") ?? '';
    expect(r).not.toMatch(/help by 3 pm/);
    expect(analyze(r).commitments[0]?.specific).toBe(true);
  });
});

describe('intents scenarios branch on', () => {
  it.each([
    ['Hello Dana, good morning!', 'greeting'],
    ['I want to be honest with you: the basic plan might suit you better.', 'honest-disclosure'],
    ["I'll be honest, the premium plan is more than a shop your size needs.", 'honest-disclosure'],
    ["I won't push you into a plan you don't need.", 'honest-disclosure'],
    ["The courier messed up.", 'blame'],
    ['The other store sells it cheaper, and we can price match.', 'competitor-mention'],
    ['Let me bring in my supervisor.', 'escalation'],
    ['Just this once, between you and me, I can backdate it.', 'bend-the-rules'],
    ['Buy now, this offer ends today!', 'pressure'],
    ['That is our fault, and I take full responsibility.', 'ownership'],
    ['Just to confirm, you want a refund rather than a replacement?', 'recap'],
    ['Is there anything else I can help you with today?', 'closing'],
    ["That's not my department.", 'pass-the-buck'],
    ['What the hell is wrong with you', 'profanity'],
    ['Yeah right, good luck with that.', 'sarcasm'],
    ['Could you please send a photo of the label?', 'polite-request'],
    ['Thank you so much for your patience.', 'gratitude'],
  ] as const)('%s → %s', (reply, intent) => {
    expect(analyze(reply).intents).toContain(intent);
  });
});

describe('what needs a time and what does not', () => {
  const tipRules = (reply: string) => analyze(reply).tips.map((t) => t.rule);
  it.each(["I'd be happy to help!", "I'll help you with that.", 'I would be glad to help you out.'])('willingness names no action, so it is no promise to date: %s', (reply) => {
    expect(analyze(reply).commitments).toEqual([]);
    expect(tipRules(reply)).not.toContain('followThrough.unspecific-commitment');
  });
  it('helping with a named action is still a promise', () => {
    expect(analyze('I will help you reset your password today.').commitments[0]?.specific).toBe(true);
  });
  it.each(['Let me check the order.', "Let's take a quick look at the account."])('a check done while the customer waits gets no deadline tip: %s', (reply) => {
    expect(tipRules(reply)).not.toContain('followThrough.unspecific-commitment');
  });
  it('a handover with a time is not vague; without one it is', () => {
    expect(analyze("I've escalated this to our billing team and they will contact you within 24 hours.").intents).not.toContain('vague-promise');
    expect(analyze("I've escalated this to our billing team and they will contact you.").intents).toContain('vague-promise');
    expect(analyze('Someone will call you by 5 pm.').intents).toContain('vague-promise');
  });
  it('news of something already done is follow-through', () => {
    const a = analyze('Great news: your refund of 89.99 was processed today.');
    expect(a.evidence.map((e) => e.rule)).toContain('followThrough.done');
    expect(tipRules('Great news: your refund of 89.99 was processed today.')).not.toContain('followThrough.no-next-step');
  });
  it('a blunt "what is your…?" gets a request to ask instead, which reads as no blunt question', () => {
    const tip = analyze("What's your account number?").tips.find((t) => t.rule === 'positivity.direct-question');
    expect(tip?.rewrite).toBe('Could you tell me your account number, please?');
    expect(analyze(tip!.rewrite).evidence.map((e) => e.rule)).not.toContain('positivity.direct-question');
    expect(analyze(tip!.rewrite).scores.positivity).toBeGreaterThan(analyze("What's your account number?").scores.positivity);
    // Other shapes are left alone rather than rewritten badly.
    expect(analyze('Which version are you using?').tips.map((t) => t.rule)).not.toContain('positivity.direct-question');
  });
  it('a question for the customer needs no next-step tip: the next step is theirs', () => {
    expect(tipRules("What's your account number?")).not.toContain('followThrough.no-next-step');
    expect(tipRules('I apologize for the inconvenience.')).toContain('followThrough.no-next-step');
  });
});

describe('saying what can be done', () => {
  const reply = "I'm not able to match that price, but what I can do is include the two-year service plan at no charge.";
  it('a refusal followed by what can be done costs nothing and is no refusal', () => {
    const a = analyze(reply);
    expect(a.intents).not.toContain('refusal');
    expect(a.evidence.find((e) => e.rule === 'positivity.refusal')?.points).toBe(0);
    expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.unspecific-commitment');
    expect(a.scores.positivity).toBeGreaterThan(analyze("I'm not able to match that price.").scores.positivity + 10);
  });
  it('a promise after the refusal is a way forward too', () => {
    expect(analyze("I can't refund it, but I'll send a replacement today.").intents).not.toContain('refusal');
  });
  it('a bare "I don\'t know." costs points and gets a find-out tip; with the finding out promised it costs nothing', () => {
    const bare = analyze("I don't know.");
    expect(bare.evidence.find((e) => e.rule === 'positivity.dont-know')?.points).toBeLessThan(0);
    expect(bare.tips[0]?.rule).toBe('positivity.dont-know');
    const redirected = analyze("I don't know. I'll find out and call you back by 2 pm.");
    expect(redirected.evidence.find((e) => e.rule === 'positivity.dont-know')?.points).toBe(0);
    expect(redirected.scores.positivity).toBeGreaterThan(bare.scores.positivity);
    // Not knowing why, on the way to checking, is no dead end.
    expect(analyze("I don't know why it failed, so let me check.").evidence.map((e) => e.rule)).not.toContain('positivity.dont-know');
  });
  it('a bare refusal is still one', () => {
    expect(analyze("I'm not able to match that price.").intents).toContain('refusal');
    expect(analyze("I'm not able to match that price. I understand that's annoying.").intents).toContain('refusal');
  });
  it('work under way is follow-through, and needs no next-step tip', () => {
    const a = analyze("Sorry for the wait! I'm looking at your account now.");
    expect(a.evidence.map((e) => e.rule)).toContain('followThrough.next-steps');
    expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.no-next-step');
    expect(analyze("We're looking into it.").evidence.map((e) => e.rule)).not.toContain('followThrough.next-steps');
    // Owning the work keeps the personal touch: the "I" inside the follow-through phrase still counts.
    expect(a.evidence.map((e) => e.rule)).toContain('empathy.personal');
    expect(analyze("That's not my department.").evidence.map((e) => e.rule)).not.toContain('empathy.personal');
    expect(a.scores.empathy).toBeGreaterThanOrEqual(analyze('Sorry for the wait! I will check.').scores.empathy);
  });
});

describe('rules, rhythms and things done with the customer', () => {
  it('refusing to bend the rules is not an offer to bend them', () => {
    expect(analyze("I can't bend the rules on pricing, but I can show you what our price includes.").intents).not.toContain('bend-the-rules');
    expect(analyze('I will never make an exception for anyone.').intents).not.toContain('bend-the-rules');
  });
  it('bending the rules costs follow-through and gets a tip to say what can honestly be done', () => {
    const a = analyze("Sure, I'll just knock 50 off for you, nobody will notice.");
    expect(a.intents).toContain('bend-the-rules');
    expect(a.tips[0]?.rule).toBe('intent.bend-the-rules');
    expect(a.scores.followThrough).toBeLessThan(analyze("Sure, I'll knock 50 off for you.").scores.followThrough);
  });
  it('a rhythm is a time: "every 30 minutes until it is fixed" needs no deadline added', () => {
    const a = analyze("I'll update you by email every 30 minutes until it's fixed.");
    expect(a.commitments[0]?.specific).toBe(true);
    expect(a.commitments[0]?.when).toMatch(/every 30 minutes/);
    expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.unspecific-commitment');
  });
  it.each(["Let's get you back in.", 'I can show you what the plan includes.', "I'll walk you through the settings."])('what is done with the customer gets no deadline tip: %s', (reply) => {
    expect(analyze(reply).tips.map((t) => t.rule)).not.toContain('followThrough.unspecific-commitment');
  });
  it('taking ownership is the point of "I\'m going to handle this myself": no deadline tip; a promise beyond it gets one', () => {
    const tipsOf = (reply: string) => analyze(reply).tips.map((t) => t.rule);
    expect(tipsOf("I'm so sorry. I'm going to handle this myself.")).not.toContain('followThrough.unspecific-commitment');
    expect(tipsOf("I'll make sure this doesn't happen again.")).toContain('followThrough.unspecific-commitment');
  });
  it('"soon" is no time: it costs, and the tip dates the promise as written; "as soon as it\'s done" is tied to an event', () => {
    const soon = analyze("I'll call you soon.");
    expect(soon.evidence.find((e) => e.rule === 'followThrough.vague-time')?.text).toBe('soon');
    expect(soon.scores.followThrough).toBeLessThan(analyze("I'll call you at 10 tomorrow.").scores.followThrough);
    expect(soon.tips[0]?.rewrite).toBe("I'll call you by 3 pm today.");
    // A comma after it stays, and the time goes before the aside.
    expect(analyze("I'll refund it soon, I promise.").tips[0]?.rewrite).toMatch(/^I'll refund it by 3 pm today, I promise\b/);
    expect(analyze("I'll email you as soon as it's done.").evidence.map((e) => e.rule)).not.toContain('followThrough.vague-time');
    // A wish or a goodbye puts nothing off.
    expect(analyze('I hope you feel better soon.').evidence.map((e) => e.rule)).not.toContain('followThrough.vague-time');
    expect(analyze("I'll talk to you soon.").evidence.map((e) => e.rule)).not.toContain('followThrough.vague-time');
    // "As soon as I can" is a vague time too, not a manner like "as simple as possible".
    expect(analyze("I'll sort it as soon as I can.").tips.map((t) => t.rewrite)).toContain('I\'ll sort it by 3 pm today, and I’ll email you as soon as it’s done.');
  });
  it('a promise of theirs with "someone" in it is rewritten as the trainee\'s own, with no "soon" left', () => {
    const [tip] = analyze("Don't worry, I'll look into it and someone will get back to you soon.").tips;
    expect(tip?.rewrite).toBe("I'll look into it and get back to you by email by 3 pm today.");
  });
  it('a promise for later still gets one', () => {
    expect(analyze("I'll check with the warehouse.").tips.map((t) => t.rule)).toContain('followThrough.unspecific-commitment');
  });
});

describe('reading the customer', () => {
  const FURIOUS = "I'm furious. This is the third time my internet has dropped today!";
  const BEREAVED = 'My mum passed away and I need to close her account.';
  const tipRules = (reply: string, customer: string) => analyze(reply, { customer }).tips.map((t) => t.rule);
  it('saying "I" or asking a question does not acknowledge a furious customer', () => {
    expect(tipRules('Can I have your account number?', FURIOUS)).toContain('empathy.missed-feelings');
    expect(tipRules("I'm sorry your internet keeps dropping. Can I have your account number?", FURIOUS)).not.toContain('empathy.missed-feelings');
  });
  it('"three times in one day" is a count, not a vague "one day"', () => {
    expect(analyze('It dropped three times in one day, so I can see why you are fed up.').intents).not.toContain('vague-promise');
    expect(analyze("One day we'll have it fixed.").intents).toContain('vague-promise');
  });
  it('a bereaved customer needs care first: cheer costs empathy and gets a tip; condolences do not', () => {
    const cheerful = analyze('Great! Let’s get that sorted!', { customer: BEREAVED });
    expect(cheerful.evidence.map((e) => e.rule)).toContain('empathy.tone-deaf');
    expect(cheerful.tips[0]?.rule).toBe('empathy.tone-deaf');
    expect(cheerful.tips.filter((t) => t.skill === 'empathy')).toHaveLength(1);
    const kind = analyze("I'm so sorry for your loss. I'll close your mum's account today and email you the confirmation.", { customer: BEREAVED });
    expect(kind.evidence.map((e) => e.rule)).not.toContain('empathy.tone-deaf');
    expect(kind.scores.empathy).toBeGreaterThan(cheerful.scores.empathy + 30);
    // The same cheer for an ordinary question is fine.
    expect(analyze('Great! Let’s get that sorted!', { customer: 'Can I change my delivery address?' }).evidence.map((e) => e.rule)).not.toContain('empathy.tone-deaf');
  });
  it('a customer who speaks of ending their life needs care first: that is distress, never a set phrase to improve', () => {
    const tips = analyze('Good luck!', { customer: "I feel like I have nothing to live for anymore. I don't want to wake up." }).tips;
    expect(tips.map((t) => t.rule)).not.toContain('empathy.generic');
    expect(analyze('Great! Let’s get that sorted!', { customer: 'I have been thinking about suicide.' }).evidence.map((e) => e.rule)).toContain('empathy.tone-deaf');
    // Ending a contract is not ending a life.
    expect(analyze('Great! Let’s get that sorted!', { customer: 'I want to end my contract this month.' }).evidence.map((e) => e.rule)).not.toContain('empathy.tone-deaf');
  });
  it('an example fits the conversation when the last message names nothing: the earlier ones say what it is about', () => {
    const reply = 'thanks, the reset link is on its way, it can take up to an hour to work';
    const customer = "There's no ID, I'm a one-man firm. Email marcus at bellbooks dot co, postcode BS3 4QT.";
    const earlier = ["Hi, I'm locked out. My phone with the authenticator got stolen and payroll is due at noon."];
    expect(analyze(reply, { customer, customerEarlier: earlier }).tips[0]?.rewrite).toMatch(/back into your account/);
    expect(analyze(reply, { customer }).tips[0]?.rewrite).not.toMatch(/account/);
  });
  it('a quiet reply to a bereaved customer gets the care tip', () => {
    expect(tipRules('Please send the death certificate.', BEREAVED)[0]).toBe('empathy.missed-feelings');
  });

  it('a customer up against the clock hears it was heard: a bare request for details gets the urgency tip, with their deadline', () => {
    const RUSHED = "Hi, I'm locked out. My phone was stolen and payroll is due at noon. Can you help, quickly?";
    const tip = analyze("ok what's your employee id", { customer: RUSHED }).tips[0];
    expect(tip?.rule).toBe('empathy.missed-urgency');
    expect(tip?.rewrite).toContain('by noon');
    // Saying it will be quick, or promising a time, answers the hurry; so does a calm customer's lack of one.
    expect(tipRules("Let's get you back in right now. What's your employee ID?", RUSHED)).not.toContain('empathy.missed-urgency');
    expect(tipRules("I'll reset your login by 11:30 and text you the code.", RUSHED)).not.toContain('empathy.missed-urgency');
    expect(tipRules("ok what's your employee id", 'Hi, I forgot my password. Can you help?')).not.toContain('empathy.missed-urgency');
    // "right now" says when, not that it is urgent.
    expect(tipRules("ok what's your employee id", "I can't get into my account right now. Can you help?")).not.toContain('empathy.missed-urgency');
  });

  describe('a set phrase of empathy gets the same sentence with what happened in it', () => {
    const CHARGED = "I've been charged twice for the same renewal and I was told someone would call me back. Nobody did. I'm honestly fed up.";
    const genericTip = (reply: string, customer: string) => analyze(reply, { customer }).tips.find((t) => t.rule === 'empathy.generic');
    it.each([
      ['I understand your frustration. Can I get your account number please?', CHARGED, "I'm sorry you've been charged twice for the same renewal"],
      ["I'm sorry to hear that.", FURIOUS, "I'm sorry this is the third time your internet has dropped today — no wonder you're furious."],
      ['That must be frustrating.', "You charged me for a repair that never happened. I'm really annoyed.", "I'm sorry we charged you for a repair that never happened"],
      ['I hear you.', 'I told you last week the heating was broken and nobody came. I am so angry.', "I'm sorry you told us last week the heating was broken"],
      // The problem told before the question; "I care that…" says what happened after its "that"; a calm customer
      // gets it too when the set phrase is all the reply says.
      ['I understand.', 'I was charged twice for my renewal, could you look into it?', "I'm sorry you were charged twice for your renewal"],
      ['I completely understand.', "So it's the technician's fault? I don't care whose fault it is. I care that nobody told me.", "I'm sorry nobody told you"],
      ['I see.', 'The tracking page still says delayed, could you check it?', "I'm sorry the tracking page still says delayed"],
      // A thing said ("…and a callback that never came") gets its verb back after "I'm sorry".
      ['I completely understand how frustrating that is.', "It's two payments on the 3rd, and a callback that never came. I'm furious.", "I'm sorry a callback never came"],
      // The company is "we" as a subject and "us" after a verb; the feeling clause ("and I'm furious") is left out.
      ['I understand.', "Your app crashes every time I try to pay and I'm furious.", "I'm sorry our app crashes every time you try to pay — no wonder you're furious."],
      ['I completely understand your frustration.', "The parcel says delivered but it isn't here. I'm so annoyed.", "I'm sorry the parcel says delivered but it isn't here"],
    ])('%s', (reply, customer, rewrite) => {
      const tip = genericTip(reply, customer);
      expect(tip?.rewrite).toContain(rewrite);
      // The example is what it says: the same sentence, scored higher for empathy.
      expect(analyze(tip!.rewrite, { customer }).scores.empathy).toBeGreaterThan(analyze(reply, { customer }).scores.empathy);
    });
    it('not when the reply already says what happened, nor for a calm customer, nor when there is nothing to say back', () => {
      expect(genericTip("I'm sorry you were charged twice and nobody called you back.", CHARGED)).toBeUndefined();
      expect(genericTip("I'm sorry about the double charge.", CHARGED)).toBeUndefined();
      expect(genericTip('I understand.', 'Could you tell me when my renewal is due?')).toBeUndefined();
      // A calm customer's request is answered by what the reply goes on to do: no tip beside a promise.
      expect(genericTip("I understand. I'll send the form now and email you by 5 pm.", 'My address has changed, could you update it?')).toBeUndefined();
      // An acknowledgement with their situation in it is not a set phrase, even beside one.
      expect(genericTip("I'm so sorry, that must be really stressful with all your drivers waiting.", 'Our dashboard has not synced since seven and my drivers are stuck!!')).toBeUndefined();
      // Background ("I work from home", "I paid two weeks ago") is not what went wrong.
      expect(genericTip('I understand your frustration.', 'I PAID TWO WEEKS AGO. WHERE IS IT.')).toBeUndefined();
      // What someone says they are, or a life outside any service, is never said back to them.
      expect(genericTip("That's rough.", "I'm just a waste of space. Nothing I do works out and I'm so angry.")).toBeUndefined();
      expect(genericTip('I understand.', "My girlfriend broke up with me and I'm so upset.")).toBeUndefined();
      // Nor is a wish or a judgement with nothing in it that happened.
      expect(genericTip('I understand your frustration.', "I just need a yes or a no!! It's not a trick question!!")).toBeUndefined();
    });
  });
});
