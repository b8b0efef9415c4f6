/**
 * Tips: a concrete better phrasing for what cost the most points, and for
 * chances the reply missed (no acknowledgement of an upset customer's
 * feelings, a promise with no time or channel, no next step at all).
 */
import type { Evidence, Tip } from '../types.js';
import type { FoundCommitment } from './commitments.js';
import { ruleById, type RuleTip } from './rules.js';
import { COMPUTED_TIPS } from './scoring.js';
import type { Prepared } from './tokens.js';

/** What the tip builder needs beyond the evidence. */
export interface TipInput {
  prep: Prepared;
  evidence: readonly Evidence[];
  commitments: readonly FoundCommitment[];
  /** The customer sounded upset (feeling words, swearing, capitals). */
  customerUpset: boolean;
  /** A feeling word the customer used ("frustrated"), to echo in the rewrite. */
  customerFeeling: string | null;
}

const MAX_TIPS = 3;

/** The sentence a position falls in; a position in the punctuation after a sentence belongs to it. */
function sentenceAround(prep: Prepared, start: number): { start: number; end: number } {
  let found: { start: number; end: number } | null = null;
  for (const s of prep.sentences) if (s.start <= start) found = { start: s.start, end: s.end };
  return found ?? { start, end: start };
}

/** The sentence around an evidence span (with its closing punctuation), the span replaced. */
function rewriteSpan(prep: Prepared, e: { start: number; end: number }, replacement: string): string {
  const s = sentenceAround(prep, e.start);
  const end = Math.max(e.end, /^[.!?]*/.exec(prep.text.slice(s.end))![0].length + s.end);
  return tidy(prep.text.slice(s.start, e.start) + replacement + prep.text.slice(e.end, end));
}

function tidy(text: string): string {
  const t = text.replace(/\s+/g, ' ').replace(/\s+([,.!?])/g, '$1').replace(/^[\s,;:—-]+/, '').trim();
  return t ? t.charAt(0).toUpperCase() + t.slice(1) : t;
}

/** Build at most three tips, the costliest first. */
export function buildTips(input: TipInput): Tip[] {
  const { prep, evidence } = input;
  const tips: Tip[] = [];
  const used = new Set<string>();

  const negatives = evidence.filter((e) => e.skill && e.points < 0).sort((a, b) => a.points - b.points || a.start - b.start);
  for (const e of negatives) {
    if (tips.length >= 2 || used.has(e.rule) || !e.skill) continue;
    // One tip per stretch of text: a second rule on the same words would rewrite them twice.
    if (tips.some((t) => t.span && t.span.start < e.end && e.start < t.span.end)) continue;
    const span = { start: e.start, end: e.end, text: e.text };
    if (e.rule === 'positivity.shouting') {
      const calm = prep.text.slice(e.start, e.end).toLowerCase();
      tips.push({ rule: e.rule, skill: e.skill, message: 'Write in normal case; capitals read as shouting.', rewrite: tidy(calm), span });
      used.add(e.rule);
      continue;
    }
    if (e.rule === 'positivity.markup-emphasis' || e.rule === 'positivity.exasperation') {
      const plain = e.rule === 'positivity.exasperation' ? '?' : e.text.replace(/^[*_]+|[*_]+$/g, '');
      const message = e.rule === 'positivity.exasperation' ? 'One question mark is enough; more read as exasperation.' : 'Drop the stress marks; let the words carry the point.';
      tips.push({ rule: e.rule, skill: e.skill, message, rewrite: rewriteSpan(prep, e, plain), span });
      used.add(e.rule);
      continue;
    }
    const tip: RuleTip | undefined = ruleById(e.rule)?.tip ?? COMPUTED_TIPS.get(e.rule);
    if (tip?.remove) {
      const words = new RegExp(`\\b(?:${tip.remove.join('|')})\\b,?`, 'gi');
      const rewrite = rewriteSpan(prep, e, e.text.replace(words, ''));
      if (rewrite && rewrite !== tidy(prep.text.slice(e.start, e.end))) tips.push({ rule: e.rule, skill: e.skill, message: tip.message, rewrite, span });
      used.add(e.rule);
      continue;
    }
    if (!tip) continue;
    let rewrite = tip.example ?? '';
    if (!tip.example && tip.replace !== undefined) {
      if (e.rule === 'positivity.directive' && /\bnot\b/i.test(e.text)) {
        rewrite = rewriteSpan(prep, e, 'Please do not'); // "You must not share it" → "Please do not share it."
      } else if (e.rule === 'positivity.directive') {
        // "Send me…" keeps its verb ("Could you please send me…?"); "You need to…" and "Just…" are replaced.
        const verb = /^(you|just)\b/i.test(e.text) ? '' : ` ${e.text.toLowerCase()}`;
        rewrite = rewriteSpan(prep, e, tip.replace + verb).replace(/[.!]*$/, '?');
      } else rewrite = rewriteSpan(prep, e, tip.replace);
    }
    if (!rewrite) continue;
    tips.push({ rule: e.rule, skill: e.skill, message: tip.message, rewrite, span });
    used.add(e.rule);
  }

  const empathic = evidence.some((e) => e.skill === 'empathy' && e.points > 0 && e.rule !== 'empathy.question' && e.rule !== 'empathy.reflection');
  if (input.customerUpset && !empathic) {
    const feeling = input.customerFeeling ?? 'frustrated';
    tips.push({
      rule: 'empathy.missed-feelings',
      skill: 'empathy',
      message: 'The customer is upset: acknowledge how they feel before the facts.',
      rewrite: `I'm really sorry — I can hear how ${feeling} you are, and I want to put this right.`,
    });
  }

  const vague = input.commitments.find((c) => c.commitment.who !== null && !c.commitment.specific);
  if (vague) {
    const c = vague.commitment;
    const base = c.text.replace(/[\s.!?,;]+$/u, '');
    const rewrite = tidy(`${base}${c.when ? '' : ' by 3 pm today'}${c.channel ? '' : ', and I’ll email you as soon as it’s done'}.`);
    tips.push({
      rule: 'followThrough.unspecific-commitment',
      skill: 'followThrough',
      message: 'Make the promise checkable: add when it will happen and how the customer will hear.',
      rewrite,
      span: { start: c.start, end: c.end, text: c.text },
    });
  } else if (input.commitments.length === 0 && prep.tokens.length > 0 && !evidence.some((e) => e.skill === 'followThrough' && e.points > 0)) {
    tips.push({
      rule: 'followThrough.no-next-step',
      skill: 'followThrough',
      message: 'Say what you will do next, and when.',
      rewrite: 'I’ll look into this right now and email you an update by 3 pm today.',
    });
  }
  return tips.slice(0, MAX_TIPS);
}
