/**
 * Tips: a concrete better phrasing for what cost the most points, and for
 * chances the reply missed (no acknowledgement of an upset customer's
 * feelings, a promise with no time or channel, no next step at all).
 */
import type { Evidence, Tip } from '../types.js';
import { deferredDecision, deferredStep, NEWS_PENDING, trivialAct, type FoundCommitment } from './commitments.js';
import { ruleById, type RuleTip } from './rules.js';
import { COMPUTED_TIPS } from './scoring.js';
import { CLAUSE_BREAK } from './lexicon.js';
import { FILLER } from './stock-phrases.js';
import { compile, matchAll } from './matcher.js';
import { sentenceAt, type Prepared } from './tokens.js';
import type { Topic } from './topic.js';

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
  /** The customer is racing a deadline or asked for haste ("due at noon", "quickly"). */
  customerUrgent?: boolean;
  /** The customer asked for information ("Do I need it?"): an answer is a whole reply, with no next step to add. */
  customerAsksInfo?: boolean;
  /** What the conversation is about, so an example fits it (a cancellation, a price, an outage, a loss…); read only when a tip needs it. */
  topic?: () => Topic | null;
  /** A deadline the customer named ("by Friday", "within 40 minutes"), for the rewritten promise (looked up only when needed). */
  customerDeadline?: () => string | null;
  /** What happened to the customer, said from the agent's side ("you've been charged twice…"), for an example (looked up only when needed). */
  customerSituation?: () => string | null;
}

const MAX_TIPS = 3;
/** A feeling named in a set phrase ("I understand your frustration", "that must be stressful"). */
const FEELING_WORD = /\b(?:frustrat\w*|upset\w*|annoy\w*|angry|anger|disappoint\w*|stress\w*|worr\w*|concern\w*|confus\w*|irritat\w*|furious|exhaust\w*|anxi\w*|overwhelm\w*|fed up|livid|mad|scar\w*|hurt\w*|sad\w*)\b/iu;
/** Words that answer a customer's hurry: the reply already says it will be quick. */
const HASTE = /\b(?:now|right away|straight away|immediately|quick(?:ly)?|fast|asap|urgent(?:ly)?|priority|hurry|deadline|in time|before (?:noon|midday|\d)|minutes?|this second)\b/iu;
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

/** A promise joined to the order ("…, and we'll sort it"), to be said after the question. */
// What follows the request may be ours or what happens next: "…and it will be escalated to the identity team".
const FOLLOWING_PROMISE = /,?\s+(and then|and|then|so|but)\s+((?:we|i|it|this|that|they|(?:the|our|your) \w+(?: team)?)(?:['’]ll| will| can| should)\b.*)$/iu;

/** Verbs a request can end on ("Could you please wait?"). */
const STANDS_ALONE = /^\s*(?:wait|hold|relax|continue|proceed|confirm|reply|call|try again)\b/iu;

/** A head that a request can follow as it is: it ends in a break or a joining word ("Sorry, but"). */
const HEAD_JOINS = /(?:[,;:—–-]|\b(?:but|and|so|then|or))$/iu;
/** A head that is a condition or a time clause, which takes a comma before the request. */
const CONDITION_START = /^(?:if|when|once|before|after|since|as soon as|until|whenever|while)\b/iu;

/** `CLAUSE_BREAK`, global, to find every break in a rewrite. */
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gu');

/**
 * An order turned into a request, built from its own clause: "Sorry, but you'll have to wait." →
 * "Sorry, but could you please wait?" (the capital only at the start), and a clause before or after it
 * that carries another flagged span is left out ("Just clear your cookies, it's not rocket science." →
 * "Could you please clear your cookies?"), so the tip never repeats what it was meant to fix.
 */
function requestRewrite(prep: Prepared, e: Evidence, request: string, evidence: readonly Evidence[]): string {
  const s = sentenceAround(prep, e.start);
  const flagged = otherFaults(e, s, evidence).filter((x) => x.end <= s.end);
  let head = prep.text.slice(s.start, e.start);
  let tail = prep.text.slice(e.end, s.end);
  const before = flagged.filter((x) => x.end <= e.start);
  if (before.length > 0) {
    // Start after the first clause break that follows the last flagged span before the order.
    const from = Math.max(...before.map((x) => x.end)) - s.start;
    CLAUSE_BREAKS.lastIndex = from;
    const cut = CLAUSE_BREAKS.exec(head);
    if (cut) head = head.slice(cut.index + cut[0].length);
  }
  const after = flagged.filter((x) => x.start >= e.end);
  if (after.length > 0) {
    // End at the last clause break before the first flagged span after the order.
    const upTo = Math.min(...after.map((x) => x.start)) - e.end;
    const breaks = [...tail.slice(0, upTo).matchAll(CLAUSE_BREAKS)];
    const last = breaks[breaks.length - 1];
    // With no break before it, the flagged words end the request ("…wait like everyone else" → "…wait?"),
    // though never before the order's own first word.
    const firstWord = /^\s*\S+/u.exec(tail)?.[0].length ?? 0;
    // Cut inside the clause, only a verb that stands alone survives ("…wait?"); "Could you please read?" is no request.
    if (!last && upTo <= firstWord && !STANDS_ALONE.test(tail.slice(0, firstWord))) return '';
    // A conjunction left hanging by the cut goes with it: "Fill in the form and the team will call you" → "…fill in the form?".
    tail = tail.slice(0, last ? last.index : Math.max(upTo, firstWord)).replace(/[\s,]+(?:and then|and|then|so|but|or)\s*$/iu, '');
  }
  // A lead-in with no break before the order ("I'm afraid you have to…") cannot take a question after
  // it: a condition gets its comma ("If it's faulty, could you please…"), anything else is left out.
  const headText = head.trim();
  if (headText && !HEAD_JOINS.test(headText)) head = CONDITION_START.test(headText) ? `${headText}, ` : '';
  const lead = head.trim() ? request.charAt(0).toLowerCase() + request.slice(1) : request;
  // "…fill in the form and we'll sort it" asks one thing and promises another: the promise follows the question.
  const promise = FOLLOWING_PROMISE.exec(tail);
  const then = promise ? ` ${tidy(`${/then|so/iu.test(promise[1]!) ? 'then ' : ''}${promise[2]!.replace(/[\s.!,;:]*$/u, '')}`)}.` : '';
  if (promise) tail = tail.slice(0, promise.index);
  // The request says "please" once: "Send it please." → "Could you please send it?"
  if (/\bplease\b/iu.test(lead)) tail = tail.replace(/,?\s*\bplease\b/giu, '');
  // A curt closing "then" ("Buy it there then.") goes: the request is not a shrug.
  return tidy(`${head}${lead}${tail}`.replace(/[\s.!,;:]*$/u, '').replace(/,?\s+then$/iu, '')) + '?' + then;
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
/**
 * "I will make sure someone contacts you" → "I'll contact you myself": the rewrite names who will do it, as
 * its message asks, rather than keeping the "someone".
 */
function doneMyself(text: string): string {
  // "I'll look into it and someone will get back to you" → "I'll look into it and get back to you".
  if (/^(?:i|we)\b/iu.test(text)) text = text.replace(SOMEONE_ELSE_TOO, ' and ').replace(/\s{2,}/gu, ' ');
  const m = SOMEONE_WILL.exec(text);
  if (!m) return text;
  const verb = m[1]!.replace(/(?<=(?:ch|sh|ss|x))es$/u, '').replace(/(?<!s)s$/u, '');
  return `I’ll ${verb}${m[2]} myself`;
}
// Joined by "and" or only by a comma ("…next week, someone will be in touch to confirm").
const SOMEONE_ELSE_TOO = /(?:\band|,)(?: and)? (?:then )?(?:someone|somebody|a colleague|an agent|one of (?:us|the team|my colleagues)|the team|they)(?: will|['’]ll) /iu;
const SOMEONE_WILL = /^(?:i|we)(?:['’]ll| will| am going to| are going to)? (?:make sure|ensure|see to it that|get) (?:someone|somebody|a colleague|one of (?:us|the team|my colleagues)|an agent) (?:will )?(\p{L}+)(\b.*)$/iu;

export function specificRewrite(text: string, hasWhen: boolean, hasChannel: boolean, deadline = DEFAULT_DEADLINE): string {
  // A checkable promise is not hedged: "We'll try to get someone out" → "We'll get someone out".
  // A hedge after a comma takes its comma with it: "I'll remove it, hopefully today" → "I'll remove it today".
  const base = text.replace(HEDGES, (hedge) => (hedge.startsWith(',') ? ' ' : '')).replace(/\s{2,}/gu, ' ').replace(/[\s.!?,;:]+$/u, '');
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
  /^(?:let(?: me|['’]s| us)\b|(?:i|we)(?: can| could|['’]ll| will| am going to| are going to)? (?:just |now |personally )?(?:show you|explain|walk you through|talk you through|go through|transfer you|put you (?:through|on hold)|connect you|pass you|hand you over|stay (?:on the line|on the phone|with you|on with you|here)|hold on|get (?:my|a|the|our) (?:duty |shift |floor |store |on-call |line )?(?:supervisor|manager|team lead|colleague|senior)|fetch|grab (?:my|a|the)|bring in|get you (?:back )?in)\b)/iu;
// "We have to…", "I need to…", "I want to…", "I'd like to try": an obligation or a wish, not a promise to date.
const OBLIGED_OR_WISHED = /^(?:i|we)(?:['’]ll| will)?(?: (?:really|just|still|also|first))? (?:have to|have got to|need to|must|got to|should|ought to|want to|wanted to|would like to|['’]d like to|would love to|['’]d love to)\b/iu;
// Only trying, with nothing tried: "I'd like to try."
const ONLY_TRYING = /^(?:i|we)\b.*\b(?:try|attempt)[\s.!]*$/iu;
const HEDGES =
  /(?:,\s*)?\b(?:(?:do|try) (?:my|our) (?:very )?(?:best|hardest|utmost) to|do (?:everything|all|whatever) (?:i|we) (?:possibly )?can to|try (?:to|and)|attempt to|hopefully|maybe|perhaps|possibly|probably|if (?:at all )?possible|i guess|i hope)\b,?(?:\s+|(?=[.!?,;:]|$))/giu;
// Tips that already say what the promise lacks: the promise gets no second rewrite.
const VAGUE_TIPS: ReadonlySet<string> = new Set(['followThrough.vague-promise', 'followThrough.vague-time', 'followThrough.untimed-reply', 'followThrough.effort-pledge', 'followThrough.untimed-handover', 'followThrough.over-promise']);
const DIRECT_ASK = /^(?:what|which)(?:['’]s| is| are) (your|the) ([^?]{1,60}?)\s*\?$/iu;
const NOT_BARE_VERB = /^\s*(?:have|has|had|not|never|be|been|already|also|probably|really|definitely|n['’]t)\b/iu;

/** Advice or a recommendation: the reply is the help asked for ("I'd recommend…", "you don't need…", "I wouldn't add it"). */
const adviceMatcher = compile([
  {
    patterns: [
      'i would (not|never|) (recommend|suggest|go with|go for|stick with|choose|pick|add|buy|put you on|advise)',
      'i (would not|do not think you need)',
      'you (do not|probably do not|will not) need',
      'my (advice|recommendation|suggestion)',
      'if i were you',
      '(is|would be) (enough|plenty|the better fit|a better fit) for',
      'covers everything',
      // A plan or product said to fit what the customer described: "Our Starter plan would cover all of that".
      '(would|will|should|does|can) (cover|handle|do) (all|everything|all of) (of|) (that|this|it|you need|you described|you mentioned)',
    ],
  },
]);

/** The example written for a topic; the customer's own tier ("premier") takes the tier's unless it has its own. */
function forTopic(examples: Partial<Record<Topic | 'none', string>> | undefined, topic: Topic | 'none'): string | undefined {
  return examples?.[topic] ?? (topic === 'premier' ? examples?.tier : undefined);
}

/** The next step for a topic, or the general one. */
function nextStep(topic: Topic | null): string {
  return forTopic(NEXT_STEP, topic ?? 'none') ?? DEFAULT_NEXT_STEP;
}
/** A next step that fits what the conversation is about. */
const NEXT_STEP: Partial<Record<Topic | 'none', string>> = {
  loss: 'I’ll take care of the closure today and send you a letter confirming it, so there’s nothing more you need to do.',
  cancel: 'I’ll cancel it now and email you the confirmation within the hour.',
  tier: 'I’ll look at your ticket myself now and call you back within the hour.',
  price: 'I’ll email you a written quote today, so you can compare at your own pace.',
  access: 'I’ll get you back into your account now and stay with you until you’re logged in.',
  visit: 'I’ll book a new visit now and text you the engineer’s name and arrival window by 5 pm today.',
  outage: 'I’ll update you by email every 30 minutes until it’s back up.',
  faulty: 'I’ll send a replacement today and email you the tracking number by 5 pm.',
  delivery: 'I’ll chase the courier now and text you the new delivery time by 3 pm today.',
  billing: 'I’ll check the charges now and email you what I’ve corrected by 5 pm today.',
};
const removalPatterns = new WeakMap<readonly string[], RegExp>();

/**
 * The words a tip removes, as one global pattern (with a comma after them),
 * compiled once per tip. Reusing it is safe: `replace` with a global pattern
 * always starts from the beginning of the string.
 */
function removalPattern(words: readonly string[]): RegExp {
  let pattern = removalPatterns.get(words);
  if (!pattern) {
    pattern = new RegExp(`\\b(?:${words.join('|')})\\b,?`, 'gi');
    removalPatterns.set(words, pattern);
  }
  return pattern;
}

/** Words that make a time vague ("sometime next week", "asap"), left out of a rewritten promise. */
const DEFAULT_NEXT_STEP = 'I’ll look into this right now and email you an update by 3 pm today.';
const VAGUE_WORDS =
  /\b(?:sometime|some time|at some point|eventually|soonish|(?<!as )soon(?! as\b)|shortly|in a (?:bit|while)|asap|as soon as possible|as soon as (?:i|we|they|he|she) can|when (?:i|we|they|he|she) (?:can|get (?:a|the) chance|(?:have|has|get|gets) (?:a moment|a minute|a sec|a second|time)|get (?:round|around) to it|(?:are|is) (?:free|able))|in due course|at a later date|within (?:the|our) (?:usual |normal |standard |agreed )?(?:sla|timeframe|time frame|turnaround(?: time)?|timescales?))\b,?\s*/giu;
const VAGUE_WORDS_TEST = new RegExp(VAGUE_WORDS.source, 'iu');
const NEWS_PENDING_ALL = new RegExp(`(?:,\\s*)?${NEWS_PENDING.source},?`, 'giu');

/** A promise without its vague timing ("…when I get a chance"), ready to take a real time. */
function withoutVagueTiming(text: string): string {
  // A comma after the vague words stays: "I'll refund it soon, I promise" → "I'll refund it, I promise".
  // "…as soon as we have more information" waits for news: it goes too, and the promise takes a time.
  return text
    .replace(VAGUE_WORDS, (words) => (/,\s*$/u.test(words) ? ', ' : ''))
    .replace(NEWS_PENDING_ALL, '')
    .replace(/^[\s,]+/u, '')
    .replace(/\s+,/gu, ',')
    .replace(/\s{2,}/gu, ' ');
}

/** Evidence that only says how a word was used, not a fault of the reply's own. */
const WORD_LEVEL: ReadonlySet<string> = new Set(['positivity.negative-word', 'positivity.negation', 'positivity.positive-word']);

/** Costs in the sentence `s` of `e`, outside `e`'s own words, besides word-level ones. */
function otherFaults(e: Evidence, s: { start: number; end: number }, evidence: readonly Evidence[]): Evidence[] {
  return evidence.filter((x) => x !== e && x.skill !== null && x.points < 0 && !WORD_LEVEL.has(x.rule) && x.start >= s.start && x.start <= s.end && (x.end <= e.start || x.start >= e.end));
}

/** The sentence of `e` carries another rule's cost: removing `e`'s words would not fix it. */
function keepsAnotherFault(prep: Prepared, e: Evidence, evidence: readonly Evidence[]): boolean {
  return otherFaults(e, sentenceAround(prep, e.start), evidence).some((x) => x.rule !== e.rule);
}

/** A bare thing asked for, one to three words ("Order number", "Postcode", "Account email"). */
const CURT_THING = /^\p{L}[\p{L}'-]*(?: \p{L}[\p{L}'-]*){0,2}$/u;
/** Words that are no thing to ask for: question words, answers and adverbs ("What?", "Sure?", "Really?"). */
const NOT_A_THING = /^(?:what|why|how|when|where|who|which|whose|sure|really|seriously|ok|okay|yes|no|right|so|and|and then|then|anything|something|everything|else|anything else|is that|are you|can you|did you)\b|\w+ly$/iu;
const DETERMINER = /^(?:the|your|a|an|this|that|any)\b/iu;
/**
 * What a customer can tell you: details they hold ("order number", "postcode", "error message"). Only these
 * make "Could you tell me your …, please?"; "Better?", "Deal?" or "Interested?" would not.
 */
const DETAIL = /(?:^|\s)(?:number|name|email|e-mail|address|postcode|post code|zip|zipcode|code|phone|mobile|account|order|reference|ref|date|id|card|model|serial|username|details|time|location|device|browser|version|plan|product|item|invoice|receipt|error|message|screenshot|dob|birthday|budget|size|colour|color|password|login|router|contract|tariff|bank|company|business|team|thoughts|comments|feedback|preference|choice)s?$/iu;
/** A direct question whose rest is no thing but a verb phrase: "What is the sentence supposed to mean?" */
const NOT_A_NOUN_PHRASE = /\b(?:supposed|meant|going|trying|doing|happening|happened|mean|means|wrong with)\b|,? and (?:where|what|how|why|when|who|do|does|did|is|are|can)\b/iu;

/** No tip, and the rule stays free for a later span. */
const NO_TIP = { tip: null, spent: false } as const;

/**
 * The tip for one costly span: a concrete rewrite of it, or none. `spent` says
 * the rule has had its chance (a rule gets one tip per reply).
 */
function costTip(e: Evidence, skill: NonNullable<Evidence['skill']>, input: TipInput): { tip: Tip | null; spent: boolean } {
  const { prep, evidence } = input;
  const span = { start: e.start, end: e.end, text: e.text };
  if (e.rule === 'positivity.shouting') {
    // The whole sentence, so a leading "I" the capitals span left out stays ("I WILL CHASE DPD…" → "I will chase DPD…").
    return { tip: { rule: e.rule, skill, message: 'Write in normal case; capitals read as shouting.', rewrite: calm(rewriteSpan(prep, e, e.text)), span }, spent: true };
  }
  if (e.rule === 'positivity.direct-question') {
    // "What's your order number?" → "Could you tell me your order number, please?"; other shapes get no tip.
    const s = sentenceAround(prep, e.start);
    const asked = DIRECT_ASK.exec(prep.text.slice(s.start, Math.min(prep.text.length, s.end + 1)));
    if (!asked || NOT_A_NOUN_PHRASE.test(asked[2]!)) return NO_TIP;
    return { tip: { rule: e.rule, skill, message: 'Ask it as a request, so it reads as help rather than a form to fill in.', rewrite: `Could you tell me ${asked[1]!.toLowerCase()} ${asked[2]}, please?`, span }, spent: true };
  }
  if (e.rule === 'positivity.curt-question') {
    // "Order number?" → "Could you tell me your order number, please?": the thing asked for stays.
    const asked = e.text.replace(/[\s?!.]+$/u, '').trim();
    if (CURT_THING.test(asked) && !NOT_A_THING.test(asked) && DETAIL.test(asked)) {
      const thing = asked.toLowerCase();
      return { tip: { rule: e.rule, skill, message: 'Ask in a full sentence, so it reads as help rather than a form to fill in.', rewrite: `Could you tell me ${DETERMINER.test(thing) ? thing : `your ${thing}`}, please?`, span }, spent: true };
    }
  }
  if (e.rule === 'positivity.markup-emphasis' || e.rule === 'positivity.exasperation') {
    const plain = e.rule === 'positivity.exasperation' ? '?' : e.text.replace(/^[*_]+|[*_]+$/g, '');
    const message = e.rule === 'positivity.exasperation' ? 'One question mark is enough; more read as exasperation.' : 'Drop the stress marks; let the words carry the point.';
    return { tip: { rule: e.rule, skill, message, rewrite: rewriteSpan(prep, e, plain), span }, spent: true };
  }
  const tip: RuleTip | undefined = ruleById(e.rule)?.tip ?? COMPUTED_TIPS.get(e.rule);
  if (tip?.remove) {
    const kept = e.text.replace(removalPattern(tip.remove), '');
    // Only when a word was removed, and words are left: a rewrite equal to the sentence as written, or
    // nothing but punctuation ("No." → "."), is no tip.
    // Nor when the sentence keeps another fault: dropping "Well," from "Well, you chose economy, so what did
    // you expect?" hands back the worse part as if it were fine.
    if (kept !== e.text && !keepsAnotherFault(prep, e, evidence)) {
      const rewrite = rewriteSpan(prep, e, kept);
      if (/\p{L}/u.test(rewrite) && rewrite !== rewriteSpan(prep, e, e.text)) return { tip: { rule: e.rule, skill, message: tip.message, rewrite, span }, spent: true };
    }
    return { tip: null, spent: true };
  }
  if (!tip) return NO_TIP;
  if (e.rule === 'followThrough.vague-promise' || e.rule === 'followThrough.effort-pledge' || e.rule === 'followThrough.vague-time') {
    // The trainee's own promise, made checkable: "I'll refund the £49.99 sometime next week hopefully" →
    // "I'll refund the £49.99 next week, and I'll email you as soon as it's done."
    const own = input.commitments.find((f) => f.commitment.who !== null && !f.handover && sentenceAt(prep, f.commitment.start) === sentenceAt(prep, e.start));
    if (own) {
      const c = own.commitment;
      const text = doneMyself(withoutVagueTiming(promiseText(own)));
      const timed = c.when !== null && !VAGUE_WORDS_TEST.test(c.when);
      // "I'll contact you myself…" is itself how the customer will hear.
      const heard = c.channel !== null || /^I’ll (?:contact|call|ring|phone|email|e-mail|text|message|reach|get back to|write to)\b/u.test(text);
      return { tip: { rule: e.rule, skill, message: tip.message, rewrite: specificRewrite(text, timed, heard, input.customerDeadline?.() ?? undefined), span }, spent: true };
    }
  }
  if (e.rule === 'empathy.advice') {
    // "You should stretch to the Pro tier" → "One thing that could help is to stretch to the Pro tier — shall I
    // walk you through it?": the trainee's own step, offered as help.
    const s = sentenceAround(prep, e.start);
    const step = prep.text.slice(e.end, s.end).replace(/^\s*(?:really|definitely|just|probably|maybe)\s+/iu, '').replace(/[\s.!?,;:]+$/u, '').trim();
    if (step && !NOT_BARE_VERB.test(step) && s.start === e.start) {
      return { tip: { rule: e.rule, skill, message: tip.message, rewrite: `One thing that could help is to ${step} — shall I walk you through it?`, span }, spent: true };
    }
  }
  if (e.rule === 'followThrough.untimed-handover') {
    // The handover as written, with a time and a check-back: "My colleague Sam will sort the refund by 3 pm
    // today…", not someone else doing something else.
    const handover = input.commitments.find((f) => f.handover && f.commitment.start <= e.start && e.start < f.commitment.end);
    if (handover) {
      const c = handover.commitment;
      return { tip: { rule: e.rule, skill, message: tip.message, rewrite: specificRewrite(withoutVagueTiming(promiseText(handover)), false, c.channel !== null, input.customerDeadline?.() ?? undefined), span }, spent: true };
    }
  }
  const topic = 'examples' in tip && tip.examples ? input.topic?.() : null;
  const fitting = topic ? forTopic(tip.examples, topic) : undefined;
  let rewrite = fitting ?? tip.example ?? '';
  if (!fitting && !tip.example && tip.replace !== undefined) {
    // "You should have received…" cannot become "Could you please have received…": a drop-in phrasing needs a bare verb next.
    const after = prep.text.slice(e.end, sentenceAround(prep, e.start).end);
    if (e.rule === 'positivity.directive' && /\bnot\b/i.test(e.text)) {
      rewrite = rewriteSpan(prep, e, 'Please do not'); // "You must not share it" → "Please do not share it."
    } else if (NOT_BARE_VERB.test(after)) {
      return NO_TIP;
    } else if (e.rule === 'positivity.directive') {
      // "Send me…" keeps its verb ("Could you please send me…?"); "You need to…" is replaced, "Just clear…"
      // keeps its verb, and a suggestion keeps what is suggested ("You should have a look…" → "Could you please have a look…?").
      const suggested = /\bhave an? .*$/i.exec(e.text)?.[0].toLowerCase();
      // "Need your employee ID." asks to be sent it ("Could you please send me your employee ID?"); "Need to restart it." to do it.
      const verb = /^need to\b/i.test(e.text)
        ? ''
        : /^need\b/i.test(e.text)
          ? ` send me${e.text.slice(4).toLowerCase()}`
          : /^just\b/i.test(e.text)
        ? e.text.replace(/^just/i, '').toLowerCase()
        : /^you\b/i.test(e.text)
          ? suggested
            ? ` ${suggested}`
            : ''
          : ` ${e.text.toLowerCase()}`;
      // "Maybe you should." asks for nothing a request could name: "Could you please?" is no rewrite.
      if (!verb.trim() && !/\p{L}/u.test(after)) return NO_TIP;
      rewrite = requestRewrite(prep, e, tip.replace + verb, evidence);
    } else rewrite = rewriteSpan(prep, e, tip.replace);
  }
  if (!rewrite) return NO_TIP;
  return { tip: { rule: e.rule, skill, message: tip.message, rewrite, span }, spent: true };
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
    const { tip, spent } = costTip(e, e.skill, input);
    if (tip) tips.push(tip);
    if (spent) used.add(e.rule);
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

  // A customer racing a deadline ("payroll is due at noon, can you help, quickly?") needs to hear it was heard, and
  // that this will move fast, before being asked for details.
  if (input.customerUrgent && !input.customerDistress && !input.customerUpset && !empathic && !tips.some((t) => t.skill === 'empathy') && !HASTE.test(prep.text) && !input.commitments.some((c) => c.commitment.when !== null)) {
    const deadline = input.customerDeadline?.() ?? null;
    tips.unshift({
      rule: 'empathy.missed-urgency',
      skill: 'empathy',
      message: 'The customer is up against the clock: show you know it, and that you will move fast.',
      rewrite: deadline ? `I know you need this sorted ${deadline}, so let's get it done right now.` : 'I can see this is urgent, so let’s get it done right now.',
    });
  }

  // A set phrase ("I understand your frustration.") names the feeling but not what happened. With nothing else to
  // fix, the tip shows the same sentence with the customer's situation in it, which is what tells them they were heard.
  // A calm customer who told of a problem gets it too when the set phrase is all the reply says ("I completely understand.").
  const onlyStock = input.commitments.length === 0 && evidence.every((e) => e.intent === undefined || e.intent === 'empathy-statement' || e.intent === 'apology');
  if (tips.length === 0 && empathic && (input.customerUpset || onlyStock) && !input.customerDistress && !evidence.some((e) => e.intent === 'reflection')) {
    const stock = evidence.find((e) => e.skill === 'empathy' && e.points > 0 && !NOT_ACKNOWLEDGING.has(e.rule));
    const sentence = stock && sentenceAt(prep, stock.start);
    const echoes = evidence.some((e) => e.rule === 'empathy.reflection' && sentenceAt(prep, e.start) === sentence);
    // Every acknowledgement in it is a set phrase: "I'm so sorry, that must be stressful with all your drivers waiting" is not.
    const allSet = evidence.every((e) => !(e.skill === 'empathy' && e.points > 0 && !NOT_ACKNOWLEDGING.has(e.rule)) || setPhraseOnly(prep, e));
    // Said back only for a service problem (a bill, an outage, a delivery…): a line about someone's life or how they
    // see themselves ("I'm sorry you're stuck in a prison") is no example to give.
    const topic = stock && !echoes && allSet ? (input.topic?.() ?? null) : null;
    const situation = topic !== null && topic !== 'loss' ? input.customerSituation?.() : null;
    if (stock && situation) {
      const feeling = input.customerFeeling;
      tips.push({
        rule: 'empathy.generic',
        skill: 'empathy',
        // "Sorry for the trouble" or "I understand" names no feeling: the message says what the reply did say.
        message: FEELING_WORD.test(stock.text)
          ? 'You named the feeling; now say what happened to them, so they know you heard the details.'
          : stock.intent === 'apology' || /\b(?:sorry|apolog)/iu.test(stock.text)
            ? 'You said sorry; now say what for, so they know you heard the details.'
            : 'You acknowledged them; now say what happened to them, so they know you heard the details.',
        rewrite: `I'm sorry ${situation}${feeling ? ` — no wonder you're ${feeling}` : ', and I want to put it right'}.`,
        span: { start: stock.start, end: stock.end, text: stock.text },
      });
    }
  }

  // A promise already covered by a vague-promise tip ("I'll do my best…", or "Hopefully, I'll sort it" in the
  // same sentence) gets no second rewrite.
  const covered = (c: FoundCommitment): boolean =>
    tips.some(
      (t) =>
        VAGUE_TIPS.has(t.rule) &&
        t.span !== undefined &&
        ((t.span.start < c.commitment.end && c.commitment.start < t.span.end) || sentenceAt(prep, t.span.start) === sentenceAt(prep, c.commitment.start)),
    );
  // "I can offer you store credit" (or "what I can do is include…") makes the offer as it says it: there is nothing to schedule.
  // Nor does a choice left to the customer ("…or refund you, whichever you prefer").
  // "I can give you 50% off…" is an offer too; "…as simple as possible" promises a manner, not a step to date.
  const performative = (c: FoundCommitment): boolean =>
    /^(?:offer|suggest|recommend|advise)\b/iu.test(c.commitment.what ?? '') ||
    /^(?:i|we) (?:can|could) (?:give|offer) you\b/iu.test(c.commitment.text) ||
    /\bas (?!soon\b)(?:\w+ )?as (?:possible|i can|we can)\b/iu.test(c.commitment.text) ||
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
  // "I'll text it to you", "I'll call you back": how they will hear, but not when; "…now" or "…by 4 pm" says it.
  const untimedChannel = (c: FoundCommitment): boolean => c.commitment.when === null && c.commitment.channel !== null && !c.handover && !c.hedged;
  // "I'll have to check with my supervisor": the customer needs to hear when they will have the answer, and from whom.
  const deferred = bent ? undefined : input.commitments.find((c) => deferredDecision(c) && !covered(c));
  if (deferred) {
    const c = deferred.commitment;
    tips.push({
      rule: 'followThrough.deferred-decision',
      skill: 'followThrough',
      message: 'Say when the customer will hear back, and that you will be the one to tell them.',
      rewrite: `I’ll ${deferredStep(deferred)} now and call you back with the answer ${input.customerDeadline?.() ?? DEFAULT_DEADLINE}.`,
      span: { start: c.start, end: c.end, text: c.text },
    });
  }
  // "It's being processed": said as the writer's own work, with when it lands and how the customer will hear.
  const status = evidence.find((e) => e.rule === 'followThrough.passive-status');
  if (status && !bent && !tips.some((t) => t.skill === 'followThrough')) {
    const m = PASSIVE_STATUS_PARTS.exec(status.text);
    const thing = m ? m[1]!.replace(/^(?:this|that)$/iu, 'it').replace(/^(?:the|your)\b/iu, 'your') : 'it';
    const verb = m?.[2]!.toLowerCase() ?? '';
    const goesThrough = verb === 'processed' || verb === 'handled' || verb === 'actioned';
    const doing = DOING_FOR[verb] ?? 'looking after';
    const time = TIME_SPAN.exec(prep.text)?.[0];
    const within = time ? (/^(?:within|in|by|inside)\b/iu.test(time) ? time.replace(/^in\b/iu, 'within') : `within ${time}`) : null;
    tips.push({
      rule: 'followThrough.passive-status',
      skill: 'followThrough',
      message: 'Own the status: say what you are doing about it, when it will land, and how the customer will hear.',
      rewrite: within
        ? `I’m ${doing} ${thing.toLowerCase() === 'it' ? 'it' : thing} myself now; it’ll reach you ${within}, and I’ll email you as soon as ${goesThrough ? 'it’s gone through' : 'I know more'}.`
        : `I’m ${doing} ${thing.toLowerCase() === 'it' ? 'it' : thing} myself now, and I’ll email you ${input.customerDeadline?.() ?? DEFAULT_DEADLINE} ${goesThrough ? 'to confirm it’s gone through' : 'to tell you what I’ve found'}.`,
      span: { start: status.start, end: status.end, text: status.text },
    });
  }
  const vague = bent
    ? undefined
    : input.commitments.find((c) => c.commitment.who !== null && (!c.commitment.specific || untimedChannel(c)) && !deferredDecision(c) && !trivialAct(c) && !covered(c) && !performative(c) && !inConversation(c) && !owning(c) && !wished(c));
  if (vague) {
    const c = vague.commitment;
    // A bare "I promise." or "We will." names nothing to date: the rewrite is a whole promise for the situation.
    // "…when I get a chance" is no time: it goes, and the rewrite dates the promise.
    const rewrite =
      c.what === null && !c.when
        ? nextStep(input.topic?.() ?? null)
        : specificRewrite(withoutVagueTiming(promiseText(vague)), c.when !== null && !VAGUE_WORDS_TEST.test(c.when), c.channel !== null, input.customerDeadline?.() ?? undefined);
    tips.push({
      rule: 'followThrough.unspecific-commitment',
      skill: 'followThrough',
      message: c.specific ? 'Say when: the customer knows how they will hear, but not when to expect it.' : 'Make the promise checkable: add when it will happen and how the customer will hear.',
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
    // A tip on the reply's own (vague) promise or handover already says what to do next, and so does the
    // "what I can do is…" of a refusal or policy tip.
    // A not-knowing tip ("Let me find out for you. I'll come back to you by 3 pm today.") is one too.
    !tips.some((t) => t.skill === 'followThrough' || t.rule === 'positivity.refusal' || t.rule === 'positivity.sends-away' || t.rule === 'positivity.policy-hiding' || t.rule === 'positivity.dont-know') &&
    // An answer to the customer's question, a piece of advice, or condolences is a whole reply: there is no
    // next step to add ("For four people, the Starter plan covers everything", "That must be really hard").
    !input.customerAsksInfo &&
    matchAll(adviceMatcher, prep.tokens).length === 0 &&
    !(input.customerDistress && empathic)
  ) {
    tips.push({
      rule: 'followThrough.no-next-step',
      skill: 'followThrough',
      message: 'Say what you will do next, and when.',
      rewrite: nextStep(input.topic?.() ?? null),
    });
  }
  const out = tips.slice(0, MAX_TIPS);
  // A rewrite never hands back the jargon the reply was marked down for ("…will action it by 3 pm today").
  if (evidence.some((e) => e.rule === 'positivity.jargon')) for (const t of out) t.rewrite = inPlainWords(t.rewrite);
  // A shouted reply's rewrites are written calmly too.
  if (evidence.some((e) => e.rule === 'positivity.shouting')) for (const t of out) t.rewrite = calm(t.rewrite);
  return out;
}

/**
 * The clause around `e` is the set phrase and little else ("I'm so sorry about this", "I completely understand how
 * frustrating that is"), not a sentence of its own about the customer ("that must be stressful with all your drivers waiting").
 */
function setPhraseOnly(prep: Prepared, e: Evidence): boolean {
  const { tokens, text } = prep;
  const at = tokens.findIndex((t) => t.start >= e.start);
  if (at < 0) return true;
  let extra = 0;
  for (const step of [-1, 1]) {
    for (let k = at + step; k >= 0 && k < tokens.length && tokens[k]!.sentence === tokens[at]!.sentence; k += step) {
      const [a, b] = step < 0 ? [tokens[k]!, tokens[k + 1]!] : [tokens[k - 1]!, tokens[k]!];
      if (CLAUSE_BREAK.test(text.slice(a.end, b.start))) break;
      const t = tokens[k]!;
      if (t.start >= e.start && t.end <= e.end) continue;
      if (!FILLER.has(t.norm) && !SET_PHRASE_TAIL.has(t.norm)) extra++;
    }
  }
  return extra <= 1;
}
/** Words a set phrase trails off with: "sorry about this", "sorry for that", "how frustrating that is". */
const SET_PHRASE_TAIL: ReadonlySet<string> = new Set(['about', 'for', 'to', 'hear', 'be', 'must', 'was', 'were', 'has', 'been', 'feel', 'feeling', 'way', 'how', 'can', 'imagine', 'see', 'why']);

/** The thing and the verb of a passive status ("your refund is being processed"). */
const PASSIVE_STATUS_PARTS = /^(.+?)(?:['’]s| is| are)? (?:currently |now |still )?being (.+)$/iu;
/** The writer doing what the passive said was being done. */
const DOING_FOR: Readonly<Record<string, string>> = {
  processed: 'processing', handled: 'handling', 'looked at': 'looking at', 'looked into': 'looking into', reviewed: 'reviewing', 'dealt with': 'dealing with',
  investigated: 'looking into', escalated: 'escalating', actioned: 'dealing with', 'worked on': 'working on', sorted: 'sorting', checked: 'checking', chased: 'chasing',
};
/** A span of time said in the reply ("5-7 business days", "within 3 to 5 working days"). */
const TIME_SPAN = /\b(?:(?:within|in|inside) (?:the next )?)?\d+(?:\s*(?:-|–|to)\s*\d+)? (?:working |business |calendar )?(?:days?|hours?|weeks?)\b/iu;

/** Internal jargon (what `positivity.jargon` marks) and the customer's words for it. */
const PLAIN_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:our |the |a |your )?(?:tier (?:1|2|3|one|two|three)|(?:second|third)[- ]line)(?: (?:support|team|agents?|engineers?|queue|escalation))?(?: team)?\b/giu, 'our specialist team'],
  [/\bactioned\b/giu, 'dealt with'],
  [/\bactioning (?=it|this|that|them|these|those|your|the)\b/giu, 'dealing with '],
  [/\baction (?=it|this|that|them|these|those|your|the)\b/giu, 'deal with '],
  [/\b(?:as )?per (?:our|the) (?:records|systems?|notes|logs|account notes)\b,?\s*/giu, ''],
  [/\b(?:pending|awaiting) (?:settlement|clearance|reconciliation)\b/giu, 'still going through'],
  [/\bin (?:the |our )?(?:backlog|back office|back-office|backend|back end|queue system)\b/giu, 'in our queue'],
  [/\bsuccessfully (?=\p{L})/giu, ''],
];
function inPlainWords(text: string): string {
  let out = text;
  for (const [pattern, plain] of PLAIN_WORDS) out = out.replace(pattern, plain);
  // "Our team" at the start stays capitalised when a replacement opened the sentence.
  return out === text ? text : out.replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

/** Capitals calmed to sentence case: "FINE. I'LL REFUND IT." → "Fine. I'll refund it." */
function calm(text: string): string {
  return text
    // Words with a vowel are shouted words; "DPD", "SMS" without one are names and abbreviations.
    .replace(/\b\p{Lu}[\p{Lu}'’]+\b/gu, (word) => (/[AEIOUY]/u.test(word) ? word.toLowerCase() : word))
    .replace(/\bi(?=\b)(?![\p{L}])/gu, 'I')
    .replace(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gu, (day) => day.charAt(0).toUpperCase() + day.slice(1))
    .replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}
