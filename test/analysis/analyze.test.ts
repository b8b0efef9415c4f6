import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PHRASE_RULES } from '../../src/core/analysis/rules.js';
import { COMPUTED_RULES } from '../../src/core/analysis/scoring.js';
import { analyze } from '../../src/core/analyze.js';
import { compile, expandPattern, longestMatches, matchAll } from '../../src/core/analysis/matcher.js';
import { prepare } from '../../src/core/analysis/tokens.js';

const UPSET = "I was charged twice for my order and nobody called me back. I'm so frustrated!";

describe('analyze: scenario-facing thresholds', () => {
  it('a warm apology that reflects the situation and asks a question reaches empathy >= 60', () => {
    const a = analyze("I'm so sorry you were charged twice for your order — that must be really frustrating. Could you tell me the date of the second charge?", { customer: UPSET });
    expect(a.scores.empathy).toBeGreaterThanOrEqual(60);
    expect(a.intents).toEqual(expect.arrayContaining(['apology', 'empathy-statement', 'reflection', 'question']));
  });

  it('an owner + time + channel commitment reaches followThrough >= 60 and is specific', () => {
    const a = analyze("I'll call you at 10 tomorrow with the refund confirmation.");
    expect(a.scores.followThrough).toBeGreaterThanOrEqual(60);
    expect(a.intents).toContain('commitment');
    expect(a.commitments).toHaveLength(1);
    expect(a.commitments[0]).toMatchObject({ who: 'I', channel: 'call you', specific: true });
    expect(a.commitments[0]!.when).toMatch(/10/);
  });

  it.each(['89.99', '1,200', '2.5'])('a price or amount (%s) is one word and ends no sentence, so the promise keeps its time', (amount) => {
    const a = analyze(`I will refund the extra ${amount} today and email you by 5 pm.`);
    expect(a.commitments).toHaveLength(1);
    expect(a.commitments[0]).toMatchObject({ who: 'I', specific: true });
    expect(a.commitments[0]!.when).toMatch(/today|5 pm/);
    expect(a.tips.map((t) => t.rule)).not.toContain('followThrough.unspecific-commitment');
  });

  it.each([
    ['a web address', 'The form is at https://example.com/help.php?topic=refund, could you try it there'],
    ['a file name', 'Could you open settings.json and send me the line with the error'],
  ])('a "?" or "." inside %s ends no sentence', (_kind, text) => {
    const p = prepare(text);
    expect(p.sentences).toHaveLength(1);
    expect(p.sentences[0]!.question).toBe(false);
    // "Fine. Thanks." still splits, and "Really?Yes" is not a web address.
    expect(prepare('Fine. Thanks? Sure! ok').sentences).toHaveLength(4);
  });

  it('courteous replies clearly outscore rude ones on every skill', () => {
    const courteous = analyze("Thank you for your patience, and I'm really sorry about this. I'll fix the charge myself and email you by 5 pm today.", { customer: UPSET });
    const rude = analyze("Calm down. It's our policy, you should have read the terms. Someone will get back to you eventually.", { customer: UPSET });
    expect(courteous.scores.empathy - rude.scores.empathy).toBeGreaterThanOrEqual(30);
    expect(courteous.scores.positivity - rude.scores.positivity).toBeGreaterThanOrEqual(30);
    expect(courteous.scores.followThrough - rude.scores.followThrough).toBeGreaterThanOrEqual(30);
    expect(rude.intents).toEqual(expect.arrayContaining(['dismissal', 'policy-hiding', 'blame', 'vague-promise']));
  });

  it('an empty reply gets the low-middle baseline and no intents', () => {
    const a = analyze('');
    expect(a.scores).toEqual({ empathy: 30, positivity: 45, followThrough: 30 });
    expect(a.intents).toEqual([]);
    expect(a.evidence).toEqual([]);
  });
});

describe('analyze: idioms and negation', () => {
  it.each([
    ['No problem at all, happy to help.', 'positivity.no-problem'],
    ["I can't wait to help you with this.", 'positivity.willing'],
    ["That won't be an issue.", 'positivity.no-problem'],
  ])('%s reads as positive (%s), not as a refusal', (reply, rule) => {
    const a = analyze(reply);
    expect(a.evidence.map((e) => e.rule)).toContain(rule);
    expect(a.intents).not.toContain('refusal');
    expect(a.scores.positivity).toBeGreaterThan(45);
  });

  it('"sorry, but you should have" undoes the apology and blames', () => {
    const a = analyze("I'm sorry, but you should have read the terms.");
    expect(a.intents).toContain('blame');
    expect(a.intents).not.toContain('apology');
    expect(a.scores.empathy).toBeLessThan(30);
    expect(a.evidence.find((e) => e.rule === 'empathy.apology-undone')?.text).toBe("I'm sorry, but");
  });

  it('"I will not call you" is no commitment', () => {
    expect(analyze('I will not call you.').commitments).toEqual([]);
  });
});

describe('analyze: evidence and tips', () => {
  it('evidence spans are exact offsets into the reply', () => {
    const reply = 'Hello! Thanks so much for waiting — sadly it is company policy.';
    const a = analyze(reply);
    expect(a.evidence.length).toBeGreaterThan(2);
    for (const e of a.evidence) expect(reply.slice(e.start, e.end)).toBe(e.text);
    expect(a.evidence.find((e) => e.rule === 'positivity.policy-hiding')?.points).toBe(-15);
  });

  it('tips rewrite the worst span', () => {
    const a = analyze("Calm down, it's not a big deal.");
    expect(a.tips[0]?.rule).toBe('empathy.dismissal');
    expect(a.tips[0]?.span?.text).toMatch(/Calm down|not a big deal/);
    expect(a.tips[0]?.rewrite).toMatch(/upsetting/);
  });

  it('a missed chance to acknowledge feelings gives an empathy tip', () => {
    const a = analyze('Your order number please.', { customer: UPSET });
    expect(a.tips.map((t) => t.rule)).toContain('empathy.missed-feelings');
    expect(a.tips.find((t) => t.rule === 'empathy.missed-feelings')?.rewrite).toMatch(/frustrated/);
  });

  it('stems are distinct Porter stems', () => {
    expect(analyze('Refunds refunded refunding').stems).toEqual(['refund']);
  });

  it('repeating "sorry" counts once', () => {
    expect(analyze('sorry sorry sorry sorry').scores).toEqual(analyze('sorry').scores);
  });
});

describe('pattern expansion', () => {
  it('expands nested groups into every alternative', () => {
    expect(expandPattern('(we|i) will (try|do (our|my) best)').sort()).toEqual(['i will do my best', 'i will do our best', 'i will try', 'we will do my best', 'we will do our best', 'we will try'].sort());
    expect(expandPattern('a (b|) c')).toEqual(['a b c', 'a c']);
  });

  it('matches exactly the expanded sequences when patterns share groups that join again', () => {
    const rules = [
      { id: 'xy', patterns: ['(the|a) (other|) (*|) (desk|team) (lost|broke) it'] },
      { id: 'xz', patterns: ['(the|a) (other|) (*|) (desk|team) forgot'] },
      { id: 'plain', patterns: ['a team lost'] },
    ];
    const matcher = compile(rules);
    const found = (text: string) => matchAll(matcher, prepare(text).tokens).map((m) => m.rule.id).sort();
    // Every expansion of every pattern matches, and nothing else does.
    for (const rule of rules) for (const seq of expandPattern(rule.patterns[0]!)) {
      const text = seq.replace(/\*/g, 'help');
      expect(found(text)).toContain(rule.id);
    }
    expect(found('the team forgot')).toEqual(['xz']);
    expect(found('the team lost')).toEqual([]); // "a team lost" only starts with "a"
    expect(found('a other team forgot it')).toEqual(['xz']);
    expect(found('the other help desk broke it')).toEqual(['xy']);
    expect(found('the other big red desk broke it')).toEqual([]);
    // One match per rule and span, however many paths spell it.
    // "other" is both the optional word and a wildcard, so two paths spell "the other desk lost it".
    expect(matchAll(matcher, prepare('the other desk lost it').tokens).filter((m) => m.rule.id === 'xy')).toHaveLength(1);
    expect(longestMatches(matchAll(matcher, prepare('a team lost it').tokens)).map((m) => m.rule.id)).toEqual(['xy']);
  });

  it('compiles the whole rule table without expanding it (fast start-up)', async () => {
    const { PHRASE_RULES } = await import('../../src/core/analysis/rules.js');
    const sequences = PHRASE_RULES.reduce((n, r) => n + r.patterns.reduce((k, p) => k + expandPattern(p).length, 0), 0);
    let nodes = 0;
    const walk = (node: ReturnType<typeof compile>['root'], seen: Set<unknown>): void => {
      if (seen.has(node)) return;
      seen.add(node);
      nodes++;
      for (const kids of node.next.values()) for (const kid of kids) walk(kid, seen);
    };
    walk(compile(PHRASE_RULES).root, new Set());
    // The rules stand for hundreds of thousands of word sequences; the graph stays a small fraction of that.
    expect(sequences).toBeGreaterThan(100_000);
    expect(nodes).toBeLessThan(sequences / 10);
  });

  it('a matcher compiled after a word was first read still matches it (tokens keep only the keys patterns use)', () => {
    const text = 'the zorblax quibbled';
    expect(prepare(text).tokens).toHaveLength(3);
    const matcher = compile([{ id: 'late', patterns: ['zorblax ~quibble'] }]);
    expect(matchAll(matcher, prepare(text).tokens).map((m) => m.rule.id)).toEqual(['late']);
  });

  it('rejects unbalanced groups', () => {
    expect(() => expandPattern('a (b|c')).toThrow(/Unclosed/);
    expect(() => expandPattern('a b|c) d')).toThrow(/Unopened/);
  });

  it('nested alternatives in the rules now match ("do my best" is a hedged promise, "your order has been processed" is done)', () => {
    expect(analyze("I'll do my best to sort it.").evidence.map((e) => e.rule)).toContain('followThrough.effort-pledge');
    expect(analyze('Your order has been processed.').intents).toContain('solution');
  });
});

describe('analyze: empathy mechanisms (contrasting pairs)', () => {
  const CUSTOMER = 'My internet keeps dropping every evening and I work from home. It has been a nightmare all week.';
  const empathy = (reply: string) => analyze(reply, { customer: CUSTOMER });
  const rules = (reply: string) => empathy(reply).evidence.map((e) => e.rule);

  it.each([
    // [reply that shows the mechanism, reply that does not, rule that tells them apart]
    ['Sounds like a rough week.', 'A rough week.', 'empathy.interpretation'],
    ['I know the feeling, it wears you down.', 'It wears the line down.', 'empathy.interpretation'],
    ['I bet that was exhausting.', 'That was in the evening.', 'empathy.interpretation'],
    ['I was in the same boat last winter.', 'The boat was delayed last winter.', 'empathy.shared-experience'],
    ['It happens to me too when the router overheats.', 'The router overheats.', 'empathy.shared-experience'],
    ["That's the worst, right when you need it.", 'It drops when the load is high.', 'empathy.reaction'],
    ["Oh no, that's not what you needed this week.", 'That is the line status this week.', 'empathy.reaction'],
    ["I'm sorry things have been so hard with the connection.", 'The connection has been checked.', 'empathy.sympathy'],
    ["I'm here if you need anything else.", 'The form is here.', 'empathy.support'],
    ['Hopefully this will get you back online tonight.', 'This gets you back online.', 'empathy.support'],
    ["Don't give up on it yet, we'll get there.", 'The line is up again.', 'empathy.support'],
    ['I wish you the best with the new router.', 'The new router is in the box.', 'empathy.support'],
    ["Is there anything you'd like to talk through?", 'Is the router on?', 'empathy.explore'],
    ["What's bothering you most about it?", 'What is the router model?', 'empathy.explore'],
  ])('"%s" outscores "%s" (%s)', (better, worse, rule) => {
    expect(rules(better)).toContain(rule);
    expect(rules(worse)).not.toContain(rule);
    expect(empathy(better).scores.empathy).toBeGreaterThan(empathy(worse).scores.empathy);
  });

  it('telling of one’s own experience over two sentences is self-disclosure', () => {
    const told = empathy('I had the same trouble with my connection last year. I ended up working from a café for a week.');
    const plain = empathy('The same trouble can come from the connection box. A technician can replace it within a week.');
    expect(told.evidence.map((e) => e.rule)).toContain('empathy.self-disclosure');
    expect(plain.evidence.map((e) => e.rule)).not.toContain('empathy.self-disclosure');
    expect(told.scores.empathy).toBeGreaterThan(plain.scores.empathy);
  });

  it('promises, actions and stock phrases are not self-disclosure, and a repeated sentence counts once', () => {
    for (const reply of [
      "I'll check the line tonight. I'll call you at 9 tomorrow.",
      "I'm sorry. I apologise for the trouble.",
      'I understand. I hear you.',
      "I've reset the line for you. I've also checked the router.",
      'I had the same thing. I had the same thing.',
    ]) expect(empathy(reply).evidence.map((e) => e.rule)).not.toContain('empathy.self-disclosure');
  });

  it('telling the customer what they should do costs a little empathy; offering to listen does not', () => {
    const advice = 'You need to restart the router every evening.';
    const help = 'Restarting the router every evening could help.';
    expect(rules(advice)).toContain('empathy.advice');
    expect(rules(help)).not.toContain('empathy.advice');
    expect(empathy(help).scores.empathy).toBeGreaterThan(empathy(advice).scores.empathy);
    expect(rules("If you need to talk it through, I'm right here.")).not.toContain('empathy.advice');
    expect(rules("If you need to talk it through, I'm right here.")).toContain('empathy.support');
  });

  it('laughing at the problem costs empathy', () => {
    expect(rules('That one is new to me lol, let me look.')).toContain('empathy.laughing');
    expect(empathy('That one is new to me lol, let me look.').scores.empathy).toBeLessThan(empathy('That one is new to me, let me look.').scores.empathy);
  });

  it.each([
    ['Just deal with it.', "I know how hard it is when you can't deal with it on top of work."],
    ['Just move on.', 'You can move on from this once the line is stable, and I will help.'],
    ['Pay attention to what I said.', 'If you pay attention to the lights, the second one blinks.'],
    ['Stop feeling sorry for yourself.', "I'm sorry for the trouble."],
  ])('"%s" is a dismissal, "%s" is not', (dismissive, fine) => {
    const intents = (reply: string) => empathy(reply).intents;
    expect(intents(dismissive)).toContain('dismissal');
    expect(intents(fine)).not.toContain('dismissal');
    expect(empathy(fine).scores.empathy).toBeGreaterThan(empathy(dismissive).scores.empathy);
  });

  it('"feel sorry for yourself" is no apology', () => {
    expect(empathy('Stop feeling sorry for yourself.').intents).not.toContain('apology');
  });

  it('a question needs "you" as the subject: "Do your best" is an order, "Do you have…" a question', () => {
    expect(empathy('Do your best to keep the router cool.').intents).not.toContain('question');
    expect(empathy('Do you have the router model to hand').intents).toContain('question');
    expect(empathy('When you are ready, restart it.').intents).not.toContain('question');
  });
});

describe('every rule is explained in docs/analysis.md', () => {
  it('names each phrase rule, computed rule and tip-only rule id there, so a trainer can look up any evidence or tip', () => {
    const doc = readFileSync(new URL('../../docs/analysis.md', import.meta.url), 'utf8');
    const tipOnly = ['empathy.missed-feelings', 'empathy.generic', 'empathy.missed-urgency', 'followThrough.no-next-step', 'followThrough.unspecific-commitment', 'analysis.truncated', 'analysis.not-english'];
    const ids = [...PHRASE_RULES.map((r) => r.id), ...Object.values(COMPUTED_RULES).map((r) => r.id), ...tipOnly];
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => !doc.includes(`\`${id}\``))).toEqual([]);
  });
});
