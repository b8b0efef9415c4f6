/**
 * Hard to game, hard to break: keyword stuffing, junk, shouting, huge pastes,
 * empty input, emoji and other languages, plus property tests.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, MAX_ANALYSED_CHARS } from '../../src/core/analyze.js';
import { SKILLS, type Analysis } from '../../src/core/types.js';

const scoresOf = (reply: string): Analysis['scores'] => analyze(reply).scores;

function expectValid(a: Analysis): void {
  for (const skill of SKILLS) {
    expect(Number.isInteger(a.scores[skill])).toBe(true);
    expect(a.scores[skill]).toBeGreaterThanOrEqual(0);
    expect(a.scores[skill]).toBeLessThanOrEqual(100);
  }
}

describe('keyword stuffing does not pay', () => {
  it.each([
    'sorry',
    "I'm sorry",
    'thank you',
    'please',
    'I understand',
    'great',
    "I'll call you tomorrow",
    'happy to help',
    'what I can do is',
    'no problem',
  ])('"%s" repeated ten times scores no higher than once, on every skill', (phrase) => {
    const once = scoresOf(phrase);
    for (const joined of [Array(10).fill(phrase).join(' '), Array(10).fill(phrase).join('. '), Array(10).fill(phrase).join('\n')]) {
      const many = scoresOf(joined);
      for (const skill of SKILLS) expect(many[skill]).toBeLessThanOrEqual(once[skill]);
    }
  });

  it('a pile of different apologies counts as one apology, and reads as a script', () => {
    const pile = analyze("I'm sorry. I apologise. My apologies. Sorry about that. We are so sorry.");
    const one = analyze("I'm sorry.");
    // The pile earns one apology's points at most; past two stock sentences it reads as a script and costs.
    expect(pile.scores.empathy).toBeLessThan(one.scores.empathy);
    expect(pile.evidence.filter((e) => e.rule === 'empathy.apology' && e.points > 0 && e.skill === 'empathy')).toHaveLength(1);
    expect(pile.evidence.map((e) => e.rule)).toContain('empathy.scripted');
  });

  it('stuffing positive words is capped', () => {
    const words = 'great wonderful amazing fantastic excellent superb brilliant perfect awesome lovely delightful marvelous';
    const gained = analyze(words).evidence.filter((e) => e.rule === 'positivity.positive-word').reduce((s, e) => s + e.points, 0);
    expect(gained).toBeLessThanOrEqual(16);
  });
});

describe('junk and odd input', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   \n\t  '],
    ['junk letters', 'xyz'],
    ['lazy junk', 'dont know'],
    ['punctuation', '?!?!...;;;'],
    ['emoji', '🙂🙂🙂 👍'],
    ['emoji with words', 'Thanks 🙏 I will fix it today 👍'],
    ['French', 'Je suis désolé, je vais vous rappeler demain.'],
    ['Japanese', 'ご迷惑をおかけして申し訳ございません。'],
    ['Arabic', 'نعتذر عن الإزعاج'],
    ['control characters', 'hello\u0000\u001b[31m world\u0007'],
    ['prototype words', 'constructor __proto__ toString hasOwnProperty valueOf'],
    ['lone surrogate', 'abc\ud800def'],
  ])('%s: valid scores, no crash', (_name, reply) => {
    const a = analyze(reply);
    expectValid(a);
    for (const e of a.evidence) expect(reply.slice(e.start, e.end)).toBe(e.text);
  });

  it('junk and non-English text stay near the neutral baseline', () => {
    for (const reply of ['xyz', 'dont know', 'Je suis désolé', '🙂🙂🙂']) {
      const s = scoresOf(reply);
      expect(s.empathy).toBeLessThanOrEqual(40);
      expect(s.followThrough).toBeLessThanOrEqual(35);
    }
  });

  it.each([
    ['Lo siento mucho, le llamaré mañana a las diez.', 'Spanish'],
    ['Es tut mir leid, ich rufe Sie morgen an.', 'German'],
    ['Je suis désolé, je vous rappelle demain.', 'French'],
    ['对不起，我明天给您打电话。', 'Chinese'],
    ['asdf qwer zxcv uiop', null],
  ])('"%s" is said not to read as English (%s), with no tip on words the rules could not read', (reply, language) => {
    const a = analyze(reply);
    const notice = a.evidence.find((e) => e.rule === 'analysis.not-english');
    expect(notice?.skill).toBeNull();
    expect(notice?.points).toBe(0);
    expect(notice?.note).toContain(language ? `reads as ${language}, not English` : 'does not read as English');
    expect(a.tips).toEqual([]);
  });

  it.each(["I'm so sorry, I'll call you tomorrow at ten.", 'Refund done, ref 4471.', 'Reset link sent.', 'Engineer booked Tuesday 8-12.', 'Order number?', 'Postcode?', 'Tracking number attached.', 'ok', 'dont know', 'asdf qwer', '👍👍👍', 'Rebooked: LHR-JFK BA117 Thu 09:40, seat 14C.'])(
    'English, shorthand or too short to tell is not flagged: %s',
    (reply) => {
      expect(analyze(reply).evidence.map((e) => e.rule)).not.toContain('analysis.not-english');
    },
  );

  it('colour codes pasted with a reply are not words: it scores as its plain text, every span still in the original', () => {
    const coloured = '\u001b[31mI am so sorry Dana\u001b[0m, I\u001b]0;title\u0007 will refund it today.';
    const plainText = 'I am so sorry Dana, I will refund it today.';
    const a = analyze(coloured);
    expect(a.scores).toEqual(analyze(plainText).scores);
    expect(a.intents).toEqual(analyze(plainText).intents);
    for (const e of a.evidence) expect(coloured.slice(e.start, e.end)).toBe(e.text);
  });

  it('shouting costs positivity and is named', () => {
    const calm = analyze('Please check your email for the link.');
    const loud = analyze('PLEASE CHECK YOUR EMAIL FOR THE LINK');
    expect(loud.intents).toContain('shouting');
    expect(calm.intents).not.toContain('shouting');
    expect(loud.scores.positivity).toBeLessThan(calm.scores.positivity);
    expect(loud.tips.find((t) => t.rule === 'positivity.shouting')?.rewrite).toBe('Please check your email for the link');
  });

  it('a couple of acronyms are not shouting', () => {
    expect(analyze('I sent the PDF to the UK team by SMS.').intents).not.toContain('shouting');
  });

  it('a 100 KB paste is analysed on its first part only', () => {
    const paste = "I'm so sorry about this. ".repeat(5000) + 'You should have read the terms.';
    expect(paste.length).toBeGreaterThan(100_000);
    const a = analyze(paste);
    expectValid(a);
    expect(a.evidence.every((e) => e.end <= MAX_ANALYSED_CHARS)).toBe(true);
    expect(a.intents).toContain('apology');
    expect(a.intents).not.toContain('blame'); // beyond the cap
    // …and says so, so the unread part is not mistaken for read.
    expect(a.evidence.find((e) => e.rule === 'analysis.truncated')?.note).toMatch(/first 3,000 characters/);
    expect(analyze("I'm so sorry about this.").evidence.map((e) => e.rule)).not.toContain('analysis.truncated');
  });
});

// Phrases built from words the rules care about, so the properties exercise real matches.
const WORDS = [
  'i', "i'm", "i'll", 'we', 'you', 'sorry', 'thank', 'thanks', 'please', 'could', 'can', "can't", 'not', 'no', 'problem',
  'call', 'email', 'tomorrow', 'at', '10', 'by', '5', 'pm', 'understand', 'frustrating', 'policy', 'should', 'have',
  'someone', 'will', 'get', 'back', 'to', 'calm', 'down', 'great', 'happy', 'help', 'refund', 'the', 'order', 'but',
  'why', 'really', 'what', 'do', 'is', 'it', 'that', 'sounds', 'so', 'xyz', 'HELLO', 'NOW', '!', '?', ',', '🙂',
];
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' ').replace(/ ([!?,])/g, '$1'));

describe('properties', () => {
  it('never throws and always gives integer scores in 0–100 (arbitrary unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (reply) => {
        expectValid(analyze(reply));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws with a customer message and open promises', () => {
    fc.assert(
      fc.property(phrase, fc.string({ maxLength: 200 }), (reply, customer) => {
        const first = analyze(customer);
        expectValid(analyze(reply, { customer, openPromises: first.commitments }));
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic, whatever was analysed before', () => {
    fc.assert(
      fc.property(phrase, phrase, (a, b) => {
        const before = analyze(a);
        analyze(b);
        expect(analyze(a)).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('repeating a phrase as further sentences never raises any score', () => {
    fc.assert(
      fc.property(phrase, fc.integer({ min: 2, max: 5 }), fc.constantFrom('. ', '\n', ' \n\n '), (p, times, join) => {
        const once = scoresOf(p);
        const many = scoresOf(Array(times).fill(p).join(join));
        for (const skill of SKILLS) expect(many[skill]).toBeLessThanOrEqual(once[skill]);
      }),
      { numRuns: 300 },
    );
  });

  it('evidence spans always point at the exact text', () => {
    fc.assert(
      fc.property(phrase, (reply) => {
        for (const e of analyze(reply).evidence) expect(reply.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 200 },
    );
  });
});
