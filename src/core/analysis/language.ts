/**
 * Is the reply English? The rules read English only, so a reply in another
 * language (or keyboard junk) scores as if it said nothing; the trainee should
 * be told why rather than be coached on words the rules could not read.
 *
 * Most replies are settled by a cheap look at their words: a quarter or more
 * that the analysis knows (function words, words of its lexicon, AFINN words)
 * is English. Only the few that fail that test go to franc-min's trigram
 * detector, and English shorthand it recognises ("Refund done, ref 4471")
 * stays English. Named only when the detector is clearly sure of the
 * language; otherwise the reply just "does not read as English".
 */
import { francAll } from 'franc-min';
import { classesOfStem, STOP_WORDS } from './lexicon.js';
import type { Prepared } from './tokens.js';

/** At least this share of known words makes a reply English without asking the detector. */
const KNOWN_SHARE = 0.25;
/** The detector's score for English (1 = its best guess) at or above which the reply counts as English. */
const ENGLISH_CLOSE = 0.9;
/** The runner-up's score at or below which the detector's best guess is named. */
const NAME_MARGIN = 0.92;
/**
 * Fewer Latin-script words than this say too little to judge: the detector
 * misreads short English shorthand ("Tracking number attached." as Swedish).
 */
const MIN_WORDS = 4;
/** A Latin-script guess is named only from this many words up ("Judo, Taekwondo, Boxing etc." is no Uzbek). */
const NAME_WORDS = 5;
/** Fewer letters than this say too little to judge in any script ("ok", "👍"). */
const MIN_LETTERS = 6;

const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/u;
const names = new Intl.DisplayNames(['en'], { type: 'language' });

export interface ForeignReading {
  /** The language's English name when the detector is sure of it ("Spanish"), else null. */
  language: string | null;
}

/**
 * How many of the reply's words the analysis knows, counted until `enough`: past it the answer is settled,
 * and most replies reach it within their first few words.
 */
function knownWords(prep: Prepared, enough: number): number {
  let known = 0;
  for (const t of prep.tokens) {
    // A word with a valence is in AFINN (whose only 0-valued entries are two-word phrases).
    if (t.valence !== 0 || STOP_WORDS.has(t.norm) || classesOfStem(t.stem).length > 0) known++;
    if (known >= enough) break;
  }
  return known;
}

/** Null when the reply reads as English (or is too short to tell); otherwise what it reads as. */
export function foreignLanguage(prep: Prepared): ForeignReading | null {
  // Words in another script are never known, so this settles almost every reply without looking at letters.
  const enough = prep.tokens.length * KNOWN_SHARE;
  const known = knownWords(prep, enough);
  if (prep.tokens.length > 0 && known >= enough) return null;
  const letters = prep.text.match(LETTER);
  if (!letters || letters.length < MIN_LETTERS) return null;
  const otherScript = letters.filter((c) => LATIN.test(c)).length < letters.length / 2;
  if (!otherScript && prep.tokens.length < MIN_WORDS) return null;
  const ranked = francAll(prep.text, { minLength: MIN_LETTERS });
  const [best, second] = ranked;
  const english = ranked.find(([code]) => code === 'eng');
  if (best && (best[0] === 'eng' || (english && english[1] >= ENGLISH_CLOSE))) return null;
  const sure = best !== undefined && best[0] !== 'und' && (otherScript || prep.tokens.length >= NAME_WORDS) && (!second || second[1] <= NAME_MARGIN);
  if (sure) return { language: names.of(best[0]) ?? null };
  // Unsure of the language: said only when no word at all was recognised (junk), or the script is not Latin.
  return otherScript || known === 0 ? { language: null } : null;
}
