/**
 * Commitments: first-person future statements of an action ("I'll call you",
 * "let me check", "we are going to refund"), with who, what, when and channel.
 * A commitment is specific when it has an owner and a time or a channel.
 */
import type { Commitment } from '../types.js';
import { compile, expandPattern, longestMatches, matchAll, type Match } from './matcher.js';
import { CLAUSE_BREAK, inClass, LEAD_IN_WORDS, NEGATORS, STOP_WORDS } from './lexicon.js';
import type { Prepared, RuleToken } from './tokens.js';

interface Starter {
  patterns: readonly string[];
  /**
   * Who owns it; null for "someone will". `phrase` means: use the matched words ("our billing team").
   * `carried`: the subject is left out and carried over from earlier in the sentence ("I've booked it and
   * will call you"), or is the writer when there is none ("Will call you at 4", "chasing it now, will msg u").
   */
  who: 'I' | 'we' | 'phrase' | 'carried' | null;
  /** The next word must be an action verb. */
  needsAction: boolean;
  /** The phrase is a whole promise by itself ("I'm on it"). */
  complete?: boolean;
  /** A promise only when nothing follows in the sentence ("Okay, I will."). */
  bare?: boolean;
  /** Words in the match other than the pattern's own and the colleague's role are names ("our engineer Sam"). */
  names?: boolean;
}

const ADV = '(@very|definitely|certainly|surely|personally|also|then|now|just|first|probably|gladly|immediately|happily|still|actually|)';
const STARTERS: readonly Starter[] = [
  {
    who: 'I',
    needsAction: false,
    patterns: [
      `i ${ADV} (will|shall|am going to|am gonna|am about to|will be sure to|will make sure to|would be happy to|am happy to|would be glad to|am glad to|promise to|promise i will|would like to|am planning to|am planning on|plan to|intend to|was going to|was planning to|was planning on)`,
      `i (will|am going to) ${ADV}`,
      'let me',
      `i ${ADV} (can|could|should|must|have to|need to|got to|have got to|ought to|want to|offered to|volunteer to|volunteered to|agreed to)`,
      `i (can|could) ${ADV}`,
    ],
  },
  {
    who: 'I',
    needsAction: false,
    complete: true,
    patterns: ['i (am|will get) on (it|that|this)', 'i will (do|get|take care of|handle|look into|follow up on) (it|that|this)', 'i am (working on|looking into|checking|handling|sorting|chasing|following up|dealing with|taking care of) (it|that|this|your)', "(you|we) (have|) got a deal", '(leave|you can leave) it (with|to) me'],
  },
  { who: 'I', needsAction: false, bare: true, patterns: ['i (@very|definitely|certainly|surely|) (will|can|shall|promise)'] },
  {
    who: 'we',
    needsAction: false,
    patterns: [`we ${ADV} (will|shall|are going to|are gonna|are about to|would be happy to|are happy to|promise to|are planning to|plan to|intend to|can|could|should|need to|have to)`, 'let us'],
  },
  // A colleague or partner, named or not: "our billing team will", "our engineer Sam will" ("Sam, our engineer, will":
  // the name before it joins the owner). Words after the role must be names (capitalised, not common words):
  // "the team that will" is not one. A name alone ("Sam will call you") is read from the carried "will" below.
  { who: 'phrase', needsAction: false, names: true, patterns: ['(our|the|my|your) (*|) (@staff|@party) (*|* *|) (will|is going to|are going to|shall)'] },
  // "You'll hear from me by 4", "Expect a call from me at 10": the writer's promise, said from the customer's side.
  {
    who: 'I',
    needsAction: false,
    complete: true,
    patterns: ['you will (hear|get a call|get an email|get a text|get a message|get a reply|receive a call) (back|) from me', '^ expect (a|an|my) (call|email|text|message|update|reply) (back|) from me'],
  },
  // The subject left out: "…and will call you at 9", "Will call you back at 4", "chasing it now, will msg u in 20 mins".
  { who: 'carried', needsAction: true, patterns: ['(and|then|and then|and also|but|so|plus) (will|shall)', '(will|shall)'] },
  { who: 'carried', needsAction: false, bare: true, patterns: ['^ (ok|okay|sure|yes|yep|yeah|right|no problem|) will do $'] },
  // "They'll call you at 4", "She'll call you within 15 minutes" are someone else's promise like "the engineer will…";
  // who they are, the conversation says.
  { who: 'phrase', needsAction: true, patterns: ['(they|she|he) (will|are going to|is going to|shall)'] },
  { who: null, needsAction: false, patterns: ['(someone|somebody|a colleague|an agent|one of us) (will|is going to|are going to|should|shall)', 'they should'] },
];

const TIME_PATTERNS = [
  '@day (@partofday|night|)',
  'later today',
  'this (@partofday|week|weekend|@day|month)',
  'next (week|month|@day)',
  '(by|before|at|on|until|till|from) (#clock|noon|midnight|@day|lunchtime|lunch|@partofday)',
  "(by|before|at|until|till|around) #num (#num|) (am|pm|o'clock|oclock|)",
  '#clock',
  '#num (#num|) (am|pm|oclock|o\'clock)',
  // A range and working days count: "within 3-5 working days", "in 24 to 48 hours".
  '(within|in|inside) (the next|the|) #num (to|or|) (#num|) (working|business|calendar|) (@unit|@unit @unit)',
  '(within|in|inside) (the next|the|) (a|) (few|couple of|couple) (@unit|@unit @unit)',
  // A span of working days said alone, as in chat: "Should be 5-7 business days."
  '#num (to|or|) (#num|) (working|business) (@unit)',
  '(within|in) (@unit|the hour)',
  // A rhythm is a time too: "every 30 minutes until it's fixed", "each morning".
  '(every|each) (#num|couple of|few|) (@unit|@partofday|hour|half hour)',
  'until (it is|it has been|this is|that is|everything is) (fixed|resolved|sorted|back|working|done|up)',
  '(by|at|before) (the|) end of (the|) (day|week|month|business|shift)',
  '(by|before) (close of business|eod|cob)',
  'first thing (@day|in the morning|)',
  '(right now|right away|straight away|straightaway|immediately|now|rn)',
  '(before|after) (lunch|you leave|the weekend)',
  // "while the reset goes through", "during this call": it happens as they speak.
  'while (you|we|i|it|the|this|that|your) *',
  '(during|on) this (call|chat)',
  '(for|in|within) (a|one|just a) (moment|second|sec|minute|min|tick)',
  '^ (one|just a) (moment|second|sec|minute)',
  'while (we are|you are|i am) (here|on the line|on the phone|talking|chatting)',
];

const CHANNEL_PATTERNS = [
  // "on call" with no article is a duty rota ("who's on call"), not a way to reach the customer: "on the call" is one.
  '(by|via|over|through|in) (the|an|a|) (@channel|writing)',
  'on (the|an|a) @channel',
  'on (email|e-mail|mail|phone|telephone|text|txt|sms|message|msg|chat|letter|post|voicemail|dm|whatsapp|writing)',
  // "msg u", "txt u": chat spelling.
  '(call|ring|phone|text|txt|email|message|msg|dm|mail|write to|contact) (you|u)',
  'give (you|u) a (call|ring|bell)',
  '(send|drop|shoot) (you|u) (a|an|the|) (email|text|message|msg|note|letter|confirmation|link|update|receipt|sms)',
  'you will (receive|get|see) (a|an|the) (email|text|call|letter|sms|message|confirmation|notification)',
  '(an|a) (email|text|call|letter|sms) (from me|from us)',
  // "I'll text it to you", "I'll email them over to you", "I'll WhatsApp you": the channel is the verb.
  '(text|txt|email|e-mail|message|msg|sms|whatsapp|dm|send) (it|them|this|that|the (*)|your (*)|these|those|the details|the link|the code|a copy) (over|across|) (to) (you|u)',
  '(sms|whatsapp|dm) (you|u)',
  '(send|drop|shoot) (you|u) (a|an|the|) (whatsapp|dm|sms)',
];

// Words of the owner patterns that are not names.
// What a person named alone does for the customer: "Sam will call you", "Lena will be there at 8".
const PERSONAL_ACTIONS = new Set(['call', 'ring', 'phone', 'email', 'text', 'message', 'contact', 'visit', 'come', 'be', 'get', 'pop', 'drop', 'send', 'fix', 'sort', 'look']);
const PERSONAL_BE = new Set(['there', 'with', 'in', 'round', 'over', 'back', 'out']);

/** A name as written: capitalised and not a common word ("Sam", not "And", "It" or "Delivery"). */
function isName(prep: Prepared, k: number): boolean {
  const t = prep.tokens[k]!;
  const c = prep.text.charCodeAt(t.start);
  if (!(c >= 65 && c <= 90) || STOP_WORDS.has(t.norm) || OTHER_SUBJECTS.has(t.norm)) return false;
  // Not a thing the customer has: "Delivery will take…", "Refunds will…".
  return !inClass(t.stem, 'staff') && !inClass(t.stem, 'party') && !inClass(t.stem, 'item');
}

/**
 * The owner words of a colleague starter are a role and names: after the last
 * role word ("engineer", "warehouse") only names ("our engineer Sam").
 */
function validOwner(prep: Prepared, m: Match<Starter>): boolean {
  const { tokens } = prep;
  let aux = m.first + 1;
  while (aux < m.last && !AUX.has(tokens[aux]!.norm)) aux++;
  let role = -1;
  for (let k = m.first; k < aux; k++) if (inClass(tokens[k]!.stem, 'staff') || inClass(tokens[k]!.stem, 'party')) role = k;
  if (role < 0) return false;
  for (let k = role + 1; k < aux; k++) if (!isName(prep, k)) return false;
  return true;
}

/** A name alone before "will", doing what a person does: "Sam will call you at 4", "Lena will be there at 8". */
function namedOwner(prep: Prepared, will: number): boolean {
  const { tokens } = prep;
  const before = tokens[will - 1];
  const next = tokens[will + 1];
  if (!before || before.sentence !== tokens[will]!.sentence || !next || next.sentence !== before.sentence || !isName(prep, will - 1)) return false;
  if (!PERSONAL_ACTIONS.has(next.norm)) return false;
  return next.norm !== 'be' || PERSONAL_BE.has(tokens[will + 2]?.norm ?? '');
}

/** "Sam, our engineer, will…": a name before the role, set off by a comma, is part of the owner. */
function nameBefore(prep: Prepared, first: number): number {
  const { tokens, text } = prep;
  const before = tokens[first - 1];
  if (!before || before.sentence !== tokens[first]!.sentence || !/^\s*,\s*$/u.test(text.slice(before.end, tokens[first]!.start))) return first;
  return isName(prep, first - 1) ? first - 1 : first;
}

const EFFORT = new Set(['best', 'hardest', 'utmost']);
const ALL = new Set(['everything', 'all', 'whatever']);
const DELEGATE = new Set(['someone', 'somebody', 'anyone', 'anybody']);
// "…if we should talk about it", "…before we can do anything": a condition, not the promise.
const CONDITIONAL = new Set(['if', 'whether', 'unless', 'when', 'whenever', 'maybe', 'perhaps', 'wonder', 'before', 'until', 'till', 'once']);
const AUX = new Set(['will', 'is', 'are', 'shall']);
const VAGUE = new Set(['try', 'hopefully', 'maybe', 'perhaps', 'probably', 'possibly', 'might', 'attempt']);
const BE_OK = new Set(['right', 'ready', 'on', 'in', 'back', 'sure', 'happy', 'glad', 'able', 'there', 'calling', 'sending', 'checking', 'looking', 'following', 'contacting', 'reaching', 'emailing', 'monitoring', 'handling', 'processing', 'working', 'personally', 'your']);
// "Let me know", "I'll know more": words after a starter that name no action.
// "I want to apologise", "I'd like to thank you": said as it is written, nothing to do later.
// "I will - but…": a conjunction, no action.
const NOT_ACTIONS = new Set([
  'see', 'imagine', 'understand', 'hear', 'tell', 'feel', 'relate', 'think', 'say', 'guess', 'assure', 'only', 'not', 'be', 'never', 'know',
  'apologise', 'apologize', 'thank', 'reassure', 'acknowledge', 'but', 'and', 'or',
]);
/** "…confirm (that) the refund has been processed": what is confirmed is a state of affairs, with its own verb. */
function confirmsAFact(tokens: readonly RuleToken[], from: number, last: number): boolean {
  for (let k = from; k <= last; k++) if (STATE_VERBS.has(tokens[k]!.norm)) return true;
  return false;
}
const STATE_VERBS = new Set(['is', 'are', 'was', 'were', 'been']);

/** Words a relative clause hangs from: "what else I can do", "all we can do". */
const RELATIVE_HEADS = new Set(['what', 'whatever', 'else', 'all', 'everything', 'anything', 'that', 'which', 'more', 'most', 'least', 'best']);

const ROLE_NOT_STEP = /^be (?:looking after you|taking care of you|helping you|with you|here for you|your (?:point of contact|contact|agent|advisor|adviser|case (?:owner|handler))|the one (?:looking after|helping) you|(?:handling|dealing with|looking after) your (?:case|query|enquiry|inquiry|call|chat))\b/iu;

/** A check of what the customer said, before saying it back: "make sure I've got this right", "check I understood". */
const CHECKS_UNDERSTANDING =
  /^(?:just )?(?:make sure|check|confirm|double[- ]check|be sure)(?: that)? (?:i(?:['’]ve| have)? (?:got|understood|understand|heard|followed|caught)|i(?:['’]m| am) (?:clear|following|with you|on the same page)|we(?:['’]re| are) on the same page)\b/iu;

/** What "let me …" does there and then, in the reply itself. */
const SAID_NOW = new Set(['explain', 'clarify', 'recap', 'summarise', 'summarize', 'repeat', 'rephrase', 'reiterate', 'be']);
// An obligation to follow the rules is no promise to the customer: "We have to follow procedure".
const OBLIGATIONS = new Set(['have', 'need', 'must', 'got', 'should', 'ought']);
const COMPLY = new Set(['follow', 'comply', 'abide', 'obey', 'stick', 'adhere']);
// Actions that set a boundary with the customer ("If you continue, I will end this call"), not something done for them.
const BOUNDARY_PATTERNS = [
  '(end|terminate|close|leave) (this|the|our) (call|chat|conversation|session)',
  '(hang up|disconnect|put the phone down)',
  '(report|block|ban|bar) you',
  'have to (end|terminate|close|leave) (this|the|our) (call|chat|conversation)',
];
// "I'll need you to confirm…": a request to the customer, not a promise.
const ASKS = new Set(['need', 'want', 'require']);
// "Glad I could help", "I wish I could": the ability is looked back on or wished for.
const NOT_PROMISED = new Set(['glad', 'pleased', 'happy', 'wish', 'wished', 'shame', 'pity']);
// "…anything else I can help with", "happy to help with anything else": an open offer, not something to check later.
const HELP = new Set(['help', 'assist']);
const OPEN_OBJECTS = new Set(['anything', 'whatever', 'something']);
// "help (you) (out) (with that)": no action named.
const GENERIC_OBJECTS = new Set(['you', 'with', 'that', 'this', 'it', 'out', 'there', 'here', 'either', 'way', 'anyway', 'too', 'again']);
const ABILITY = new Set(['can', 'could']);
const CONTRAST = new Set(['but', 'however', 'although', 'though', 'whereas', 'unfortunately', 'yet']);
const LOOKING_BACK = new Set(['should', 'could', 'would', 'must', 'might', 'ought']);
// "see what I can do", "find out how we can help": an embedded question, not the promise itself.
const EMBEDDED = new Set(['what', 'how', 'whatever']);
// "not much I can do", "nothing more we can offer".
const QUANTITY = new Set(['much', 'lot', 'more', 'else', 'anything']);
const DETERMINERS = new Set(['a', 'an', 'the', 'any', 'one']);
/** A time that only says "at once". */
/** Waiting for news with no time on it: "…as soon as we have more information", "once we know more". */
export const NEWS_PENDING =
  /\b(?:as soon as|once|when|whenever) (?:(?:i|we|they) (?:have|get|hear|know|receive|find out) (?:(?:any|some) )?(?:more|further|new)(?: (?:information|info|news|details|updates))?|(?:i|we|they) (?:have|get|hear|receive) (?:an|any) (?:update|news)|there(?:['’]s| is) (?:(?:any|some) )?(?:(?:more|further|new|an) )?(?:information|info|news|update|updates))\b/iu;
const IMMEDIATE = /^(?:(?:right |just )?now|immediately|straight away|right away|at once|asap|as soon as possible)$/iu;
/** Actions that name no result to check ("sort this out", "handle it", "look into it"). */
const VAGUE_ACTIONS = new Set(['sort', 'handle', 'deal', 'look', 'see', 'work', 'take', 'help', 'figure', 'be']);

// Words that open a question ("Is there anything else I can do?", "Anything else I can help with?").
const QUESTION_HEADS = new Set([
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'would', 'will', 'shall', 'should', 'may', 'might', 'have', 'has',
  'what', 'when', 'where', 'which', 'who', 'why', 'how', 'anything', 'something', 'any',
]);
// Openers that do not start the clause proper ("So, is there anything…", "And what else can I…").
const LEAD_INS: ReadonlySet<string> = new Set([...LEAD_IN_WORDS, 'or', 'great', 'perfect']);

const starterMatcher = compile(STARTERS);
const timeMatcher = compile([{ patterns: TIME_PATTERNS }]);
const channelMatcher = compile([{ patterns: CHANNEL_PATTERNS }]);
const boundaryMatcher = compile([{ patterns: BOUNDARY_PATTERNS }]);
// The first words of the boundary patterns: the full patterns are matched only after one of them.
const BOUNDARY_HEADS = new Set(BOUNDARY_PATTERNS.flatMap((p) => expandPattern(p).map((words) => words.split(' ')[0]!)));

// A deadline the customer sets, looking forward ("I need it by Friday", "payroll runs in 40 minutes"); "on Monday" may be past.
const DEADLINE_PATTERNS = [
  '(by|before) (#clock|noon|midnight|@day|lunchtime|lunch|@partofday)',
  // "payroll is due at noon", "it closes at 5 pm": what is due names the deadline.
  '(due|closes|close|ends|end|runs|run|leaves|leave|starts|start) (at|on) (#clock|noon|midnight|@day|lunchtime|lunch|@partofday)',
  "(due|closes|close|ends|end|runs|run|leaves|leave|starts|start) at #num (#num|) (am|pm|o'clock|oclock)",
  "(by|before) #num (#num|) (am|pm|o'clock|oclock)",
  '(within|in) (the next|) #num (@unit|@unit @unit)',
  '(by|before) (the|) end of (the|) (day|week|month)',
];
const deadlineMatcher = compile([{ patterns: DEADLINE_PATTERNS }]);

/** The first deadline named in a text, as a phrase to put after a promise ("by Friday", "within 40 minutes"). */
export function deadlineIn(prep: Prepared): string | null {
  const found = longestMatches(matchAll(deadlineMatcher, prep.tokens))[0];
  if (!found) return null;
  const phrase = prep.text.slice(prep.tokens[found.first]!.start, prep.tokens[found.last]!.end).replace(/\s+/gu, ' ');
  return phrase
    .replace(/^(?:due|closes|close|ends|end|runs|run|leaves|leave|starts|start) (?:at|on)\b/iu, 'by')
    .replace(/^in\b/iu, 'within')
    .replace(/^(\w)/u, (c) => c.toLowerCase());
}

/** The sentences (by index) that name a time ("within 24 hours", "at 10 tomorrow"). */
export function timedSentences(prep: Prepared): Set<number> {
  return new Set(findTimes(prep).map((m) => prep.tokens[m.first]!.sentence));
}

const POSSESSIVE = /['’]s$/u;
// Number words that only count something after them ("within a day"): a time cannot end on one ("at a lower price").
const COUNTING_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'couple', 'few', 'half']);

/**
 * The time expressions of a reply ("within 24 hours", "at 10", "tomorrow"). One
 * that ends in a possessive names a thing, not a time ("this month's fee",
 * "today's charge"), and "at a…" is no hour.
 */
function findTimes(prep: Prepared): Match<unknown>[] {
  const { tokens, text } = prep;
  return matchAll(timeMatcher, tokens).filter((m) => {
    const last = tokens[m.last]!;
    return !COUNTING_WORDS.has(last.norm) && !POSSESSIVE.test(text.slice(last.start, last.end));
  });
}

/** A commitment plus where its parts are, for evidence. */
export interface FoundCommitment {
  commitment: Commitment;
  /** The starter words ("I'll") and the action. */
  head: { start: number; end: number };
  whenSpan: { start: number; end: number } | null;
  channelSpan: { start: number; end: number } | null;
  /** Hedged with "try", "hopefully", "maybe"… */
  hedged: boolean;
  /** The subject was left out ("…and will call you"); `commitment.text` starts at "will". */
  carried: boolean;
  /** Someone else's promise: a colleague, a team or a partner ("our engineer Sam will call you"). */
  handover: boolean;
}

function spanText(text: string, start: number, end: number): string {
  return text.slice(start, end);
}

function firstIn<R>(matches: Match<R>[], first: number, last: number): Match<R> | undefined {
  return longestMatches(matches.filter((m) => m.first >= first && m.last <= last))[0];
}

/** The first time expression in a sentence, joined with the ones right after it ("at 10" + "tomorrow"). */
function timeIn<R>(matches: Match<R>[], first: number, last: number): Match<R> | undefined {
  const found = longestMatches(matches.filter((m) => m.first >= first && m.last <= last));
  const head = found[0];
  if (!head) return undefined;
  let end = head.last;
  for (const m of found.slice(1)) {
    if (m.first > end + 2) break;
    end = Math.max(end, m.last);
  }
  return { rule: head.rule, first: head.first, last: end };
}

/**
 * True when the starter at token `at` sits inside a question clause: the
 * sentence ends in "?" and the clause holding the starter opens with a
 * question word before it. "Is there anything else I can help with?" checks
 * the customer has what they need and "What else could I do?" asks; neither
 * promises. A statement with a tag question keeps its promise: in "I'll call
 * you at 3, is that okay?" the clause opens with the promise itself.
 */
function insideQuestion(prep: Prepared, at: number): boolean {
  const sentence = prep.sentences[prep.tokens[at]!.sentence]!;
  if (!sentence.question) return false;
  return questionHead(prep, clauseStart(prep, at), at);
}

/** The first token of the clause holding token `at`: after the last comma, colon or dash before it. */
function clauseStart(prep: Prepared, at: number): number {
  const { tokens, text } = prep;
  const sentence = prep.sentences[tokens[at]!.sentence]!;
  for (let k = at; k > sentence.first; k--) if (CLAUSE_BREAK.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return k;
  return sentence.first;
}

// "I can't promise (that) I can…", "I'm not sure we can…", "I don't know if we can…": a claim the writer
// declines to make frames what follows as not promised.
const CLAIMS = new Set(['promise', 'promising', 'pretend', 'pretending', 'guarantee', 'guaranteeing', 'say', 'saying', 'claim', 'claiming', 'swear', 'think', 'believe', 'know', 'sure', 'certain', 'expect']);
// "I doubt we can…" declines it in one word ("no doubt we can…" does not).
const DOUBTS = new Set(['doubt', 'unsure', 'doubtful', 'uncertain']);
const LINKS = new Set(['that', 'if', 'whether']);

/**
 * True when the words before token `first`, in its clause, disclaim what
 * follows: "I can't promise I can waive it", "I won't pretend we can match
 * it", "I'm not sure I can", "I doubt we can", "that's not a problem we can
 * fix". Across a comma it is a new clause ("I can't promise, but I can try"
 * promises the try).
 */
export function disclaimed(prep: Prepared, first: number): boolean {
  const { tokens } = prep;
  const clause = clauseStart(prep, first);
  // "That's not a problem we can fix", "not the kind of thing we can waive": a denied noun phrase, not a promise.
  for (let j = first - 2; j >= Math.max(clause + 1, first - 5); j--) {
    const w = tokens[j]!.norm;
    if (CONTRAST.has(w) || FINITE.has(w) || w === 'and' || w === 'so') break;
    if (DETERMINERS.has(w) && NEGATORS.has(tokens[j - 1]!.norm)) return true;
  }
  let k = first - 1;
  while (k >= clause && LINKS.has(tokens[k]!.norm)) k--;
  if (k < clause) return false;
  const word = tokens[k]!.norm;
  if (!CLAIMS.has(word) && !DOUBTS.has(word)) return false;
  let negated = false;
  for (let j = k - 1; j >= Math.max(clause, k - 3); j--) if (NEGATORS.has(tokens[j]!.norm)) negated = true;
  return DOUBTS.has(word) ? !negated : negated;
}

/** True when the clause from `clause` opens with a question word before token `limit`. */
function questionHead(prep: Prepared, clause: number, limit: number): boolean {
  const { tokens } = prep;
  let k = clause;
  while (k < limit && LEAD_INS.has(tokens[k]!.norm)) k++;
  return k < limit && QUESTION_HEADS.has(tokens[k]!.norm);
}

/**
 * Where a promise ends: the sentence end, or before a closing tag question
 * ("I'll sort it today, is that okay?"), which asks and promises nothing.
 */
function promiseEnd(prep: Prepared, from: number): number {
  const { tokens, text } = prep;
  const sentence = prep.sentences[tokens[from]!.sentence]!;
  if (sentence.question) {
    for (let k = from + 1; k <= sentence.last; k++) {
      if (CLAUSE_BREAK.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && questionHead(prep, k, sentence.last + 1)) return tokens[k - 1]!.end;
    }
  }
  // "I can throw in a discount, but you need to decide now": what the customer must do, and when, is not promised.
  for (let k = from + 2; k < sentence.last; k++) {
    if (tokens[k]!.norm !== 'you' || !customerObliged(tokens, k + 1)) continue;
    let cut = k - 1;
    while (cut > from && CONJUNCTIONS.has(tokens[cut]!.norm)) cut--;
    if (cut > from && (cut < k - 1 || CLAUSE_BREAK.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))) return tokens[cut]!.end;
  }
  return sentence.end;
}

/** "(you) need to", "have to", "must", "will need to", "have got to", "should": an obligation on the customer. */
function customerObliged(tokens: readonly RuleToken[], at: number): boolean {
  const w = (k: number): string => tokens[k]?.norm ?? '';
  if (w(at) === 'will' || w(at) === 'would') at++;
  if (w(at) === 'need' || w(at) === 'must' || w(at) === 'should') return true;
  return w(at) === 'have' && (w(at + 1) === 'to' || (w(at + 1) === 'got' && w(at + 2) === 'to'));
}

/** "(What I'll) do is…", "(what I'm going to) try to do is…": the promise follows the "is". */
function pseudoCleft(tokens: readonly RuleToken[], from: number): boolean {
  // In the starter's own sentence: "…what I'll. Do is…" is two sentences, not "What I'll do is…".
  const sentence = tokens[from - 1]?.sentence;
  for (let k = from; k < from + 4 && tokens[k + 1] && tokens[k + 1]!.sentence === sentence; k++) {
    if (tokens[k]!.norm === 'do' && (tokens[k + 1]!.norm === 'is' || tokens[k + 1]!.norm === 'was')) return true;
  }
  return false;
}

/**
 * Words in the starter's own clause that take the promise away: a negation
 * before it ("there's nothing I can do"), an open object ("anything else I can
 * do"), a purpose clause ("…so I can check the charges?" explains a request), a
 * glad or wishful frame ("glad I could help").
 */
function notPromisedBefore(prep: Prepared, first: number, last: number): boolean {
  const { tokens } = prep;
  const clause = clauseStart(prep, first);
  const word = (k: number): string => (k >= clause ? tokens[k]!.norm : '');
  for (let k = Math.max(clause, first - 3); k < first; k++) if (NOT_PROMISED.has(tokens[k]!.norm)) return true;
  if (disclaimed(prep, first)) return true;
  const before = word(first - 1);
  const before2 = word(first - 2);
  // "The system won't let me change it": someone else refuses; nothing is promised.
  if (tokens[first]!.norm === 'let' && (NEGATORS.has(before) || NEGATORS.has(before2))) return true;
  if (before === 'nothing' || before === 'little' || OPEN_OBJECTS.has(before)) return true;
  // …but "What I'll do is call you at 3" (a pseudo-cleft) is a promise.
  if (EMBEDDED.has(before) && !pseudoCleft(tokens, last + 1)) return true;
  if ((before === 'else' || before === 'more') && OPEN_OBJECTS.has(before2)) return true;
  if (QUANTITY.has(before) && (NEGATORS.has(before2) || NEGATORS.has(word(first - 3)))) return true;
  // "so I can check": a purpose clause explains a request when the sentence asks something
  // ("Can I ask which card you used, so I can check?"); "…so that we can…" always states a purpose.
  // A plain "so we can" in a statement is a result ("it's booked, so we can go ahead").
  if (!ABILITY.has(tokens[last]!.norm)) return false;
  if (before === 'that' && before2 === 'so') return true;
  return before === 'so' && prep.sentences[tokens[first]!.sentence]!.question;
}

/**
 * "help (you) (with) anything else": offering help with whatever comes next
 * promises nothing checkable; nor does bare willingness ("I'd be happy to
 * help!", "I'll help you with that"), which names no action to check later.
 */
function openHelp(prep: Prepared, at: number): boolean {
  const { tokens, text } = prep;
  const action = tokens[at];
  if (!action || !HELP.has(action.norm)) return false;
  const sentence = prep.sentences[action.sentence]!;
  let k = at + 1;
  while (k <= sentence.last && GENERIC_OBJECTS.has(tokens[k]!.norm) && !CLAUSE_BREAK.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k++;
  if (k > sentence.last || CLAUSE_BREAK.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return true;
  for (let k = at + 1; k < Math.min(sentence.last, at + 4); k++) {
    if (OPEN_OBJECTS.has(tokens[k]!.norm) && (tokens[k + 1]!.norm === 'else' || tokens[k + 1]!.norm === 'more')) return true;
  }
  return false;
}

// Verbs that follow a subject: the word before one of them is the subject of its clause ("it is", "the courier has").
const FINITE = new Set(['am', 'is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'shall', 'does', 'did', 'do', 'may', 'might', 'must']);
const OTHER_SUBJECTS = new Set(['he', 'she', 'they', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'anyone', 'anybody']);
const CONJUNCTIONS = new Set(['and', 'then', 'also', 'but', 'so', 'plus']);
const CONDITION = new Set(['if', 'unless', 'provided', 'providing']);

/**
 * Whose promise a "will" without a subject is: the subject of the sentence
 * before it ("I've booked an engineer and will call you" → I; "the courier
 * has it and will deliver" → not ours), or the writer when no subject comes
 * before it ("Will call you back at 4", "chasing the courier now, will msg u").
 * A bare "will" must open its clause: "it will be fixed" has its subject.
 */
function carriedSubject(prep: Prepared, first: number, will: number): 'I' | 'we' | null {
  const { tokens } = prep;
  if (will === first && clauseStart(prep, first) !== first && !CONJUNCTIONS.has(tokens[first - 1]?.norm ?? '')) return null;
  const sentence = prep.sentences[tokens[first]!.sentence]!;
  for (let k = first - 1; k >= sentence.first; k--) {
    const norm = tokens[k]!.norm;
    if (norm === 'i' || (norm === 'me' && tokens[k - 1]?.norm === 'let')) return 'I';
    if (norm === 'we' || (norm === 'us' && tokens[k - 1]?.norm === 'let')) return 'we';
    if (OTHER_SUBJECTS.has(norm)) return null;
    if (!FINITE.has(norm) && k + 1 < first && FINITE.has(tokens[k + 1]!.norm)) return null;
  }
  return 'I';
}

/** Extract commitments from a prepared reply. */
export function findCommitments(prep: Prepared): FoundCommitment[] {
  const { tokens, text } = prep;
  // Full starters before whole-phrase ones, so "I will call you…" is read with its action.
  // A colleague's words must be a role and names before the longest reading is chosen ("the team that will…" is none).
  const starters = longestMatches(matchAll(starterMatcher, tokens).filter((m) => !m.rule.names || validOwner(prep, m))).sort(
    (a, b) => a.first - b.first || Number(Boolean(a.rule.complete || a.rule.bare)) - Number(Boolean(b.rule.complete || b.rule.bare)),
  );
  if (starters.length === 0) return [];
  // Times and channels are looked for once a promise is found ("it will be fine" has none to look for).
  let times: Match<unknown>[] | undefined;
  let channels: Match<unknown>[] | undefined;
  let boundaries: Set<number> | undefined; // found only when a promise needs checking
  const out: FoundCommitment[] = [];
  let lastSentence = -1;
  let lastStarterEnd = -1;
  for (const m of starters) {
    const sentenceIndex = tokens[m.first]!.sentence;
    const sentence = prep.sentences[sentenceIndex]!;
    // One commitment per sentence; but "I'll pass this to billing and they'll be in touch" hands the promise on,
    // and what the others promise (with or without a time) is read too.
    if (sentenceIndex === lastSentence && !(m.rule.who === 'phrase' && out.at(-1)?.handover === false && m.first > lastStarterEnd)) continue;
    let next: RuleToken | undefined = tokens[m.last + 1];
    if (next && next.sentence !== sentenceIndex) next = undefined;
    if (m.rule.bare && next) continue;
    if (insideQuestion(prep, m.first)) continue;
    if (notPromisedBefore(prep, m.first, m.last)) continue;
    if (openHelp(prep, m.last + 1)) continue;
    // A whole-phrase promise ("I'll take care of this", "I'm on it") needs nothing after it.
    const whole = Boolean(m.rule.complete || m.rule.bare);
    if (!whole) {
      if (!next) continue;
      if (NEGATORS.has(next.norm) || NEGATORS.has(tokens[m.last]!.norm)) continue;
      // "…if we should talk about it": a conditional clause promises nothing.
      const before = tokens[m.first - 1];
      if (before && before.sentence === sentenceIndex && CONDITIONAL.has(before.norm)) continue;
      if (next.norm === 'be') {
        const after = tokens[m.last + 2];
        if (!after || !BE_OK.has(after.norm)) continue;
      } else if (NOT_ACTIONS.has(next.norm)) continue;
      // "Let me clarify: …", "Let me explain": the explanation follows in the reply itself; nothing is promised for later.
      if (SAID_NOW.has(next.norm) && tokens[m.first]!.norm === 'let' && tokens[m.first + 1]?.norm === 'me') continue;
      // "Let me make sure I've got this right: …", "I want to check I understood": a check of understanding, said now.
      if (CHECKS_UNDERSTANDING.test(spanText(text, next.start, sentence.end))) continue;
      // "I can confirm the refund has been processed": a report, said now.
      if (next.norm === 'confirm' && (tokens[m.last]!.norm === 'can' || tokens[m.last]!.norm === 'could') && confirmsAFact(tokens, m.last + 2, sentence.last)) continue;
      if (BOUNDARY_HEADS.has(next.norm) && (boundaries ??= new Set(matchAll(boundaryMatcher, tokens).map((b) => b.first))).has(m.last + 1)) continue;
      // "We have to follow procedure", "I need to go by the rules": the rules, not the customer, are served.
      if (OBLIGATIONS.has(tokens[m.last - 1]?.norm ?? '') && tokens[m.last]!.norm === 'to' && COMPLY.has(next.norm) && tokens[m.last + 2]?.norm !== 'up') continue;
      // "…before we can do anything": an open object names no action.
      if (next.norm === 'do' && (tokens[m.last + 2]?.norm === 'anything' || tokens[m.last + 2]?.norm === 'whatever')) continue;
      // "…what else I can do", "That's all I can do": a relative clause names no action either.
      if (next.norm === 'do' && RELATIVE_HEADS.has(tokens[m.first - 1]?.norm ?? '') && (tokens[m.last + 2] === undefined || tokens[m.last + 2]!.sentence !== sentenceIndex || CONTRAST.has(tokens[m.last + 2]!.norm) || tokens[m.last + 2]!.norm === 'and')) continue;
      // "I'll need you to…", "I'm going to need your order number": a request. "I'll need to check" stays a promise.
      if (ASKS.has(next.norm) && tokens[m.last + 2] !== undefined && tokens[m.last + 2]!.norm !== 'to') continue;
      // "We should have called you": a modal with "have" looks back (owning a past failure), it promises nothing.
      if (next.norm === 'have' && LOOKING_BACK.has(tokens[m.last]!.norm) && tokens[m.last + 2] && inClass(tokens[m.last + 2]!.stem, 'handled')) continue;
      if (m.rule.needsAction && next.norm !== 'be' && !inClass(next.stem, 'act')) continue;
    }
    // "…and will call you": the subject is carried over from before (or is the writer).
    let willAt = m.first;
    while (willAt < m.last && tokens[willAt]!.norm !== 'will' && tokens[willAt]!.norm !== 'shall') willAt++;
    const carried = m.rule.who === 'carried' ? carriedSubject(prep, m.first, willAt) : null;
    // "Sam will call you": not carried, but owned by the name before it.
    const named = m.rule.who === 'carried' && carried === null && !whole && willAt === m.first && namedOwner(prep, willAt);
    if (m.rule.who === 'carried' && carried === null && !named) continue;
    const end = promiseEnd(prep, m.last);
    // "I'll be looking after you today", "I'll be your point of contact": who the customer is talking to, not a step.
    if (!whole && ROLE_NOT_STEP.test(spanText(text, next!.start, end))) continue;
    lastSentence = sentenceIndex;
    lastStarterEnd = m.last;
    const handover = m.rule.who === 'phrase' || named;

    let who: string | null = m.rule.who === 'phrase' || m.rule.who === 'carried' ? carried : m.rule.who;
    let ownerFirst = m.first;
    if (m.rule.who === 'phrase') {
      ownerFirst = nameBefore(prep, m.first);
      let k = m.first;
      while (k < m.last && !AUX.has(tokens[k + 1]!.norm)) k++;
      // "She'll call you": the owner is "She", not the contraction.
      who = spanText(text, tokens[ownerFirst]!.start, tokens[k]!.end).replace(/['’]ll$/iu, '');
    } else if (named) {
      ownerFirst = willAt - 1;
      who = spanText(text, tokens[ownerFirst]!.start, tokens[ownerFirst]!.end);
    }
    // "I'll have someone look into it": nobody named owns what is promised.
    if (!whole && (next!.norm === 'have' || next!.norm === 'get') && DELEGATE.has(tokens[m.last + 2]?.norm ?? '')) who = null;
    // A carried promise starts at its "will" ("will call you at 9"), not at the "and" before it.
    const start = tokens[handover ? ownerFirst : m.rule.who === 'carried' && !whole ? willAt : m.first]!.start;
    // What is promised: from the action (the word after the starter, or the phrase's own verb) to the sentence end.
    // The time and channel of this promise: after its starter, or before it unless a contrast
    // intervenes ("I can't promise it'll arrive by Friday, but I'll chase the courier" has no time).
    let last = m.last;
    while (last < sentence.last && tokens[last + 1]!.end <= end) last++;
    const notAcross = <R>(found: Match<R> | undefined): Match<R> | undefined => {
      if (!found) return undefined;
      for (let k = found.last + 1; k < m.first; k++) if (CONTRAST.has(tokens[k]!.norm)) return undefined;
      // "If you sign up today, I can…": the time of the customer's condition is not the promise's.
      for (let k = sentence.first; k < found.first; k++) if (CONDITION.has(tokens[k]!.norm) && tokens[k + 1]?.norm === 'you') return undefined;
      return found;
    };
    times ??= findTimes(prep);
    channels ??= matchAll(channelMatcher, tokens);
    const time = timeIn(times, m.first, last) ?? notAcross(timeIn(times, sentence.first, m.first - 1));
    const channel = firstIn(channels, m.first, last) ?? notAcross(firstIn(channels, sentence.first, m.first - 1));
    const whenSpan = time ? { start: tokens[time.first]!.start, end: tokens[time.last]!.end } : null;
    const channelSpan = channel ? { start: tokens[channel.first]!.start, end: tokens[channel.last]!.end } : null;
    let hedged = false;
    for (let k = m.first; k <= sentence.last; k++) {
      if (VAGUE.has(tokens[k]!.norm)) hedged = true;
      // "I'll do my best", "…everything I can": effort, not a result.
      if (EFFORT.has(tokens[k]!.norm) && (tokens[k - 1]?.norm === 'my' || tokens[k - 1]?.norm === 'our' || tokens[k - 1]?.norm === 'very')) hedged = true;
      if (ALL.has(tokens[k]!.norm) && k > m.last && (tokens[k + 1]?.norm === 'i' || tokens[k + 1]?.norm === 'we') && ABILITY.has(tokens[k + 2]?.norm ?? '')) hedged = true;
    }
    let what = '';
    if (!whole) what = spanText(text, next!.start, end);

    else if (!m.rule.bare) {
      let k = m.first;
      while (k <= m.last && (tokens[k]!.start === start || AUX.has(tokens[k]!.norm) || tokens[k]!.norm === 'am')) k++;
      if (k <= m.last) what = spanText(text, tokens[k]!.start, end);
    }
    const commitment: Commitment = {
      start,
      end,
      text: spanText(text, start, end),
      who,
      what: what || null,
      when: whenSpan ? spanText(text, whenSpan.start, whenSpan.end) : null,
      channel: channelSpan ? spanText(text, channelSpan.start, channelSpan.end) : null,
      specific: false,
    };
    // Someone else's promise is checkable only with a time ("The engineer will call you" says not when).
    const ours = !handover;
    // "I'm on it now", "I'll sort this out right now": the immediacy dates nothing the customer could check
    // when the action names nothing ("refund it now" and "I'll email you now" do).
    const onlyNow = commitment.when !== null && commitment.channel === null && IMMEDIATE.test(commitment.when) && (whole || VAGUE_ACTIONS.has(next?.norm ?? ''));
    commitment.specific = commitment.who !== null && !hedged && !onlyNow && (commitment.when !== null || (ours && commitment.channel !== null));
    out.push({ commitment, head: { start, end: whole ? tokens[m.last]!.end : next!.end }, whenSpan, channelSpan, hedged, carried: m.rule.who === 'carried' && !named, handover });
  }
  return out;
}

/**
 * "I'll have to check with my supervisor", "Let me ask my manager": the decision goes to someone else. With no
 * time for when the customer hears back, it is a step but no promise they can hold anyone to. One that goes on
 * ("…and let you know", "…and call you back") says the customer will hear, and is read as a promise.
 */
const DEFERS =
  /^(?:(?:have|need|got|ought) to |just |first |quickly )*(?:check|ask|speak|talk|confer|consult|clear (?:it|this|that)|run (?:it|this|that)|see)(?: (?:about )?(?:it|this|that))?(?: (?:with|by|past|to))? (?:my|a|the|our|your) (?:\w+ )?(?:supervisor|manager|team ?lead(?:er)?|boss|senior|superior|management|head office)s?(?: (?:about|on) (?:it|this|that|your \w+))?(?: (?:first|for you|now|then|too))?[\s.!?,;:]*$/iu;
export function deferredDecision(f: FoundCommitment): boolean {
  const c = f.commitment;
  return !f.handover && c.who !== null && c.when === null && c.channel === null && DEFERS.test(c.what ?? '');
}
/** The deferred step, as the trainee's own: "have to check with my supervisor" → "check with my supervisor". */
export function deferredStep(f: FoundCommitment): string {
  return (f.commitment.what ?? '').replace(/^(?:(?:have|need|got|ought) to |just |first |quickly )*/iu, '').replace(/[\s.!?,;:]+$/u, '');
}

/**
 * "I'll note it", "I'll pass that on", "I'll make a note", "I'll have a look": a small act done as it is said,
 * which a deadline would only make odd ("I'll note it by 3 pm today").
 */
const TRIVIAL =
  /^(?:make a note(?: of (?:it|that|this|your \w+))?|note (?:it|that|this|(?:your|the) \w+)(?: down)?|note down (?:it|that|this|(?:your|the) \w+)|jot (?:it|that|this) down|log (?:it|that|this|(?:your|the) (?:feedback|comments?|remarks?|suggestions?|complaint))|pass (?:it|that|this|(?:your|the) (?:feedback|comments?|remarks?|suggestions?|thanks|compliments?|kind words)) (?:on|along)(?: to (?:the|my|our) (?:team|manager|colleagues?|supervisor))?|(?:have|take) a (?:quick )?look|mention (?:it|that|this)(?: to (?:the|my|our) (?:team|manager|colleagues?|supervisor))?)$/iu;
export function trivialAct(f: FoundCommitment): boolean {
  return TRIVIAL.test((f.commitment.what ?? '').replace(/[\s.!?,;:]+$/u, '').replace(/\s+(?:for you|then|too|as well)$/iu, ''));
}
