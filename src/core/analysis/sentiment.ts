/**
 * Word valence (AFINN-165, the list natural's SentimentAnalyzer uses) with
 * negation: "not happy" counts as mildly negative, "not bad" as mildly
 * positive. Each distinct word counts once, and the total is capped, so
 * stuffing positive words stops paying quickly.
 */
import { afinnLexicon } from '../nlp.js';
import { inClass, NEGATORS, TOPIC_WORDS } from './lexicon.js';
import type { RuleToken } from './tokens.js';

/** One scored word. */
export interface ValenceHit {
  token: number;
  value: number;
  negated: boolean;
}


// A negation does not reach across a comma, colon, semicolon or dash: in "No, that's wrong" the "no" answers, it does not negate.
const CLAUSE_BREAK = /[,:;\u2013\u2014]|\s-\s/u;

/** Valenced words outside the spans already explained by phrase rules; `text` (the reply) bounds negation to its clause. */
export function valence(tokens: readonly RuleToken[], covered: Uint8Array, text?: string): ValenceHit[] {
  const lexicon = afinnLexicon();
  const hits: ValenceHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i]!;
    if (TOPIC_WORDS.has(t.norm)) continue;
    const value = lexicon.get(t.norm);
    if (value === undefined) continue;
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
    hits.push({ token: i, value, negated });
  }
  return hits;
}
