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
  /** The customer told of a loss or hardship (a death, an illness): cheerfulness would jar. */
  customerDistress?: boolean;
  /** A deadline the customer named ("by Friday", "within 40 minutes"), for the rewritten promise (looked up only when needed). */
  customerDeadline?: () => string | null;
}

const MAX_TIPS = 3;
const NOT_ACKNOWLEDGING: ReadonlySet<string> = new Set(['empathy.question', 'empathy.other-question', 'empathy.reflection', 'empathy.personal', 'empathy.exclamation']);

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
  const t = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.!?])/g, '$1')
    .replace(/^[\s,;:—-]+/, '')
    .replace(/([—–])[,;:]/gu, '$1')
    .trim();
  return t ? t.charAt(0).toUpperCase() + t.slice(1) : t;
}

// Promises that go on ("I'll keep you updated", "I'll keep chasing until it arrives") take a rhythm, not a deadline.
const ONGOING = /^(?:i|we)(?:['’]ll| will) (?:keep|continue|monitor|watch)\b|\buntil\b/iu;

/** The time a rewritten promise gets when the customer named none ("I need it by Friday" gives "by Friday"). */
const DEFAULT_DEADLINE = 'by 3 pm today';

// Where a time can go before the rest of the promise: "…match it by 3 pm today if you send the link".
const SUBORDINATE = /[,;:]|\s(?:if|once|when|whenever|while|as soon as|because|so that|so|unless|until|after|before|and then)\s/iu;
const NEGATED = /\b(?:not|never|no|nothing|nobody|none|neither|cannot)\b|n['’]t\b/iu;
// A relative clause describing the object ("…someone who can help", "…the order that you placed", "…the
// courier, who will know"): a time put after it would seem to belong to it, so the time goes first instead.
const RELATIVE =
  /\s(?:who|whom|whose|which|where)\s|\sthat\s+(?:i|you|we|they|he|she|it|can|could|will|would|should|may|might|must|is|are|was|were|has|have|had|does|do|did)\b/iu;
const RELATIVE_AFTER_COMMA = /^[,;:]\s*(?:who|whom|whose|which|where)\b/iu;
// Sentence openers that are not names or "I": lower-cased when the time goes in front of them.
const COMMON_OPENER = /^(?:We|You|They|It|Let|Our|My|The|This|That|Someone|Somebody|A|An)\b/u;
// A promise to reply ("I'll get back to you") takes the channel itself: "…get back to you by email".
const REPLY = /\b(?:get back to you|be in touch|let you know|update you|come back to you|follow up with you|keep you (?:updated|posted|informed|in the loop))\b/iu;

/**
 * The promise made checkable: a time before any subordinate clause
 * ("I can price match by 3 pm today if you show me the listing"), or in front
 * when the promise ends in a relative clause ("By 3 pm today, I'll find
 * someone who can help"), and how the customer will hear. A negated promise
 * ("make sure it doesn't happen again") takes no time, so the check-in
 * becomes a sentence of its own. A hedge ("try to", "hopefully") is dropped.
 */
export function specificRewrite(text: string, hasWhen: boolean, hasChannel: boolean, deadline = DEFAULT_DEADLINE): string {
  // A checkable promise is not hedged: "We'll try to get someone out" → "We'll get someone out".
  const base = text.replace(HEDGES, '').replace(/[\s.!?,;:]+$/u, '');
  if (NEGATED.test(base)) {
    const followUp = hasChannel ? `I’ll update you ${deadline} on what I’ve done.` : `I’ll email you ${deadline} to tell you what I’ve done.`;
    return tidy(`${base}. ${followUp}`);
  }
  let head = base;
  let tail = '';
  let fronted = false;
  if (!hasWhen) {
    const cut = SUBORDINATE.exec(base);
    if (cut && cut.index > 0) {
      head = base.slice(0, cut.index);
      tail = base.slice(cut.index);
    }
    fronted = RELATIVE.test(head) || RELATIVE_AFTER_COMMA.test(tail);
    if (fronted) {
      head = `${deadline.charAt(0).toUpperCase()}${deadline.slice(1)}, ${COMMON_OPENER.test(base) ? base.charAt(0).toLowerCase() + base.slice(1) : base}`;
      tail = '';
    }
  }
  // "I'll keep you updated" goes on: it takes a rhythm, not a deadline.
  const when = hasWhen || fronted ? '' : ONGOING.test(base) ? ' every hour' : ` ${deadline}`;
  let channel = hasChannel ? '' : ONGOING.test(base) ? ', and I’ll email you with each update' : ', and I’ll email you as soon as it’s done';
  let rest = `${head}${when}${tail}`;
  const reply = hasChannel ? null : REPLY.exec(rest);
  if (reply) {
    const at = reply.index + reply[0].length;
    rest = `${rest.slice(0, at)} by email${rest.slice(at)}`;
    channel = '';
  }
  return tidy(`${rest}${channel}.`);
}

/**
 * The promise as a sentence of its own: a left-out subject is put back ("…and will call you" →
 * "I’ll call you") and chat-style "ill" is written "I’ll".
 */
function promiseText(f: FoundCommitment): string {
  const c = f.commitment;
  if (f.carried && c.what) return `${c.who === 'we' ? 'We' : 'I'}’ll ${c.what}`;
  // "I'm happy to refund it" is willing; the checkable promise is "I’ll refund it".
  const willing = WILLING.exec(c.text);
  if (willing) return `${/^we/iu.test(c.text) ? 'We' : 'I'}’ll ${c.text.slice(willing[0].length)}`;
  return c.text.replace(/^ill\b/iu, 'I’ll');
}
const WILLING = /^(?:i|we)(?:['’]m|['’]re| am| are|['’]d be| would be) (?:really |more than |very )?(?:happy|glad|pleased) to /iu;

// "Let me check…", "Let's get you back in", "I can show you…", "I'll transfer you", "I'll stay on the line",
// "I'll get my supervisor": done with the customer, while they wait, not later.
const IN_CONVERSATION =
  /^(?:let(?: me|['’]s| us)\b|(?:i|we)(?: can| could|['’]ll| will| am going to| are going to)? (?:just |now |personally )?(?:show you|explain|walk you through|talk you through|go through|transfer you|put you (?:through|on hold)|connect you|pass you|hand you over|stay (?:on the line|on the phone|with you|on with you|here)|hold on|get (?:my|a|the|our) (?:supervisor|manager|team lead|colleague|senior)|fetch|grab (?:my|a|the)|bring in|get you (?:back )?in)\b)/iu;
// "We have to…", "I need to…", "I want to…", "I'd like to try": an obligation or a wish, not a promise to date.
const OBLIGED_OR_WISHED = /^(?:i|we)(?:['’]ll| will)?(?: (?:really|just|still|also|first))? (?:have to|have got to|need to|must|got to|should|ought to|want to|wanted to|would like to|['’]d like to|would love to|['’]d love to)\b/iu;
// Only trying, with nothing tried: "I'd like to try."
const ONLY_TRYING = /^(?:i|we)\b.*\b(?:try|attempt)[\s.!]*$/iu;
const HEDGES =
  /\b(?:(?:do|try) (?:my|our) (?:very )?(?:best|hardest|utmost) to|do (?:everything|all|whatever) (?:i|we) (?:possibly )?can to|try (?:to|and)|attempt to|hopefully|maybe|perhaps|possibly|probably)\s+/giu;
// Tips that already say what the promise lacks: the promise gets no second rewrite.
const VAGUE_TIPS: ReadonlySet<string> = new Set(['followThrough.vague-promise', 'followThrough.untimed-reply', 'followThrough.effort-pledge', 'followThrough.untimed-handover', 'followThrough.over-promise']);
const DIRECT_ASK = /^(?:what|which)(?:['’]s| is| are) (your|the) ([^?]{1,60}?)\s*\?$/iu;
const NOT_BARE_VERB = /^\s*(?:have|has|had|not|never|be|been|already|also|probably|really|definitely|n['’]t)\b/iu;

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
    if (e.rule === 'positivity.direct-question') {
      // "What's your order number?" → "Could you tell me your order number, please?"; other shapes get no tip.
      const s = sentenceAround(prep, e.start);
      const asked = DIRECT_ASK.exec(prep.text.slice(s.start, Math.min(prep.text.length, s.end + 1)));
      if (asked) {
        tips.push({ rule: e.rule, skill: e.skill, message: 'Ask it as a request, so it reads as help rather than a form to fill in.', rewrite: `Could you tell me ${asked[1]!.toLowerCase()} ${asked[2]}, please?`, span });
        used.add(e.rule);
      }
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
      // Only when a word was removed: a rewrite equal to the sentence as written is no tip.
      if (rewrite && rewrite !== rewriteSpan(prep, e, e.text)) tips.push({ rule: e.rule, skill: e.skill, message: tip.message, rewrite, span });
      used.add(e.rule);
      continue;
    }
    if (!tip) continue;
    let rewrite = tip.example ?? '';
    if (!tip.example && tip.replace !== undefined) {
      // "You should have received…" cannot become "Could you please have received…": a drop-in phrasing needs a bare verb next.
      const after = prep.text.slice(e.end, sentenceAround(prep, e.start).end);
      if (e.rule === 'positivity.directive' && /\bnot\b/i.test(e.text)) {
        rewrite = rewriteSpan(prep, e, 'Please do not'); // "You must not share it" → "Please do not share it."
      } else if (NOT_BARE_VERB.test(after)) {
        continue;
      } else if (e.rule === 'positivity.directive') {
        // "Send me…" keeps its verb ("Could you please send me…?"); "You need to…" and "Just…" are replaced,
        // but a suggestion keeps what is suggested ("You should have a look…" → "Could you please have a look…?").
        const suggested = /\bhave an? .*$/i.exec(e.text)?.[0].toLowerCase();
        const verb = /^(you|just)\b/i.test(e.text) ? (suggested ? ` ${suggested}` : '') : ` ${e.text.toLowerCase()}`;
        rewrite = rewriteSpan(prep, e, tip.replace + verb).replace(/[.!]*$/, '?');
      } else rewrite = rewriteSpan(prep, e, tip.replace);
    }
    if (!rewrite) continue;
    tips.push({ rule: e.rule, skill: e.skill, message: tip.message, rewrite, span });
    used.add(e.rule);
  }

  // Asking, echoing words, saying "I" or an exclamation mark do not acknowledge a feeling.
  const empathic = evidence.some((e) => e.skill === 'empathy' && e.points > 0 && !NOT_ACKNOWLEDGING.has(e.rule));
  if (input.customerDistress && !empathic) {
    // The tone-deaf tip, when there is one, already says it.
    if (!tips.some((t) => t.rule === 'empathy.tone-deaf')) {
      tips.unshift({
        rule: 'empathy.missed-feelings',
        skill: 'empathy',
        message: 'The customer has told you something hard: acknowledge it with care before anything else.',
        rewrite: 'I’m so sorry to hear that. I’ll make this as easy for you as I can.',
      });
    }
  } else if (input.customerUpset && !empathic) {
    const feeling = input.customerFeeling ?? 'frustrated';
    tips.push({
      rule: 'empathy.missed-feelings',
      skill: 'empathy',
      message: 'The customer is upset: acknowledge how they feel before the facts.',
      rewrite: `I'm really sorry — I can hear how ${feeling} you are, and I want to put this right.`,
    });
  }

  // A promise already covered by a vague-promise tip ("I'll do my best…") gets no second rewrite.
  const covered = (c: FoundCommitment): boolean =>
    tips.some((t) => VAGUE_TIPS.has(t.rule) && t.span !== undefined && t.span.start < c.commitment.end && c.commitment.start < t.span.end);
  // "I can offer you store credit" (or "what I can do is include…") makes the offer as it says it: there is nothing to schedule.
  // Nor does a choice left to the customer ("…or refund you, whichever you prefer").
  // "I can give you 50% off…" is an offer too; "…as simple as possible" promises a manner, not a step to date.
  const performative = (c: FoundCommitment): boolean =>
    /^(?:offer|suggest|recommend|advise)\b/iu.test(c.commitment.what ?? '') ||
    /^(?:i|we) (?:can|could) (?:give|offer) you\b/iu.test(c.commitment.text) ||
    /\bas (?:\w+ )?as (?:possible|i can|we can)\b/iu.test(c.commitment.text) ||
    /\bwhichever\b|\bif you(?:['’]d)? (?:prefer|like)\b|\b(?:can|could) do (?:for you )?is\b/iu.test(c.commitment.text);
  // "Let me check the order" happens while the customer waits: a deadline would read oddly.
  const inConversation = (c: FoundCommitment): boolean => IN_CONVERSATION.test(promiseText(c));
  // "I'm going to handle this myself" takes ownership, which is its whole point; the dated promise comes with the plan.
  // "I'll make sure this doesn't happen again" promises more than ownership, and gets the tip.
  const owning = (c: FoundCommitment): boolean =>
    evidence.some((e) => e.rule === 'followThrough.ownership' && e.start <= c.commitment.start && c.commitment.text.replace(/[\s.!?]+$/u, '').length <= e.end - c.commitment.start);
  // An obligation or a wish dates nothing ("We have to…", "I want to…"), nor does an attempt with no object ("I'd like to try").
  const wished = (c: FoundCommitment): boolean => OBLIGED_OR_WISHED.test(promiseText(c)) || ONLY_TRYING.test(promiseText(c));
  // A promise to bend the rules gets the honest tip, not a date.
  const bent = evidence.some((e) => e.intent === 'bend-the-rules');
  const vague = bent
    ? undefined
    : input.commitments.find((c) => c.commitment.who !== null && !c.commitment.specific && !covered(c) && !performative(c) && !inConversation(c) && !owning(c) && !wished(c));
  if (vague) {
    const c = vague.commitment;
    const rewrite = specificRewrite(promiseText(vague), c.when !== null, c.channel !== null, input.customerDeadline?.() ?? undefined);
    tips.push({
      rule: 'followThrough.unspecific-commitment',
      skill: 'followThrough',
      message: 'Make the promise checkable: add when it will happen and how the customer will hear.',
      rewrite,
      span: { start: c.start, end: c.end, text: c.text },
    });
  } else if (
    input.commitments.length === 0 &&
    prep.tokens.length > 0 &&
    // A reply that closes the conversation ("Glad I could help, have a lovely evening!") needs no next step,
    // nor does one that asks the customer something: the next step is theirs.
    !evidence.some((e) => (e.skill === 'followThrough' && e.points > 0) || e.intent === 'closing' || e.intent === 'question') &&
    !prep.sentences.some((s) => s.question) &&
    // A tip on the reply's own (vague) promise or handover already says what to do next.
    !tips.some((t) => t.skill === 'followThrough')
  ) {
    tips.push({
      rule: 'followThrough.no-next-step',
      skill: 'followThrough',
      message: 'Say what you will do next, and when.',
      rewrite: 'I’ll look into this right now and email you an update by 3 pm today.',
    });
  }
  return tips.slice(0, MAX_TIPS);
}
