/**
 * One pass over the reply: words with offsets, contractions split into the
 * words they stand for, sentence boundaries and question marks. Every later
 * step (phrase matching, commitments, reflection) reads this, so the text is
 * tokenised and each distinct word stemmed exactly once.
 */
import { afinnLexicon, stem, WORD_PATTERN } from '../nlp.js';
import { inClass } from './lexicon.js';
import { keysOf, keyVocabularySize } from './matcher.js';

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
  /** The ids of the trie keys this token can follow (see `keysOf` in `matcher.ts`). */
  keys: readonly number[];
  /** AFINN-165 valence of `norm` (-5…+5; 0 when the list has no such word), looked up once per distinct word. */
  valence: number;
  /** First token of its sentence. */
  first: boolean;
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

const CAPS_IGNORE = new Set(['ok', 'id', 'us', 'uk', 'tv', 'pm', 'am', 'eu', 'faq', 'pc', 'usb', 'pin', 'sms', 'eod', 'asap', 'vip']);
const HAS_LETTER = /\p{L}/u;

/** Everything about a written word that does not depend on where it stands, computed once per distinct word. */
interface WordInfo {
  lower: string;
  parts: readonly { norm: string; stem: string; keys: readonly number[]; valence: number }[];
  long: boolean;
  caps: boolean;
  /** `keyVocabularySize()` when the keys were found: a matcher compiled since may use more. */
  vocabulary: number;
}
const wordCache = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 50_000;

function wordInfo(raw: string): WordInfo {
  let info = wordCache.get(raw);
  if (info && info.vocabulary === keyVocabularySize()) return info;
  const lower = raw.toLowerCase().replace(/’/g, "'");
  const parts = expand(lower).map((norm) => {
    const s = stem(norm);
    return { norm, stem: s, keys: keysOf(norm, s), valence: afinnLexicon().get(norm) ?? 0 };
  });
  const long = raw.length >= 2 && HAS_LETTER.test(raw);
  const caps = long && raw === raw.toUpperCase() && raw !== lower && !CAPS_IGNORE.has(lower);
  info = { lower, parts, long, caps, vocabulary: keyVocabularySize() };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(raw, info);
  return info;
}

// "ill" typed for "I'll" ("ill chase the courier now") is read as "I will" when an action follows it
// ("ill sort it", "ill be there at 4"), never after a verb of being or feeling ("I've been ill", "feel ill today").
const ILL_VERBS: ReadonlySet<string> = new Set(['be', 'have', 'need', 'get', 'just', 'also', 'definitely', 'personally', 'now']);
const ILL_AFTER: ReadonlySet<string> = new Set([
  'be', 'been', 'being', 'am', 'is', 'are', 'was', 'were', 'feel', 'feels', 'feeling', 'felt', 'fell', 'fall', 'falls', 'falling',
  'get', 'gets', 'got', 'getting', 'become', 'became', 'look', 'looks', 'looked', 'seem', 'seems', 'seemed', 'taken', 'very', 'so',
  'too', 'quite', 'really', 'seriously', 'critically', 'terminally', 'mentally', 'chronically', 'an', 'the', 'of', 'not',
]);

/** The tokens of "ill" when it stands for "I'll": an action after it and no verb of being before it. */
function illAsIWill(tokens: readonly RuleToken[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || next.sentence !== tokens[k]!.sentence) return false;
  if (!ILL_VERBS.has(next.norm) && !inClass(next.stem, 'act')) return false;
  const same = (t: RuleToken | undefined): t is RuleToken => t !== undefined && t.sentence === tokens[k]!.sentence;
  const before = tokens[k - 1];
  if (!same(before) || !ILL_AFTER.has(before.norm)) return true;
  // "so ill activate it" is "so I'll…"; "I was so ill" has its verb of being before the intensifier.
  if (!ILL_INTENSIFIERS.has(before.norm)) return false;
  const twoBefore = tokens[k - 2];
  return !(same(twoBefore) && ILL_AFTER.has(twoBefore.norm));
}
const ILL_INTENSIFIERS: ReadonlySet<string> = new Set(['very', 'so', 'too', 'quite', 'really', 'seriously', 'critically', 'terminally', 'mentally', 'chronically']);

/** Split chat-style "ill" that stands for "I'll" into "i" + "will", shifting the sentence indices after it. */
function splitChatIll(tokens: RuleToken[], sentences: Sentence[]): void {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.norm !== 'ill' || !illAsIWill(tokens, k)) continue;
    const [i, will] = wordInfo("i'll").parts;
    tokens.splice(k, 1, { ...t, norm: i!.norm, stem: i!.stem, keys: i!.keys, valence: i!.valence }, { ...t, norm: will!.norm, stem: will!.stem, keys: will!.keys, valence: will!.valence, first: false });
    for (const s of sentences) {
      if (s.first > k) s.first++;
      if (s.last >= k) s.last++;
    }
  }
}

/**
 * The word pattern, as this module's own global RegExp: `exec` from
 * `lastIndex` finds the words one by one, where `matchAll` would copy the
 * pattern for every reply and wrap each match in an iterator result.
 */
const WORDS = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);

/** The index of the sentence an offset falls in (from its first word's start to its last word's end), or -1. */
export function sentenceAt(prep: Prepared, at: number): number {
  return prep.sentences.findIndex((s) => s.start <= at && at <= s.end);
}

/** A lower-case letter or a digit: after a "." or "?" with no space, the mark is inside a word. */
function innerMark(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Tokenise a reply once for every rule. */
export function prepare(text: string): Prepared {
  const tokens: RuleToken[] = [];
  const sentences: Sentence[] = [];
  let capsWords = 0;
  let longWords = 0;
  let capsSpan: { start: number; end: number } | null = null;
  let sentence = -1;
  let prevEnd = 0;
  let w = 0;
  let current: Sentence | undefined;
  let prevInfo: WordInfo | undefined;
  let ill = false;

  WORDS.lastIndex = 0;
  for (let match = WORDS.exec(text); match !== null; match = WORDS.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    // Scan the gap since the last word for sentence ends and question marks.
    // The sentence is a question when the first sentence end after it is a "?".
    let boundary = sentence === -1;
    let question = false;
    for (let k = prevEnd; k < start; k++) {
      const c = text.charCodeAt(k);
      if (c === 63 /* ? */ || c === 46 /* . */ || c === 33 /* ! */ || c === 59 /* ; */ || c === 10 /* \n */) {
        // A mark with a lower-case letter or digit straight after it is inside a web address, a file
        // name or a number ("page.php?id=2", "console.log", "2.5"), not the end of a sentence.
        if (c !== 59 && c !== 10 && k === start - 1 && innerMark(text.charCodeAt(start))) continue;
        if (!boundary) question = c === 63;
        boundary = true;
      }
    }
    if (boundary) {
      if (current) current.question = question;
      sentence++;
      current = { first: tokens.length, last: tokens.length, start, end, question: false };
      sentences.push(current);
    }
    const info = wordInfo(raw);
    if (info.lower === 'ill') ill = true;
    // A word repeated straight after itself ("sorry sorry", "I - I'll") is read once: stuttering and stuffing add nothing.
    const echo = !boundary && prevInfo !== undefined && prevInfo.lower === info.lower;
    prevInfo = info;
    if (!echo) {
      for (const part of info.parts) tokens.push({ norm: part.norm, stem: part.stem, keys: part.keys, valence: part.valence, start, end, sentence, word: w, first: false });
      if (boundary) tokens[current!.first]!.first = true;
    }
    current!.last = tokens.length - 1;
    current!.end = end;
    if (info.long) {
      longWords++;
      if (info.caps) {
        capsWords++;
        capsSpan = capsSpan ? { start: capsSpan.start, end } : { start, end };
      }
    }
    prevEnd = end;
    w++;
  }
  if (current) {
    const tail = /[.!?;\n]/.exec(text.slice(prevEnd, Math.min(text.length, prevEnd + 20)));
    current.question = tail?.[0] === '?';
  }
  if (ill) splitChatIll(tokens, sentences);
  return { text, tokens, sentences, capsWords, longWords, capsSpan };
}
