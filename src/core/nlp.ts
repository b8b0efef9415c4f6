/**
 * The one file that touches `natural`. Never import the package root: it loads
 * database clients (~1 s, 77 MB) and prints dotenv notices to stdout. Deep
 * imports only, exposed through our own small types.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface NaturalStemmer {
  stem(token: string): string;
}

const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as NaturalStemmer;

/** A word of the reply with its position, lower-cased form and Porter stem. */
export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-cased form. */
  lower: string;
  /** Porter stem of the lower-cased form (see {@link stem}). */
  stem: string;
  start: number;
  end: number;
}

// Words with inner apostrophes stay whole ("can't", "I'll"); curly quotes are folded.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** Porter stem of one lower-case word, memoised (stemming dominates analysis time). */
export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  let stemmed = stemCache.get(lower);
  if (stemmed === undefined) {
    stemmed = porter.stem(lower);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(lower, stemmed);
  }
  return stemmed;
}

/**
 * Split text into word tokens with offsets into the original string.
 * @example tokenize("I'll call you") → [{text: "I'll", lower: "i'll", ...}, ...]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const lower = word.toLowerCase().replace(/’/g, "'");
    tokens.push({ text: word, lower, stem: stem(lower), start: match.index, end: match.index + word.length });
  }
  return tokens;
}
