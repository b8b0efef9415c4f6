/**
 * One pass over the reply: words with offsets, contractions split into the
 * words they stand for, sentence boundaries and question marks. Every later
 * step (phrase matching, commitments, reflection) reads this, so the text is
 * tokenised and each distinct word stemmed exactly once.
 */
import { stem, tokenize } from '../nlp.js';

/** A word of the reply as the rules see it. Contractions become two tokens with the same span. */
export interface RuleToken {
  /** Normalised lower-case word ("can't" → "can" + "not"). */
  norm: string;
  /** Porter stem of `norm`. */
  stem: string;
  /** Offsets of the written word in the original text (shared by both halves of a contraction). */
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Index of the written word this token came from. */
  word: number;
}

export interface Sentence {
  /** First and last token index (inclusive). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** True when the sentence ends with a question mark. */
  question: boolean;
}

/** The tokenised reply. */
export interface Prepared {
  text: string;
  tokens: RuleToken[];
  sentences: Sentence[];
  /** Written words (before contraction splitting) that are all capitals and at least two letters long. */
  capsWords: number;
  /** Written words with at least two letters. */
  longWords: number;
  /** Index of the first and last all-capitals word, for the shouting evidence span. */
  capsSpan: { start: number; end: number } | null;
}

// Contractions people type without the apostrophe, and irregular ones.
const WHOLE_TABLE: Record<string, readonly string[]> = {
  "can't": ['can', 'not'],
  cannot: ['can', 'not'],
  cant: ['can', 'not'],
  "won't": ['will', 'not'],
  wont: ['will', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  isnt: ['is', 'not'],
  wasnt: ['was', 'not'],
  arent: ['are', 'not'],
  werent: ['were', 'not'],
  couldnt: ['could', 'not'],
  shouldnt: ['should', 'not'],
  wouldnt: ['would', 'not'],
  havent: ['have', 'not'],
  hasnt: ['has', 'not'],
  hadnt: ['had', 'not'],
  im: ['i', 'am'],
  ive: ['i', 'have'],
  youre: ['you', 'are'],
  youll: ['you', 'will'],
  youve: ['you', 'have'],
  thats: ['that', 'is'],
  whats: ['what', 'is'],
  theres: ['there', 'is'],
  heres: ['here', 'is'],
  "let's": ['let', 'us'],
  gonna: ['going', 'to'],
  wanna: ['want', 'to'],
  gotta: ['got', 'to'],
};
// A Map, not the object: a reply containing "constructor" must not find Object.prototype.
const WHOLE = new Map(Object.entries(WHOLE_TABLE));
// "'s" is only expanded after pronouns and question words: "customer's" is a possessive.
const S_IS = new Set(['it', 'that', 'there', 'here', 'what', 'he', 'she', 'who', 'where', 'how', 'everything', 'nothing', 'this']);
const SUFFIX: ReadonlyArray<readonly [string, string]> = [
  ["n't", 'not'],
  ["'ll", 'will'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'m", 'am'],
  ["'d", 'would'],
];

const splitCache = new Map<string, readonly string[]>();

/** The words a written (lower-case) word stands for. */
export function expand(lower: string): readonly string[] {
  const cached = splitCache.get(lower);
  if (cached) return cached;
  let out: readonly string[] = WHOLE.get(lower) ?? [lower];
  if (out.length === 1 && lower.includes("'")) {
    for (const [suffix, word] of SUFFIX) {
      if (lower.endsWith(suffix) && lower.length > suffix.length) {
        out = [lower.slice(0, -suffix.length), word];
        break;
      }
    }
    if (out.length === 1 && lower.endsWith("'s")) {
      const base = lower.slice(0, -2);
      out = S_IS.has(base) ? [base, 'is'] : base === 'let' ? ['let', 'us'] : [base];
    }
  }
  if (splitCache.size > 20_000) splitCache.clear();
  splitCache.set(lower, out);
  return out;
}

const BOUNDARY = /[.!?;\n]/;
const CAPS_IGNORE = new Set(['ok', 'id', 'us', 'uk', 'tv', 'pm', 'am', 'eu', 'faq', 'pc', 'usb', 'pin', 'sms', 'eod', 'asap', 'vip']);

/** Tokenise a reply once for every rule. */
export function prepare(text: string): Prepared {
  const words = tokenize(text);
  const tokens: RuleToken[] = [];
  const sentences: Sentence[] = [];
  let capsWords = 0;
  let longWords = 0;
  let capsSpan: { start: number; end: number } | null = null;
  let sentence = -1;
  let prevEnd = 0;

  const closeSentence = (gapText: string): void => {
    const current = sentences[sentence];
    if (current) current.question = gapText.includes('?');
  };

  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const gap = text.slice(prevEnd, word.start);
    if (sentence === -1 || BOUNDARY.test(gap)) {
      if (sentence >= 0) closeSentence(gap);
      sentence++;
      sentences.push({ first: tokens.length, last: tokens.length, start: word.start, end: word.end, question: false });
    }
    const parts = expand(word.lower);
    for (const part of parts) {
      tokens.push({ norm: part, stem: part === word.lower ? word.stem : stem(part), start: word.start, end: word.end, sentence, word: w });
    }
    const current = sentences[sentence]!;
    current.last = tokens.length - 1;
    current.end = word.end;
    if (word.text.length >= 2 && /\p{L}/u.test(word.text)) {
      longWords++;
      if (word.text === word.text.toUpperCase() && word.text !== word.lower && !CAPS_IGNORE.has(word.lower)) {
        capsWords++;
        capsSpan = capsSpan ? { start: capsSpan.start, end: word.end } : { start: word.start, end: word.end };
      }
    }
    prevEnd = word.end;
  }
  if (sentence >= 0) closeSentence(text.slice(prevEnd, Math.min(text.length, prevEnd + 20)));
  return { text, tokens, sentences, capsWords, longWords, capsSpan };
}
