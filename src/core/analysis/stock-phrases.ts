/**
 * Stock empathy on its own: a sentence that is nothing but a set phrase
 * ("I'm sorry.", "I understand.", "That must be frustrating.", "I hear
 * you."). One or two read as natural; a run of them reads as a script, and a
 * trainee must not be able to out-score a real reflection of the customer's
 * situation by stacking them.
 */
import type { Match } from './matcher.js';
import type { PhraseRule } from './rules.js';
import type { Prepared } from './tokens.js';

/** How many stock sentences a reply may have before the rest stop earning empathy. */
export const STOCK_SENTENCES_ALLOWED = 2;

/** Words that add nothing of substance around a stock phrase ("Oh, I'm so sorry.", "And I hear you."). */
const FILLER: ReadonlySet<string> = new Set([
  'and', 'so', 'oh', 'yes', 'yeah', 'well', 'i', 'you', 'that', 'this', 'it', 'is', 'am', 'are', 'really', 'just', 'very',
  'too', 'also', 'truly', 'totally', 'completely', 'honestly', 'the', 'a', 'all', 'of', 'ok', 'okay', 'hey', 'again', 'here',
]);

const earnsEmpathy = (rule: PhraseRule): boolean => rule.skill === 'empathy' && rule.points > 0 && !rule.transparent;

/**
 * Sentences, in reading order, that are stock empathy beyond the allowed
 * number: their empathy phrases earn nothing. `inPhrase` marks the words
 * inside non-transparent phrase matches. Repeats of the same sentence count
 * as one (a repeated phrase already counts once).
 */
export function scriptedSentences(prep: Prepared, matches: readonly Match<PhraseRule>[], inPhrase: Uint8Array): number[] {
  const { tokens } = prep;
  const empathic = new Set<number>();
  for (const m of matches) if (earnsEmpathy(m.rule)) empathic.add(tokens[m.first]!.sentence);
  const stock: number[] = [];
  const seen = new Set<string>();
  prep.sentences.forEach((s, index) => {
    if (!empathic.has(index)) return;
    let key = '';
    for (let k = s.first; k <= s.last; k++) {
      const norm = tokens[k]!.norm;
      if (!inPhrase[k] && !FILLER.has(norm)) return;
      key += `${norm} `;
    }
    if (seen.has(key)) return;
    seen.add(key);
    stock.push(index);
  });
  return stock.slice(STOCK_SENTENCES_ALLOWED);
}
