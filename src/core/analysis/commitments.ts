/**
 * Commitments: first-person future statements of an action ("I'll call you",
 * "let me check", "we are going to refund"), with who, what, when and channel.
 * A commitment is specific when it has an owner and a time or a channel.
 */
import type { Commitment } from '../types.js';
import { compile, longestMatches, matchAll, type Match } from './matcher.js';
import { inClass, NEGATORS } from './lexicon.js';
import type { Prepared, RuleToken } from './tokens.js';

interface Starter {
  patterns: readonly string[];
  /** Who owns it; null for "someone will". `phrase` means: use the matched words ("our billing team"). */
  who: 'I' | 'we' | 'phrase' | null;
  /** The next word must be an action verb (for "I can …", which is often not a promise). */
  needsAction: boolean;
}

const STARTERS: readonly Starter[] = [
  { who: 'I', needsAction: false, patterns: ['i (will|shall|am going to|am about to|will be sure to|will make sure to|would be happy to|am happy to|would be glad to|am glad to|promise to|promise i will)', 'let me', 'i will (personally|also|then|now|just|definitely|certainly|gladly|immediately|first)'] },
  { who: 'I', needsAction: true, patterns: ['i (can|could) (also|then|now|just|)', 'i (need|have|got|want|plan|intend|offer) to'] },
  { who: 'we', needsAction: false, patterns: ['we (will|shall|are going to|are about to|would be happy to|are happy to|promise to)', 'let us'] },
  { who: 'we', needsAction: true, patterns: ['we (can|could) (also|then|now|just|)'] },
  { who: 'phrase', needsAction: false, patterns: ['(our|the|my) (*|) @staff (will|is going to|are going to|shall)'] },
  { who: null, needsAction: false, patterns: ['(someone|somebody|they|a colleague|an agent|one of us) (will|is going to|are going to|should|shall)'] },
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
  '(within|in|inside) (the next|the|) #num (@unit|@unit @unit)',
  '(within|in) (@unit|the hour)',
  '(by|at|before) (the|) end of (the|) (day|week|month|business|shift)',
  '(by|before) (close of business|eod|cob)',
  'first thing (@day|in the morning|)',
  '(right now|right away|straight away|straightaway|immediately|now)',
  '(before|after) (lunch|you leave|the weekend)',
];

const CHANNEL_PATTERNS = [
  '(by|via|over|through|on|in) (the|an|a|) (@channel|writing)',
  '(call|ring|phone|text|email|message|dm|mail|write to|contact) you',
  'give you a (call|ring|bell)',
  '(send|drop|shoot) you (a|an|the|) (email|text|message|note|letter|confirmation|link|update|receipt|sms)',
  'you will (receive|get|see) (a|an|the) (email|text|call|letter|sms|message|confirmation|notification)',
  '(an|a) (email|text|call|letter|sms) (from me|from us)',
];

const AUX = new Set(['will', 'is', 'are', 'shall']);
const VAGUE = new Set(['try', 'hopefully', 'maybe', 'perhaps', 'probably', 'possibly', 'might', 'attempt']);
const BE_OK = new Set(['in', 'back', 'sure', 'happy', 'glad', 'able', 'there', 'calling', 'sending', 'checking', 'looking', 'following', 'contacting', 'reaching', 'emailing', 'monitoring', 'handling', 'processing', 'working', 'personally', 'your']);
const NOT_ACTIONS = new Set(['see', 'imagine', 'understand', 'hear', 'tell', 'feel', 'relate', 'think', 'say', 'guess', 'assure', 'only', 'not', 'be', 'never']);

const starterMatcher = compile(STARTERS);
const timeMatcher = compile([{ patterns: TIME_PATTERNS }]);
const channelMatcher = compile([{ patterns: CHANNEL_PATTERNS }]);

/** A commitment plus where its parts are, for evidence. */
export interface FoundCommitment {
  commitment: Commitment;
  /** The starter words ("I'll") and the action. */
  head: { start: number; end: number };
  whenSpan: { start: number; end: number } | null;
  channelSpan: { start: number; end: number } | null;
  /** Hedged with "try", "hopefully", "maybe"… */
  hedged: boolean;
}

function spanText(text: string, start: number, end: number): string {
  return text.slice(start, end);
}

function firstIn<R>(matches: Match<R>[], first: number, last: number): Match<R> | undefined {
  return longestMatches(matches.filter((m) => m.first >= first && m.last <= last))[0];
}

/** Extract commitments from a prepared reply. */
export function findCommitments(prep: Prepared, sentenceStarts: ReadonlySet<number>): FoundCommitment[] {
  const { tokens, text } = prep;
  const starters = longestMatches(matchAll(starterMatcher, tokens, sentenceStarts));
  if (starters.length === 0) return [];
  const times = matchAll(timeMatcher, tokens, sentenceStarts);
  const channels = matchAll(channelMatcher, tokens, sentenceStarts);
  const out: FoundCommitment[] = [];
  let lastSentence = -1;
  for (const m of starters) {
    const sentence = prep.sentences[tokens[m.first]!.sentence]!;
    if (tokens[m.first]!.sentence === lastSentence) continue; // one commitment per sentence
    const next: RuleToken | undefined = tokens[m.last + 1];
    if (!next || next.sentence !== tokens[m.first]!.sentence) continue;
    if (NEGATORS.has(next.norm)) continue;
    if (next.norm === 'be') {
      const after = tokens[m.last + 2];
      if (!after || !BE_OK.has(after.norm)) continue;
    } else if (NOT_ACTIONS.has(next.norm)) continue;
    if (m.rule.needsAction && !inClass(next.stem, 'act')) continue;
    lastSentence = next.sentence;

    let who: string | null = m.rule.who === 'phrase' ? null : m.rule.who;
    if (m.rule.who === 'phrase') {
      let k = m.first;
      while (k < m.last && !AUX.has(tokens[k + 1]!.norm)) k++;
      who = spanText(text, tokens[m.first]!.start, tokens[k]!.end);
    }
    const whatStart = next.start;
    const end = sentence.end;
    const time = firstIn(times, sentence.first, sentence.last);
    const channel = firstIn(channels, sentence.first, sentence.last);
    const whenSpan = time ? { start: tokens[time.first]!.start, end: tokens[time.last]!.end } : null;
    const channelSpan = channel ? { start: tokens[channel.first]!.start, end: tokens[channel.last]!.end } : null;
    let hedged = false;
    for (let k = m.first; k <= sentence.last; k++) if (VAGUE.has(tokens[k]!.norm)) hedged = true;
    const start = tokens[m.first]!.start;
    const commitment: Commitment = {
      start,
      end,
      text: spanText(text, start, end),
      who,
      what: spanText(text, whatStart, end) || null,
      when: whenSpan ? spanText(text, whenSpan.start, whenSpan.end) : null,
      channel: channelSpan ? spanText(text, channelSpan.start, channelSpan.end) : null,
      specific: false,
    };
    commitment.specific = commitment.who !== null && !hedged && (commitment.when !== null || commitment.channel !== null);
    out.push({ commitment, head: { start, end: next.end }, whenSpan, channelSpan, hedged });
  }
  return out;
}
