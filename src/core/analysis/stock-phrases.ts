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
import { CLAUSE_BREAK } from './lexicon.js';

/** How many stock sentences (or clauses) a reply may have before the rest stop earning empathy. */
export const STOCK_SENTENCES_ALLOWED = 2;

/** Words that add nothing of substance around a stock phrase ("Oh, I'm so sorry.", "And I hear you."). */
export const FILLER: ReadonlySet<string> = new Set([
  'and', 'so', 'oh', 'yes', 'yeah', 'well', 'i', 'you', 'that', 'this', 'it', 'is', 'am', 'are', 'really', 'just', 'very',
  'too', 'also', 'truly', 'totally', 'completely', 'honestly', 'the', 'a', 'all', 'of', 'ok', 'okay', 'hey', 'again', 'here',
]);

const earnsEmpathy = (rule: PhraseRule): boolean => rule.skill === 'empathy' && rule.points > 0 && !rule.transparent;

/** A stretch of a reply: a sentence, or a clause of one between commas or dashes. */
export interface Stretch {
  first: number;
  last: number;
  start: number;
  end: number;
}

/** The clauses of each sentence, split where `CLAUSE_BREAK` punctuation stands between two words. */
function clauses(prep: Prepared): Stretch[] {
  const { tokens, text } = prep;
  const out: Stretch[] = [];
  for (const s of prep.sentences) {
    let first = s.first;
    for (let k = s.first; k <= s.last; k++) {
      const next = tokens[k + 1];
      if (k === s.last || (next && CLAUSE_BREAK.test(text.slice(tokens[k]!.end, next.start)))) {
        out.push({ first, last: k, start: tokens[first]!.start, end: tokens[k]!.end });
        first = k + 1;
      }
    }
  }
  return out;
}

/**
 * Stretches, in reading order, that are stock empathy beyond the allowed
 * number: their empathy phrases earn nothing. A stretch is a sentence or a
 * clause of one, so commas do not hide a run ("I'm sorry, I understand, I
 * hear you, …"). `inPhrase` marks the words inside non-transparent phrase
 * matches. Repeats of the same stretch count as one (a repeated phrase
 * already counts once).
 */
export function scriptedStretches(prep: Prepared, matches: readonly Match<PhraseRule>[], inPhrase: Uint8Array): Stretch[] {
  const { tokens } = prep;
  const empathic = new Uint8Array(tokens.length);
  let phrases = 0;
  for (const m of matches) {
    if (!earnsEmpathy(m.rule) || empathic[m.first]) continue;
    empathic[m.first] = 1;
    phrases++;
  }
  // Each stock stretch holds an empathy phrase of its own: with no more phrases than are allowed, none is one too many.
  if (phrases <= STOCK_SENTENCES_ALLOWED) return [];
  const stock: Stretch[] = [];
  const seen = new Set<string>();
  for (const c of clauses(prep)) {
    let hasPhrase = false;
    let filler = true;
    for (let k = c.first; k <= c.last && filler; k++) {
      if (empathic[k]) hasPhrase = true;
      if (!inPhrase[k] && !FILLER.has(tokens[k]!.norm)) filler = false;
    }
    if (!hasPhrase || !filler) continue;
    // The clause's words, to count a repeated stretch once (built only for the few stock clauses).
    let key = '';
    for (let k = c.first; k <= c.last; k++) key += `${tokens[k]!.norm} `;
    if (seen.has(key)) continue;
    seen.add(key);
    stock.push(c);
  }
  return stock.slice(STOCK_SENTENCES_ALLOWED);
}
