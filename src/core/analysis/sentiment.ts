/**
 * Word valence (AFINN-165, the list natural's SentimentAnalyzer uses) with
 * negation: "not happy" counts as mildly negative, "not bad" as mildly
 * positive. Each distinct word counts once, and the total is capped, so
 * stuffing positive words stops paying quickly.
 */
import { CLAUSE_BREAK, inClass, NEGATORS, PROBLEM_WORDS, TOPIC_WORDS } from './lexicon.js';
import type { RuleToken } from './tokens.js';

/** One scored word. */
export interface ValenceHit {
  token: number;
  value: number;
  negated: boolean;
}


/** Words after which a capitalised word is someone being addressed ("Hi Rob", "Thanks, Joy"), not an opinion. */
const ADDRESS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'you', 'morning', 'afternoon', 'evening', 'sorry', 'welcome']);
const UPPER = /^\p{Lu}\p{Ll}/u;

/**
 * A person's name rather than a word with a valence: a handle ("@Rob") or a
 * capitalised word addressed after a greeting or thanks ("Hi Rob", "Thank you, Joy").
 */
function isName(tokens: readonly RuleToken[], i: number, text: string | undefined): boolean {
  if (text === undefined) return false;
  const t = tokens[i]!;
  if (t.start > 0 && text[t.start - 1] === '@') return true;
  if (t.first || !UPPER.test(text.slice(t.start, t.end))) return false;
  const prev = tokens[i - 1];
  return prev !== undefined && prev.sentence === t.sentence && ADDRESS.has(prev.norm);
}


/**
 * Valenced words outside the spans already explained by phrase rules; `text` (the reply) bounds negation
 * to its clause. A negative word that names the problem is not negative wording: one of the general
 * problem words ("crash", "outage", "loss") or one taken from the customer's own message (`customerStems`).
 */
export function valence(tokens: readonly RuleToken[], covered: Uint8Array, text?: string, customerStems?: ReadonlySet<string>): ValenceHit[] {
  const hits: ValenceHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i]!;
    // The token's AFINN valence (0: not in the list, whose only 0-valued entries are two-word phrases).
    const value = t.valence;
    if (value === 0 || TOPIC_WORDS.has(t.norm) || isName(tokens, i, text)) continue;
    // Naming a feeling ("this is frustrating") acknowledges it; it is not negative wording.
    if (value < 0 && inClass(t.stem, 'feel')) continue;
    let negated = false;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const prev = tokens[k]!;
      if (prev.sentence !== t.sentence) break;
      if (text !== undefined && prev.end < tokens[k + 1]!.start && CLAUSE_BREAK.test(text.slice(prev.end, tokens[k + 1]!.start))) break;
      if (NEGATORS.has(prev.norm)) {
        negated = true;
        break;
      }
    }
    // Naming the problem ("the crash", "your loss", the customer's own word) is not negative wording either;
    // negated ("that's not silly at all") it still reassures.
    if (value < 0 && !negated && (PROBLEM_WORDS.has(t.norm) || customerStems?.has(t.stem))) continue;
    hits.push({ token: i, value, negated });
  }
  return hits;
}
