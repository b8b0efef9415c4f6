/**
 * Reply analysis: `analyze(reply, context)` scores a trainee's reply for
 * empathy, positivity and follow-through (0–100 each), lists the intents
 * scenarios branch on, and explains every point with an evidence span and a
 * rule id. Pure and deterministic: no IO, no clock, no randomness.
 *
 * How it works (see docs/analysis.md): the reply is tokenised once
 * (contractions split, each distinct word stemmed once); one precompiled trie
 * finds every phrase rule (`analysis/rules.ts`); a longer phrase overrides the
 * words inside it, so idioms such as "no problem" win over "no" + "problem";
 * commitments, questions, reflection of the customer's words, word valence
 * with negation and shouting are computed next; each rule's points count once
 * per reply, so repeating a phrase never raises a score.
 */
import type { Analysis, AnalysisContext, Evidence, Intent } from './types.js';
import { INTENTS } from './types.js';
import { findCommitments } from './analysis/commitments.js';
import { inClass } from './analysis/lexicon.js';
import { compile, longestMatches, matchAll } from './analysis/matcher.js';
import { contentStems, reflectedTokens } from './analysis/reflection.js';
import { PHRASE_RULES, type PhraseRule } from './analysis/rules.js';
import { COMPUTED_RULES, DELIVERY_RULES, scoresFrom } from './analysis/scoring.js';
import { valence } from './analysis/sentiment.js';
import { buildTips } from './analysis/tips.js';
import { prepare, type RuleToken } from './analysis/tokens.js';
import { afinnLexicon } from './nlp.js';

/**
 * Replies longer than this are analysed on their first part only (cut at a
 * word boundary): a chat reply is a few sentences, and the cap keeps a pasted
 * document from stalling the conversation.
 */
export const MAX_ANALYSED_CHARS = 3000;

const phraseMatcher = compile(PHRASE_RULES);
const YOU = new Set(['you', 'your', 'yours', 'yourself', 'u', 'ur']);
const ASKING = new Set(['what', 'why', 'how', 'when', 'where', 'who', 'which', 'do', 'does', 'did', 'are', 'is', 'have', 'has', 'can', 'could', 'would', 'will', 'were', 'was']);

/** A question written without its "?": a question word or auxiliary first, "you" right after it. */
function interrogative(tokens: readonly RuleToken[], first: number, last: number): boolean {
  let k = first;
  if (tokens[k] && (tokens[k]!.norm === 'but' || tokens[k]!.norm === 'and' || tokens[k]!.norm === 'so')) k++;
  if (!tokens[k] || !ASKING.has(tokens[k]!.norm)) return false;
  for (let j = k + 1; j <= Math.min(last, k + 3); j++) if (YOU.has(tokens[j]!.norm)) return true;
  return false;
}
const intentOrder = new Map<Intent, number>(INTENTS.map((intent, i) => [intent, i]));

/**
 * Cut an over-long reply after its last whole sentence within the limit (or
 * at a space), so the analysed text never ends in half a sentence that could
 * read differently from the whole one.
 */
function capText(reply: string): string {
  if (reply.length <= MAX_ANALYSED_CHARS) return reply;
  const head = reply.slice(0, MAX_ANALYSED_CHARS);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '), head.lastIndexOf('\n'));
  if (sentenceEnd > MAX_ANALYSED_CHARS / 2) return reply.slice(0, sentenceEnd + 1);
  const space = head.lastIndexOf(' ');
  return space > MAX_ANALYSED_CHARS / 2 ? reply.slice(0, space) : head;
}

interface CustomerView {
  stems: Set<string>;
  upset: boolean;
  feeling: string | null;
}

const FEELING_ADJECTIVES = /^(frustrated|upset|annoyed|angry|disappointed|stressed|worried|concerned|confused|irritated|furious|exhausted|anxious|overwhelmed|fed|livid|mad|scared|unhappy|let)$/;

function readCustomer(text: string | undefined): CustomerView | null {
  if (!text) return null;
  const prep = prepare(capText(text));
  const lexicon = afinnLexicon();
  let feeling: string | null = null;
  let negative = 0;
  let feels = 0;
  for (const t of prep.tokens) {
    if (inClass(t.stem, 'feel') || inClass(t.stem, 'swear')) {
      feels++;
      if (!feeling && FEELING_ADJECTIVES.test(t.norm) && t.norm !== 'fed' && t.norm !== 'let') feeling = t.norm;
    }
    negative += Math.min(0, lexicon.get(t.norm) ?? 0);
  }
  const shouting = prep.capsWords >= 2 && prep.capsWords >= prep.longWords * 0.5;
  const upset = feels > 0 || negative <= -3 || shouting || /!{2,}/.test(text);
  return { stems: contentStems(prep.tokens), upset, feeling };
}

/**
 * Score one trainee reply.
 * @param reply what the trainee wrote
 * @param context the customer's last message (for reflection and missed-chance tips) and open promises
 * @example analyze("I'm so sorry about the double charge. I'll refund it today and email you.", { customer: "You charged me twice!" })
 */
export function analyze(reply: string, context: AnalysisContext = {}): Analysis {
  const text = capText(typeof reply === 'string' ? reply : '');
  const prep = prepare(text);
  const { tokens } = prep;
  const evidence: Evidence[] = [];
  const intents = new Set<Intent>();
  const counted = new Set<string>();

  /** Add evidence; a rule (or rule + key) earns its points only the first time. */
  const add = (rule: string, skill: Evidence['skill'], points: number, start: number, end: number, note: string, intent?: Intent, key = ''): void => {
    const id = `${rule}\u0000${key}`;
    const first = !counted.has(id);
    counted.add(id);
    if (!first && evidence.length > 60) return;
    const e: Evidence = { start, end, text: text.slice(start, end), rule, skill, points: first ? points : 0, note: first ? note : `${note} (repeat: counted once)` };
    if (intent) {
      e.intent = intent;
      intents.add(intent);
    }
    evidence.push(e);
  };

  // 1. Phrase rules.
  const matches = longestMatches(
    matchAll(phraseMatcher, tokens).filter((m) => !m.rule.statementOnly || !prep.sentences[tokens[m.first]!.sentence]!.question),
  );
  const covered = new Uint8Array(tokens.length);
  for (const m of matches) {
    const rule: PhraseRule = m.rule;
    if (!rule.transparent) for (let k = m.first; k <= m.last; k++) covered[k] = 1;
    add(rule.id, rule.skill, rule.points, tokens[m.first]!.start, tokens[m.last]!.end, rule.note, rule.intent);
    for (const x of rule.extra ?? []) add(rule.id, x.skill, x.points, tokens[m.first]!.start, tokens[m.last]!.end, rule.note, undefined, x.skill);
    for (const also of rule.also ?? []) intents.add(also);
  }

  // 2. Questions: asking about the other person ("you") explores; other questions count less.
  for (const s of prep.sentences) {
    if (!s.question && !interrogative(tokens, s.first, s.last)) continue;
    const q = text.indexOf('?', s.end);
    let aboutYou = false;
    for (let k = s.first; k <= s.last; k++) if (YOU.has(tokens[k]!.norm)) aboutYou = true;
    const rule = aboutYou ? COMPUTED_RULES.question : COMPUTED_RULES.otherQuestion;
    add(rule.id, 'empathy', rule.points, s.start, q >= 0 && q - s.end < 20 ? q + 1 : s.end, rule.note, 'question');
  }

  // 2b. An exclamation shows feeling (an emotional reaction); one counts, more add nothing.
  const bang = text.indexOf('!');
  if (bang >= 0 && tokens.length > 0 && !(prep.capsSpan && prep.capsWords >= prep.longWords * 0.6)) {
    const r = COMPUTED_RULES.exclaim;
    add(r.id, 'empathy', r.points, bang, bang + 1, r.note);
  }

  // 3. Commitments.
  const found = findCommitments(prep);
  for (const f of found) {
    const c = f.commitment;
    if (c.who === null) continue; // "someone will…" is scored by the vague-promise rule
    if (f.hedged) {
      const rule = COMPUTED_RULES.hedgedCommitment;
      add(rule.id, 'followThrough', rule.points, f.head.start, f.head.end, rule.note, 'commitment');
      continue;
    }
    const rule = COMPUTED_RULES.commitment;
    add(rule.id, 'followThrough', rule.points, f.head.start, f.head.end, rule.note, 'commitment');
    if (f.whenSpan) {
      const r = COMPUTED_RULES.commitmentTime;
      add(r.id, 'followThrough', r.points, f.whenSpan.start, f.whenSpan.end, r.note);
    }
    if (f.channelSpan) {
      const r = COMPUTED_RULES.commitmentChannel;
      add(r.id, 'followThrough', r.points, f.channelSpan.start, f.channelSpan.end, r.note);
    }
  }

  // 4. Reflection of the customer's own words.
  const customer = readCustomer(context.customer);
  if (customer && customer.stems.size > 0) {
    const reflected = reflectedTokens(tokens, customer.stems);
    const rule = COMPUTED_RULES.reflection;
    reflected.forEach((index, n) => {
      const t = tokens[index]!;
      const points = n < rule.maxWords ? rule.pointsPerWord : 0;
      add(rule.id, 'empathy', points, t.start, t.end, rule.note, reflected.length >= 2 ? 'reflection' : undefined, t.stem);
    });
    const feeling = reflected.find((index) => inClass(tokens[index]!.stem, 'feel'));
    if (feeling !== undefined) {
      const r = COMPUTED_RULES.reflectFeeling;
      const t = tokens[feeling]!;
      add(r.id, 'empathy', r.points, t.start, t.end, r.note, 'reflection');
    }
  }

  // 5. Word valence outside the phrases already explained.
  let positive = 0;
  let negative = 0;
  for (const hit of valence(tokens, covered, text)) {
    const t = tokens[hit.token]!;
    const signed = hit.negated ? -hit.value / 2 : hit.value;
    const key = `${t.norm}${hit.negated ? '~not' : ''}`;
    if (signed > 0) {
      const r = COMPUTED_RULES.positiveWord;
      const points = Math.min(Math.round(signed * r.perValence), r.cap - positive);
      if (!counted.has(`${r.id}\u0000${key}`)) positive += Math.max(0, points);
      add(r.id, 'positivity', Math.max(0, points), t.start, t.end, hit.negated ? `${r.note} (negated negative word)` : r.note, undefined, key);
    } else if (signed < 0) {
      const r = COMPUTED_RULES.negativeWord;
      const points = Math.max(Math.round(signed * r.perValence), -(r.cap + negative));
      if (!counted.has(`${r.id}\u0000${key}`)) negative += Math.min(0, points);
      add(r.id, 'positivity', Math.min(0, points), t.start, t.end, hit.negated ? `${r.note} (negated positive word)` : r.note, undefined, key);
    }
  }

  // 6. Shouting.
  if (prep.capsSpan && ((prep.capsWords >= 2 && prep.capsWords >= prep.longWords * 0.6) || (prep.capsWords >= 4 && prep.capsWords >= prep.longWords * 0.3))) {
    const r = COMPUTED_RULES.shouting;
    add(r.id, 'positivity', r.points, prep.capsSpan.start, prep.capsSpan.end, r.note, 'shouting');
  }

  // 7. Coming back on an open promise.
  if (context.openPromises && context.openPromises.length > 0) {
    const delivered = evidence.find((e) => DELIVERY_RULES.has(e.rule));
    if (delivered) {
      const r = COMPUTED_RULES.keptPromise;
      add(r.id, 'followThrough', r.points, delivered.start, delivered.end, r.note);
    }
  }

  evidence.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  const scores = scoresFrom(evidence);
  const tips = buildTips({ prep, evidence, commitments: found, customerUpset: customer?.upset ?? false, customerFeeling: customer?.feeling ?? null });

  const stems: string[] = [];
  const seenStems = new Set<string>();
  for (const t of tokens) {
    if (!seenStems.has(t.stem)) {
      seenStems.add(t.stem);
      stems.push(t.stem);
    }
  }
  return {
    scores,
    intents: [...intents].sort((a, b) => intentOrder.get(a)! - intentOrder.get(b)!),
    evidence,
    tips,
    commitments: found.map((f) => f.commitment),
    stems,
  };
}
