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
import type { Analysis, AnalysisContext, Commitment, Evidence, Intent } from './types.js';
import { INTENTS } from './types.js';
import { deadlineIn, deferredDecision, disclaimed, findCommitments, NEWS_PENDING, timedSentences, type FoundCommitment } from './analysis/commitments.js';
import { CLAUSE_BREAK, inClass, LEAD_IN_WORDS, NEGATORS, STOP_WORDS } from './analysis/lexicon.js';
import { compile, longestMatches, matchAll, type Match } from './analysis/matcher.js';
import { contentStems, reflectedTokens } from './analysis/reflection.js';
import { PHRASE_RULES, ruleById, type PhraseRule } from './analysis/rules.js';
import { COMPUTED_RULES, DELIVERY_RULES, scoresFrom } from './analysis/scoring.js';
import { situationIn } from './analysis/situation.js';
import { scriptedStretches } from './analysis/stock-phrases.js';
import { valence } from './analysis/sentiment.js';
import { buildTips } from './analysis/tips.js';
import { topicOfTokens, type Topic } from './analysis/topic.js';
import { foreignLanguage } from './analysis/language.js';
import { prepare, sentenceAt, type Prepared, type RuleToken } from './analysis/tokens.js';
import { stem } from './nlp.js';
import { blankEscapes } from './sanitize.js';

/**
 * Replies longer than this are analysed on their first part only (cut at a
 * word boundary): a chat reply is a few sentences, and the cap keeps a pasted
 * document from stalling the conversation.
 */
export const MAX_ANALYSED_CHARS = 3000;
const TRUNCATED = {
  id: 'analysis.truncated',
  note: `Only the first ${MAX_ANALYSED_CHARS.toLocaleString('en-US')} characters were scored, up to the last whole sentence; the rest of the reply was not read.`,
} as const;

const NOT_ENGLISH = {
  id: 'analysis.not-english',
  note: 'the rules read English only, so these scores say little about it and no tip is given. Write the reply in English to have it scored.',
} as const;

const phraseMatcher = compile(PHRASE_RULES);
const UNTIMED_HANDOVER = ruleById('followThrough.untimed-handover')!;
const WISHED_SOON = /\b(?:hope|wish|want to|would like to|['’]d like to|get (?:well|better)|feel better|see you|talk to you|speak to you|hear from you)\b/iu;
/** Words that put a promise off without a time. */
const SOON: ReadonlySet<string> = new Set(['soon', 'shortly', 'soonish']);
const NO_PROBLEM = 'positivity.no-problem';
const DIRECT_START = 'positivity.direct-start';
/**
 * Actions that are no fix taken on: handing the customer or the problem on ("I'll transfer you to billing now"),
 * or talking about it ("let me explain", "I'll try").
 */
const NOT_A_FIX: ReadonlySet<string> = new Set([
  'transfer', 'escalate', 'pass', 'forward', 'put', 'connect', 'refer', 'hand', 'ask', 'redirect', 'route',
  'explain', 'tell', 'talk', 'speak', 'walk', 'see', 'try', 'go', 'come', 'let', 'keep', 'note',
]);
/** "get the engineer to call you", "have billing email you": the action is someone else's. */
const DELEGATED = /^(?:get|have)\s+(?:\S+\s+){1,3}?(?:to\s+)?(?:call|ring|phone|email|e-mail|text|message|contact|visit|come|reach|send|look|check|fix|sort)\b/iu;
/** The first word of a phrase, lower-cased ("" for none). */
const firstWord = (phrase: string | null): string => phrase?.match(/^[\p{L}']+/u)?.[0]?.toLowerCase() ?? '';
const YOU = new Set(['you', 'your', 'yours', 'yourself', 'u', 'ur']);
const QUESTION_WORDS = new Set(['what', 'why', 'how', 'when', 'where', 'who', 'which']);
const AUXILIARIES = new Set(['do', 'does', 'did', 'are', 'is', 'have', 'has', 'can', 'could', 'would', 'will', 'were', 'was']);

/**
 * A question written without its "?": an auxiliary with "you" as its subject
 * ("do you want…"), after a question word or not ("how are you", "how long have
 * you been waiting"), or a question word and its auxiliary with any subject
 * ("ok what's your employee id", "where is the parcel"), after a lead-in such
 * as "ok" or "so". "Do your best" is an order and "when you are ready" a
 * clause, not questions.
 */
function interrogative(tokens: readonly RuleToken[], first: number, last: number, unmarked: boolean): boolean {
  let k = first;
  while (k < last && QUESTION_LEAD_INS.has(tokens[k]!.norm)) k++;
  let asked = false;
  if (tokens[k] && QUESTION_WORDS.has(tokens[k]!.norm)) {
    k++;
    // One word may come between the question word and its auxiliary: "how long have you…", "what help are you…".
    const between = k + 2 <= last && !AUXILIARIES.has(tokens[k]!.norm) && !YOU.has(tokens[k]!.norm) && AUXILIARIES.has(tokens[k + 1]!.norm);
    if (between) k++;
    // "ok what's your employee id", typed with no closing mark, asks; "What happened is…." tells.
    asked = unmarked && (!between || HOW_MUCH.has(tokens[k - 1]!.norm));
  }
  if (k + 1 > last || !AUXILIARIES.has(tokens[k]!.norm)) return false;
  const subject = tokens[k + 1]!.norm;
  // After a question word, the auxiliary asks whatever follows it; alone, only "you" makes it a question.
  return subject === 'you' || subject === 'u' || (asked && !WH_CLAUSE_AFTER.has(subject));
}
const HOW_MUCH: ReadonlySet<string> = new Set(['long', 'much', 'many', 'often', 'soon']);
/** Words before a question proper: "ok what's…", "so can you…". */
const QUESTION_LEAD_INS: ReadonlySet<string> = new Set(['but', 'and', 'so', 'ok', 'okay', 'right', 'alright', 'well', 'hi', 'hey', 'hello', 'um', 'erm', 'then']);
/** After "what is", words that make it a statement's clause ("what is done is done"), not a question. */
const WH_CLAUSE_AFTER: ReadonlySet<string> = new Set(['done', 'said', 'needed', 'important', 'best', 'left']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself']);
// After "I"/"we": words that make the sentence a promise, an offer or an ability, not an account of oneself.
const NOT_TELLING = new Set(['will', 'would', 'shall', 'can', 'could', 'should', 'must', 'need', 'going', 'may', 'might']);

/**
 * Distinct sentences in which the writer tells of themself ("I had the same
 * thing last year."): not what they will do for the reader ("I'll check",
 * "let me look", "I can refund it"), not something done for the reader or an
 * apology (`skipSentences`), and not a stock phrase with nothing else in it
 * ("I understand.", "I'm sorry."): at least two words outside the phrases
 * already matched. A sentence written twice counts once.
 */
function selfDisclosures(prep: ReturnType<typeof prepare>, skipSentences: ReadonlySet<number>, covered: Uint8Array): number[] {
  const out: number[] = [];
  const seen = new Set<string>();
  const { tokens } = prep;
  prep.sentences.forEach((s, index) => {
    if (skipSentences.has(index)) return;
    let mine = false;
    let free = 0;
    for (let k = s.first; k <= s.last; k++) {
      const norm = tokens[k]!.norm;
      if (!covered[k]) free++;
      if (FIRST_PERSON.has(norm)) mine = true;
      if ((norm === 'i' || norm === 'we') && k < s.last) {
        const next = tokens[k + 1]!.norm;
        const after = k + 2 <= s.last ? tokens[k + 2]!.norm : '';
        if (NOT_TELLING.has(next) || ((next === 'am' || next === 'are') && after === 'going') || ((next === 'have' || next === 'had') && after === 'to')) return;
      }
      if (norm === 'let' && k < s.last && (tokens[k + 1]!.norm === 'me' || tokens[k + 1]!.norm === 'us')) return;
    }
    if (!mine || free < 2) return;
    // The sentence's words, to count a repeated sentence once (built only for the few sentences that get here).
    let key = '';
    for (let k = s.first; k <= s.last; k++) key += `${tokens[k]!.norm} `;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(index);
  });
  return out;
}
/** A word or short phrase between matching `*`, `**` or `_`, not inside a word (snake_case) or code. */
const MARKUP_EMPHASIS = /(^|[\s("'])(\*\*?|_)(?=[A-Za-z])[^*_\n`]{1,40}?[A-Za-z.!?]\2(?=$|[\s.,;:!?)"'])/;
const EXASPERATION = /[?!]*\?[?!]+|!+\?/;
const SMILE = /(^|\s)(?::-?\)|;-?\)|:-?D\b|\u{1F642}|\u{1F60A}|\u{1F600}|\u{1F603}|\u{1F604}|\u{1F609}|\u263A)/u;
/** Words that make a short question a full sentence ("Does that help?", "How are you?"), not a curt fragment ("Order number?"). */
const CLAUSE_WORDS = new Set([...QUESTION_WORDS, ...AUXILIARIES, 'i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'this', 'there', 'am', 'shall', 'should', 'may', 'might', 'had', 'help', 'ok', 'okay', 'else', 'sound', 'sounds', 'any', 'anyone', 'anybody', 'someone', 'somebody']);

/** A question of a few bare words without a subject or verb: "Order number?", "What language?". */
function fragment(tokens: readonly RuleToken[], first: number, last: number): boolean {
  if (last - first + 1 > COMPUTED_RULES.curtQuestion.maxWords) return false;
  for (let k = first; k <= last; k++) {
    const w = tokens[k]!.norm;
    // "Card or cash?" offers a choice, which is a quick clarifying question, not a curt one.
    if (w === 'or' && k > first && k < last) return false;
    if (CLAUSE_WORDS.has(w) && !(k === first && QUESTION_WORDS.has(w))) return false;
  }
  return true;
}
const OPENERS: ReadonlySet<string> = new Set(LEAD_IN_WORDS);
/** Words in a customer's "what…?" that ask what will be done: "what are you going to do?", "what happens now?". */
const ASKS_NEXT_STEP: ReadonlySet<string> = new Set(['happens', 'happen', 'next', 'now']);
const DO_AFTER: ReadonlySet<string> = new Set(['now', 'about', 'next', 'for', 'here', 'then', 'to']);
const WHEN_AHEAD: ReadonlySet<string> = new Set(['will', 'can', 'are', 'is', 'shall', 'should', 'would']);
const REQUEST_MODALS = new Set(['can', 'could', 'would', 'will']);
const SCHEDULE_NOUNS: ReadonlySet<string> = new Set(['time', 'day', 'date', 'slot', 'times', 'days']);
const AVAILABILITY: ReadonlySet<string> = new Set(['free', 'available', 'around', 'home', 'in', 'suit', 'suits', 'work', 'works', 'convenient', 'best', 'good', 'easier']);
const OFFER_MODALS = new Set(['shall', 'should', 'can', 'could', 'may']);
/** Things asked of the customer ("could you send…"), unlike telling or talking about themselves. */
const TASKS = new Set([
  'please', 'kindly', 'send', 'give', 'try', 'check', 'confirm', 'provide', 'email', 'upload', 'restart', 'reset', 'click', 'enter', 'type',
  'read', 'post', 'add', 'forward', 'verify', 'update', 'reinstall', 'install', 'log', 'sign', 'fill', 'attach', 'paste', 'resend', 'spell',
  'hold', 'wait', 'switch', 'turn', 'unplug', 'plug', 'open', 'close', 'clear', 'delete', 'select', 'go', 'visit', 'scan', 'photograph',
]);

const TASK_STEMS: ReadonlySet<string> = new Set([...TASKS, 'tried'].map((word) => stem(word)));
/** Details a representative asks for to find the case ("What's your account number?", "Which card did you use?"): not about the customer. */
const DETAILS: ReadonlySet<string> = new Set([
  'number', 'address', 'email', 'postcode', 'zip', 'reference', 'username', 'password', 'details', 'serial', 'model', 'receipt', 'invoice', 'pin',
  'card', 'id', 'dob', 'sku',
]);

/**
 * A question with "you" in it that is not about the customer: a request for
 * something ("Could you send me the receipt?", "Can you try again?"), an
 * offer or a sales close ("Shall I sign you up?", "Would you like me to…"),
 * or doubt ("Are you sure?"). Asking what happened or how they are is
 * `empathy.explore`'s, which these leave alone.
 */
function asksForSomethingElse(tokens: readonly RuleToken[], first: number, last: number, text?: string): boolean {
  if (asksFrom(tokens, first, last)) return true;
  // The question after a lead-in clause: "Before you go, can I offer you 50% off?"
  if (text !== undefined) {
    for (let j = first + 1; j <= last; j++) if (text.slice(tokens[j - 1]!.end, tokens[j]!.start).includes(',') && asksFrom(tokens, j, last, false)) return true;
  }
  return false;
}

/** {@link asksForSomethingElse} for the clause starting at `first` (`details`: whether a detail asked for anywhere counts). */
function asksFrom(tokens: readonly RuleToken[], first: number, last: number, details = true): boolean {
  let k = first;
  while (k < last && OPENERS.has(tokens[k]!.norm)) k++;
  const [a, b, c] = [tokens[k]?.norm, k + 1 <= last ? tokens[k + 1]!.norm : '', k + 2 <= last ? tokens[k + 2]!.norm : ''];
  if (a === undefined) return false;
  // "When are you free?", "What time suits you?": arranging a time, not asking how the customer is.
  if ((a === 'when' || (a === 'what' && SCHEDULE_NOUNS.has(b))) && details) for (let j = k + 1; j <= last; j++) if (AVAILABILITY.has(tokens[j]!.norm)) return true;
  if (details) for (let j = k; j <= last; j++) if (DETAILS.has(tokens[j]!.norm)) return true;
  if (REQUEST_MODALS.has(a) && b === 'you' && TASKS.has(c)) return true;
  if (OFFER_MODALS.has(a) && (b === 'i' || b === 'we') && c !== 'ask' && c !== 'just') return true;
  if ((a === 'would' || a === 'do') && b === 'you' && (c === 'like' || c === 'want') && k + 3 <= last && (tokens[k + 3]!.norm === 'me' || tokens[k + 3]!.norm === 'us')) return true;
  // Troubleshooting ("Have you tried restarting it?", "Did you clear the cache?") asks about the fix, not the customer.
  if ((a === 'have' || a === 'did') && b === 'you' && k + 2 <= last && TASK_STEMS.has(tokens[k + 2]!.stem)) return true;
  return a === 'are' && b === 'you' && c === 'sure';
}
/**
 * A negation among the three words before token `at`, in its sentence ("I can't (really) bend…"). The
 * "no" of an idiom negates nothing after it (`idioms`: "no problem - just don't tell my manager").
 */
function negatedBefore(tokens: readonly RuleToken[], at: number, idioms: ReadonlySet<number>): boolean {
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k >= Math.max(0, at - 3) && tokens[k]!.sentence === sentence; k--) if (NEGATORS.has(tokens[k]!.norm) && !idioms.has(k)) return true;
  return false;
}
const notAfterSets = new Map<PhraseRule, ReadonlySet<string>>(PHRASE_RULES.filter((r) => r.notAfter).map((r) => [r, new Set(r.notAfter)]));

/** One of `words` among the `span` (three) words before token `at`, in its clause ("until it's fixed", "make sure it's refunded"). */
function afterWord(prep: ReturnType<typeof prepare>, at: number, words: ReadonlySet<string>, span = 3): boolean {
  const { tokens, text } = prep;
  const sentence = tokens[at]!.sentence;
  const from = Math.max(0, at - span);
  // Most words have none of `words` before them: settle that without reading the gaps between them.
  let any = false;
  for (let k = at - 1; k >= from && tokens[k]!.sentence === sentence && !any; k--) any = words.has(tokens[k]!.norm);
  if (!any) return false;
  for (let k = at - 1; k >= from && tokens[k]!.sentence === sentence; k--) {
    if (CLAUSE_BREAK.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
    if (words.has(tokens[k]!.norm)) return true;
  }
  return false;
}

const notBeforeSets = new Map<PhraseRule, ReadonlySet<string>>(PHRASE_RULES.filter((r) => r.notBefore).map((r) => [r, new Set(r.notBefore)]));
/** One of `words` among the two words after token `at`, in its sentence ("Fine, thanks"). */
function beforeWord(prep: ReturnType<typeof prepare>, at: number, words: ReadonlySet<string>): boolean {
  const { tokens } = prep;
  for (let k = at + 1; k <= at + 2 && tokens[k] && tokens[k]!.sentence === tokens[at]!.sentence; k++) if (words.has(tokens[k]!.norm)) return true;
  return false;
}

/** Where a question sentence ends, its "?" included when it follows closely. */
function questionEnd(text: string, s: { end: number }): number {
  const q = text.indexOf('?', s.end);
  return q >= 0 && q - s.end < 20 ? q + 1 : s.end;
}

/** Evidence that turns a question into a challenge rather than an invitation to talk. */
const HOSTILE_QUESTION: ReadonlySet<string> = new Set([
  'positivity.challenge', 'positivity.incredulous', 'positivity.emphasis', 'positivity.doubt', 'positivity.insult', 'positivity.sarcasm', 'empathy.blame', 'empathy.lecture',
]);
const PERSONAL = 'empathy.personal';
const OWNERSHIP = 'followThrough.ownership';
const GOT_IT_RIGHT: ReadonlySet<string> = new Set(['right', 'correct', 'correctly', 'wrong', 'straight', 'down', 'clear']);
const CLOSING_CHECK = 'followThrough.closing-check';
/** Evidence that says what can be done instead. */
/** Evidence that stops at what cannot be done or is not known. */
const DEAD_ENDS: ReadonlySet<string> = new Set(['positivity.refusal', 'positivity.dont-know', 'followThrough.dead-end', 'positivity.sends-away']);
const HONEST = 'followThrough.honest';
const SYMPATHY = 'empathy.sympathy';
const APOLOGY_RULE = ruleById('empathy.apology')!;
const APOLOGY_POLITENESS = APOLOGY_RULE.extra?.find((x) => x.skill === 'positivity')?.points ?? 0;
/** Sympathy said as an apology for what the customer went through: "sorry for the wait", "sorry about your loss". */
const APOLOGY_FOR = /\bsorry (?:for|about)\b/iu;
const APOLOGY_UNDONE = 'empathy.apology-undone';
const APOLOGY_REDIRECTS: ReadonlySet<string> = new Set(['positivity.can-do', 'followThrough.offer']);
const REDIRECTS: ReadonlySet<string> = new Set(['positivity.can-do', 'followThrough.offer', 'followThrough.commitment', HONEST]);
/** What can be done, said after an excuse: candour does not count ("Honestly, it was out of our control" is still one). */
const EXCUSE_REDIRECTS: ReadonlySet<string> = new Set(['positivity.can-do', 'followThrough.offer', 'followThrough.commitment', 'followThrough.done']);
const EXCUSE = 'empathy.excuse';
/** What an excuse still costs in empathy when what will be done follows it: the failure is still explained away. */
const REDIRECTED_EXCUSE_COST = -5;
const intentOrder = new Map<Intent, number>(INTENTS.map((intent, i) => [intent, i]));
/** Intents whose phrases contain no promise, even when a promise starter sits inside them. */
const NOT_PROMISING: ReadonlySet<Intent> = new Set(['dismissal', 'sarcasm', 'policy-hiding']);

/**
 * What `analyze` counts once: a rule, or a rule and a key (a word, a skill).
 * A rule alone is its own id, so most evidence needs no new string.
 */
function countedId(rule: string, key: string): string {
  return key === '' ? rule : `${rule}\u0000${key}`;
}

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
  /** The customer's names ("Business Pro plan", "Acme router"): each stem to its name, so a name echoed is one thing. */
  names: Map<string, number>;
  upset: boolean;
  /** The last message asks a yes/no question ("Do I really need it?", "Same model as yours?"): a "No," can answer it. */
  asksYesNo: boolean;
  /** The last message is on balance positive (good news), so praise answers it rather than mocking a complaint. */
  goodNews: boolean;
  /** The last message asks for information ("Do I really need it?", "Is it worth it?"), not for an action ("Can you fix it?"). */
  asksInfo: boolean;
  /** Its words, for what the conversation is about (tip examples). */
  tokens: readonly RuleToken[];
  /** A loss or hardship: a death, an illness, a lost job or home. */
  distress: boolean;
  /** Racing a deadline or asking for haste ("due at noon", "quickly", "urgent"). */
  urgent: boolean;
  feeling: string | null;
  /** A deadline the customer named ("by Friday"), for rewritten promises; found only when a tip needs it. */
  deadline: () => string | null;
  /** What happened to them, from the agent's side ("you've been charged twice…"); found only when a tip needs it. */
  situation: () => string | null;
}

/** Cheerful openers or exclamations that jar after bad news. */
const CHEER: ReadonlySet<string> = new Set(['great', 'awesome', 'perfect', 'fantastic', 'excellent', 'wonderful', 'brilliant', 'yay', 'cool', 'super', 'amazing', 'lovely', 'fab', 'woohoo']);
/** Words that make a loss or hardship sound like a small nuisance. */
const TRIVIALISING: ReadonlySet<string> = new Set(['inconvenience', 'inconvenienced', 'hassle']);
const DISTRESS =
  /\b(?:passed away|died|dying|death|funeral|bereave\w*|widow(?:ed|er)?|cancer|chemo\w*|in (?:the )?hospital|hospitali[sz]ed|terminally ill|seriously ill|lost my (?:job|husband|wife|mum|mom|mother|dad|father|son|daughter|partner|baby|home|house)|suicid\w*|kill(?:ing)? myself|end (?:my life|it all)|want(?:ed)? to die|self[- ]harm\w*|cut(?:ting)? myself|overdos\w*|(?:do not|don't|dont) want to (?:be alive|live|wake up)|nothing to live for)\b/iu;

/** A customer racing a deadline or asking for haste. */
const URGENT =
  /\b(?:urgent(?:ly)?|asap|quickly|hurry|immediately|as soon as possible|deadline|due (?:at|by|in|today|tomorrow|this)|running out of time|clock(?:['’]s| is) ticking|time[- ]sensitive|in (?:an|one|two|three|\d+) (?:hours?|minutes?|mins?))\b/iu;

const FEELING_ADJECTIVES = /^(frustrated|upset|annoyed|angry|disappointed|stressed|worried|concerned|confused|irritated|furious|exhausted|anxious|overwhelmed|fed|livid|mad|scared|unhappy|let)$/;

function readCustomer(text: string | undefined): CustomerView | null {
  if (!text) return null;
  const prep = prepare(capText(text));
  let feeling: string | null = null;
  let negative = 0;
  let positive = 0;
  let feels = 0;
  prep.tokens.forEach((t, i) => {
    if (inClass(t.stem, 'feel') || inClass(t.stem, 'swear')) {
      feels++;
      if (!feeling && FEELING_ADJECTIVES.test(t.norm) && t.norm !== 'fed' && t.norm !== 'let') feeling = t.norm;
    }
    // "…and I won't be charged again?" asks for reassurance; a negative word under a negation is no upset.
    // "I don't care whose fault it is", "not happy": a good word under a negation is a bad one.
    const valence = t.valence;
    if (!afterWord(prep, i, NEGATORS)) {
      negative += Math.min(0, valence);
      positive += Math.max(0, valence);
    } else negative -= Math.max(0, valence);
  });
  const shouting = prep.capsWords >= 2 && prep.capsWords >= prep.longWords * 0.5;
  const distress = DISTRESS.test(text);
  const upset = distress || feels > 0 || negative <= -3 || shouting || /!{2,}/.test(text);
  // Where each question proper starts, after "So,", "And…".
  const openings = prep.sentences.filter((s) => s.question).map((s) => {
    let k = s.first;
    while (k < s.last && LEAD_INS.has(prep.tokens[k]!.norm)) k++;
    return k;
  });
  // A question that does not open with a question word ("what", "why"…) can be answered yes or no.
  const asksYesNo = openings.some((k) => !QUESTION_WORDS.has(prep.tokens[k]!.norm));
  // "Can you fix it?", "Could I get a refund?", "Please…?" ask for something to be done: a next step answers them.
  const asksInfo = openings.some((k) => {
    const w = prep.tokens[k]!.norm;
    const next = prep.tokens[k + 1]?.norm ?? '';
    if (w === 'please' || ((w === 'can' || w === 'could' || w === 'would' || w === 'will') && (next === 'you' || next === 'u' || next === 'i' || next === 'we' || next === 'someone'))) return false;
    // "So what are you going to do?", "What happens now?", "What's the plan?", "When will it be fixed?" ask for the
    // next step ("What plan suits me?" and "How much is it?" ask for information).
    // "When will it be fixed?" looks ahead; "When did you send it?" asks a fact.
    if (w === 'when' && WHEN_AHEAD.has(next)) return false;
    if (w === 'what') {
      const sentence = prep.sentences[prep.tokens[k]!.sentence]!;
      for (let j = k + 1; j <= sentence.last; j++) {
        const word = prep.tokens[j]!.norm;
        // "do" as the main verb ("…going to do?", "…do about it?"), not the auxiliary of "what do you mean?".
        const mainDo = word === 'do' && (j === sentence.last || DO_AFTER.has(prep.tokens[j + 1]!.norm));
        if (mainDo || ASKS_NEXT_STEP.has(word) || (word === 'plan' && prep.tokens[j - 1]!.norm === 'the')) return false;
      }
    }
    return true;
  });
  return { stems: contentStems(prep.tokens), names: namesIn(prep), upset, urgent: URGENT.test(text), asksYesNo, goodNews: positive > -negative, asksInfo, tokens: prep.tokens, distress, feeling, deadline: () => deadlineIn(prep), situation: () => situationIn(prep) };
}

/**
 * The names in a message ("Business Pro plan", "the Acme router"): each name's stems, with the word it
 * names when one follows, map to one group. A stem the message also uses outside a name stays out.
 */
function namesIn(prep: Prepared): Map<string, number> {
  const { tokens, text } = prep;
  // Title case only: "I" is no name, and words in capitals are shouted, not named.
  const titled = (i: number): boolean => {
    const t = tokens[i];
    if (!t || t.norm === 'i') return false;
    const c = text.charCodeAt(t.start);
    return c >= 65 && c <= 90 && /\p{Ll}/u.test(text.slice(t.start, t.end));
  };
  const groups = new Map<string, number>();
  const plain = new Set<string>();
  let group = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const sameSentence = (k: number): boolean => tokens[k]?.sentence === t.sentence;
    // Mid-sentence, or opening a sentence with more of the name after it ("Business Pro is…").
    const inName = titled(i) && (!t.first || (titled(i + 1) && sameSentence(i + 1)));
    if (inName) {
      if (!(i > 0 && groups.get(tokens[i - 1]!.stem) === group && sameSentence(i - 1) && titled(i - 1))) group++;
      groups.set(t.stem, group);
      // The word the name names: "Business Pro plan".
      const next = tokens[i + 1];
      if (next && sameSentence(i + 1) && !titled(i + 1) && /^\p{Ll}+$/u.test(next.norm) && !STOP_WORDS.has(next.norm)) {
        groups.set(next.stem, group);
        i++;
      }
    } else plain.add(t.stem);
  }
  for (const stem of plain) groups.delete(stem);
  return groups;
}

/** Words before the question proper ("So, do I…", "And is it…"). */
const LEAD_INS: ReadonlySet<string> = new Set([...LEAD_IN_WORDS, 'quick', 'one', 'sorry']);
const PAUSE = /^\s*(?:[,.;:!?\u2013\u2014]|-\s)/u;
// `CLAUSE_BREAK` without the comma: "What, exactly, …" is one clause said with emphasis.
const STRONG_CLAUSE_BREAK = /[;:\u2013\u2014]|\s-\s/u;

/**
 * What the customer's messages name, newest first: their last message, else the latest earlier one that names it.
 * `read` finds it in one prepared message; `last` is what the last message named (already read from it).
 */
function latestNamed<T>(last: T | null, earlier: readonly string[] | undefined, read: (prep: Prepared) => T | null): T | null {
  if (last) return last;
  for (let k = (earlier?.length ?? 0) - 1; k >= 0; k--) {
    const named = read(prepare(capText(earlier![k]!)));
    if (named) return named;
  }
  return null;
}

/**
 * What the conversation is about: the customer's last message, else the latest earlier one that names something
 * ("There's no ID, I'm a one-man firm" after "I'm locked out…"), else the reply.
 */
function conversationTopic(customer: CustomerView | null, earlier: readonly string[] | undefined, prep: Prepared): Topic | null {
  return latestNamed(customer ? topicOfTokens(customer.tokens) : null, earlier, (p) => topicOfTokens(p.tokens)) ?? topicOfTokens(prep.tokens);
}

/**
 * The customer's deadline: the one their last message names, else the latest an earlier message named
 * ("payroll for three clients due at noon", then "Is there someone else I can talk to?"), so a rewritten
 * promise is never dated after it.
 */
function conversationDeadline(customer: CustomerView | null, earlier: readonly string[] | undefined): string | null {
  return latestNamed(customer?.deadline() ?? null, earlier, deadlineIn);
}

/**
 * 7b. What was agreed said back, with no "to recap" before it: "So the duplicate is refunded today, and you'll
 * have my email by 3 pm." A recap says back the agreement: two or more of its parts (the clauses of the open
 * promises: "refund the duplicate today", "email you the confirmation by 3 pm"), each by two of its words, or one
 * part said as a summary ("So…", "That's…", "…as agreed"). One detail restated mid-conversation ("the email at
 * 5 pm will have the refund reference") is no recap; nor is a sentence that reports a part done (the kept promise).
 */
function recapOfPromises(prep: Prepared, promises: readonly Commitment[], list: EvidenceList): void {
  const done = new Set(list.items.filter((e) => DELIVERY_RULES.has(e.rule)).map((e) => sentenceAt(prep, e.start)));
  const parts = promises
    .flatMap((p) => p.text.split(PROMISE_PARTS))
    .map((part) => contentStems(prepare(part).tokens))
    .filter((stems) => stems.size > 0);
  const echoed = new Set<number>();
  let first: { start: number; end: number } | null = null;
  let summary = false;
  prep.sentences.forEach((sentence, index) => {
    if (sentence.question || done.has(index)) return;
    const stems = new Set<string>();
    for (let k = sentence.first; k <= sentence.last; k++) stems.add(prep.tokens[k]!.stem);
    let any = false;
    parts.forEach((part, i) => {
      if ([...part].filter((stem) => stems.has(stem)).length >= Math.min(2, part.size)) {
        echoed.add(i);
        any = true;
      }
    });
    if (!any) return;
    first ??= sentence;
    if (SUMMARY_MARK.test(prep.text.slice(sentence.start, sentence.end))) summary = true;
  });
  const at = first as { start: number; end: number } | null;
  if (at && (echoed.size >= 2 || summary)) list.add(RECAP.id, 'followThrough', RECAP.points, at.start, at.end, 'Says back what was agreed earlier in the conversation, so the customer can check it.', 'recap');
}
/** Where one promise holds several parts: "refund the duplicate today, and email you the confirmation by 3 pm". */
const PROMISE_PARTS = /\s*[,;]\s*(?:and(?: then)?\s+|then\s+|plus\s+)?|\s+(?:and(?: then| also)?|then|plus)\s+/iu;
/** A sentence said as a summary of what was agreed: "So…", "That's…", "…as agreed". */
const SUMMARY_MARK = /^(?:(?:ok(?:ay)?|right|alright|great|perfect|lovely),?\s+)?(?:so\b(?!\s+(?:sorry|much|far)\b)|that(?:['’]s| is| means)\b|to (?:sum|wrap) (?:up|it up|that up)\b|in short\b|all in all\b)|\bas (?:agreed|promised|discussed)\b/iu;
const RECAP = ruleById('followThrough.recap')!;

/** Token `at` is followed by a comma, a dash or the end of its sentence: an interjection ("No, …", "No."). */
function pauseAfter(prep: Prepared, at: number): boolean {
  const next = prep.tokens[at + 1];
  if (next === undefined) return true;
  if (next.sentence !== prep.tokens[at]!.sentence) return true;
  return PAUSE.test(prep.text.slice(prep.tokens[at]!.end, next.start));
}

/** A sentence-opening "No," (or "Nope.") that answers the customer's yes/no question. */
function answersNo(prep: Prepared, at: number, customer: CustomerView | null): boolean {
  const t = prep.tokens[at]!;
  return customer !== null && customer.asksYesNo && t.first && (t.norm === 'no' || t.norm === 'nope' || t.norm === 'nah') && pauseAfter(prep, at);
}

/**
 * The evidence of one reply as it is gathered. A rule (or a rule and a key:
 * a word, a skill) earns its points the first time only; repeats are listed
 * with 0 points while the list is short.
 */
class EvidenceList {
  readonly items: Evidence[] = [];
  readonly intents = new Set<Intent>();
  private readonly counted = new Set<string>();

  constructor(private readonly text: string) {}

  /** True when the rule (with this key) has already earned its points. */
  counts(rule: string, key = ''): boolean {
    return this.counted.has(countedId(rule, key));
  }

  /** Add evidence; a rule (or rule + key) earns its points only the first time. */
  add(rule: string, skill: Evidence['skill'], points: number, start: number, end: number, note: string, intent?: Intent, key = ''): void {
    const id = countedId(rule, key);
    const first = !this.counted.has(id);
    this.counted.add(id);
    if (!first && this.items.length > 60) return;
    // Every evidence object has the same fields in the same order (an absent intent is `undefined`, which
    // JSON leaves out), so the engine sees one shape wherever evidence is read.
    const e: Evidence = { start, end, text: this.text.slice(start, end), rule, skill, points: first ? points : 0, note: first ? note : `${note} (repeat: counted once)`, intent };
    if (intent) this.intents.add(intent);
    this.items.push(e);
  }
}

/** Intents that make a candour word hollow: "Honestly, you must add the warranty" pushes, it does not level. */
const UNDOES_CANDOUR: ReadonlySet<Intent> = new Set(['pressure', 'bend-the-rules', 'misleading']);
const OVER_PROMISE = 'followThrough.over-promise';

/**
 * 6b. Candour said beside pressure, a bent rule or a guarantee nobody can
 * give ("Honestly, yes: I'll waive it and move you ahead of everyone") earns
 * nothing and is no honest disclosure: a scenario must not reward the word
 * "honestly" for what follows it.
 */
function candourUndone(list: EvidenceList): void {
  if (!list.items.some((e) => (e.intent !== undefined && UNDOES_CANDOUR.has(e.intent)) || e.rule === OVER_PROMISE)) return;
  let undone = false;
  for (const e of list.items) {
    if (e.rule !== HONEST) continue;
    undone = true;
    if (e.points !== 0) e.note = `${e.note} (beside pressure or a promise it cannot keep: no points)`;
    e.points = 0;
    e.intent = undefined;
  }
  if (undone) list.intents.delete('honest-disclosure');
}

/**
 * 1. Phrase rules: the longest matches that pass their rule's conditions, each
 * adding its evidence and intents. Returns the matches kept, the tokens they
 * explain (`covered`, left out of self-disclosure and valence) and the
 * sentences that promise, report an action or apologise (`notAboutMe`).
 */
function phraseEvidence(prep: Prepared, customer: CustomerView | null, list: EvidenceList): { matches: Match<PhraseRule>[]; covered: Uint8Array; notAboutMe: Set<number> } {
  const { tokens, text } = prep;
  let timed: Set<number> | undefined;
  const all = matchAll(phraseMatcher, tokens);
  // Words of a reassuring idiom ("no problem", "no worries"), whose "no" negates nothing after it.
  const idioms = new Set<number>();
  for (const m of all) if (m.rule.id === NO_PROBLEM) for (let k = m.first; k <= m.last; k++) idioms.add(k);
  const phrases = all.filter((m) => {
    const sentence = tokens[m.first]!.sentence;
    const question = prep.sentences[sentence]!.question;
    if (m.rule.untimed && (timed ??= timedSentences(prep)).has(sentence)) return false;
    if (m.rule.timed && !(timed ??= timedSentences(prep)).has(sentence)) return false;
    if (m.rule.unlessNegated && negatedBefore(tokens, m.first, idioms)) return false;
    if (m.rule.notAfter && afterWord(prep, m.first, notAfterSets.get(m.rule)!)) return false;
    if (m.rule.notFirst && tokens[m.first]!.first) return false;
    if (m.rule.notBefore && beforeWord(prep, m.last, notBeforeSets.get(m.rule)!)) return false;
    // "I've got this right", "if I've got it correct": understanding checked, not the problem owned ("I've got this").
    if (m.rule.id === OWNERSHIP && tokens[m.last - 1]?.norm === 'got' && GOT_IT_RIGHT.has(tokens[m.last + 1]?.sentence === sentence ? tokens[m.last + 1]!.norm : '')) return false;
    if (m.rule.undisclaimed && disclaimed(prep, m.first)) return false;
    if (m.rule.pause && !pauseAfter(prep, m.last)) return false;
    if (m.rule.unlessAnswer && answersNo(prep, m.first, customer)) return false;
    if (m.rule.answeringComplaint && (customer === null || customer.goodNews)) return false;
    if (m.rule.flat && /^\s*!/.test(text.slice(tokens[m.last]!.end))) return false;
    if (m.rule.oneClause && m.last > m.first && STRONG_CLAUSE_BREAK.test(text.slice(tokens[m.first]!.end, tokens[m.last]!.start))) return false;
    return !(m.rule.statementOnly && question) && !(m.rule.questionOnly && !question);
  });
  // Inside sarcasm the words mean the opposite: a warm or willing phrase within it ("Sure, because…",
  // "Good for you.") earns nothing.
  const longest = longestMatches(phrases);
  const sarcastic = longest.filter((m) => m.rule.intent === 'sarcasm');
  const matches = sarcastic.length === 0 ? longest : longest.filter((m) => m.rule.intent === 'sarcasm' || m.rule.points <= 0 || !sarcastic.some((x) => x.first <= m.first && m.last <= x.last));
  // Speaking in the first person counts even when every "I" sits inside a follow-through phrase that
  // earns points ("I'm looking at your account now") or in talk about the work ("I'm afraid…"): owning the
  // work must not cost the personal touch.
  // "That's not my department" earns none.
  if (!matches.some((m) => m.rule.id === PERSONAL)) {
    const inside = (p: Match<PhraseRule>) => matches.some((m) => ((m.rule.skill === 'followThrough' && m.rule.points > 0) || m.rule.skill === null) && m.first <= p.first && p.last <= m.last);
    const first = phrases.find((m) => m.rule.id === PERSONAL && inside(m));
    if (first) matches.push(first);
  }
  // Words a phrase explains: left out of word valence and of self-disclosure's count of other words.
  const covered = new Uint8Array(tokens.length);
  for (const m of matches) if (!m.rule.transparent) for (let k = m.first; k <= m.last; k++) covered[k] = 1;
  const notAboutMe = new Set<number>();
  // A third stock empathy sentence ("I'm sorry. I understand. I hear you.") reads as a script: it earns no empathy.
  const scripted = scriptedStretches(prep, matches, covered);
  for (const m of matches) {
    const sentence = tokens[m.first]!.sentence;
    if (m.rule.skill === 'followThrough' || m.rule.intent === 'apology') notAboutMe.add(sentence);
    const rule: PhraseRule = m.rule;
    const start = tokens[m.first]!.start;
    const end = tokens[m.last]!.end;
    if (rule.skill === 'empathy' && rule.points > 0 && scripted.some((c) => c.first <= m.first && m.first <= c.last)) list.add(rule.id, rule.skill, 0, start, end, `${rule.note} (one stock phrase too many: no points)`, rule.intent);
    else list.add(rule.id, rule.skill, rule.points, start, end, rule.note, rule.intent);
    for (const x of rule.extra ?? []) list.add(rule.id, x.skill, x.points, start, end, rule.note, undefined, x.skill);
    // "Sorry for the frustration and the wait" holds the plain apology "sorry for", whose politeness the longer
    // sympathy reading must not lose: it is at least as polite as "Sorry for the trouble".
    if (rule.id === SYMPATHY && APOLOGY_FOR.test(text.slice(start, end))) list.add(APOLOGY_RULE.id, 'positivity', APOLOGY_POLITENESS, start, end, APOLOGY_RULE.note, undefined, 'positivity');
    for (const also of rule.also ?? []) list.intents.add(also);
  }
  if (scripted.length > 0) {
    const r = COMPUTED_RULES.scripted;
    list.add(r.id, 'empathy', r.points, scripted[0]!.start, scripted[scripted.length - 1]!.end, r.note);
  }
  return { matches, covered, notAboutMe };
}

/**
 * 2. Questions: asking about the other person ("you") explores; other questions
 * count less. Curt questions and a barrage of them cost positivity.
 */
function questionEvidence(prep: Prepared, list: EvidenceList): void {
  const { tokens, text } = prep;
  for (const s of prep.sentences) {
    if (!s.question && !interrogative(tokens, s.first, s.last, !/^\s*[.!]/u.test(text.slice(s.end)))) continue;
    let aboutYou = false;
    for (let k = s.first; k <= s.last; k++) if (YOU.has(tokens[k]!.norm)) aboutYou = true;
    const end = questionEnd(text, s);
    // "Is there anything else I can help you with?" checks the call is done; it asks nothing about the customer.
    const closing = list.items.some((e) => e.rule === CLOSING_CHECK && e.start >= s.start && e.start < end);
    const rule = aboutYou && !closing && !asksForSomethingElse(tokens, s.first, s.last, text) ? COMPUTED_RULES.question : COMPUTED_RULES.otherQuestion;
    // "What exactly is your problem?" asks nothing about the customer: a challenge earns no empathy.
    const hostile = list.items.some((e) => HOSTILE_QUESTION.has(e.rule) && e.start >= s.start && e.start < end && !/^(why|how come)$/i.test(e.text));
    if (hostile) list.add(rule.id, 'empathy', 0, s.start, end, `${rule.note} (a challenge, not an invitation: no points)`, 'question');
    else list.add(rule.id, 'empathy', rule.points, s.start, end, rule.note, 'question');
  }

  const questions = prep.sentences.filter((s) => s.question);
  // An incredulous "What?" already says it; the curt cue would only repeat it.
  const incredulous = (s: { start: number; end: number }): boolean => list.items.some((e) => e.rule === 'positivity.incredulous' && e.start >= s.start && e.start <= s.end);
  const curt = questions.find((s) => fragment(tokens, s.first, s.last) && !incredulous(s));
  if (curt) {
    const r = COMPUTED_RULES.curtQuestion;
    list.add(r.id, 'positivity', r.points, curt.start, questionEnd(text, curt), r.note);
  }
  if (questions.length >= COMPUTED_RULES.questionBarrage.minQuestions) {
    const r = COMPUTED_RULES.questionBarrage;
    list.add(r.id, 'positivity', r.points, questions[0]!.start, questionEnd(text, questions[questions.length - 1]!), r.note);
  }
}

/**
 * 2b–2c. An exclamation shows feeling (one counts); telling of one's own
 * experience over two or more sentences shows the feeling is understood from
 * the inside (one "I" is the personal rule's).
 */
function feelingEvidence(prep: Prepared, notAboutMe: ReadonlySet<number>, covered: Uint8Array, list: EvidenceList): void {
  const { text, tokens } = prep;
  const bang = text.indexOf('!');
  if (bang >= 0 && tokens.length > 0 && !(prep.capsSpan && prep.capsWords >= prep.longWords * 0.6)) {
    const r = COMPUTED_RULES.exclaim;
    list.add(r.id, 'empathy', r.points, bang, bang + 1, r.note);
  }
  const told = selfDisclosures(prep, notAboutMe, covered);
  if (told.length >= 2) {
    const r = COMPUTED_RULES.selfDisclosure;
    const s = prep.sentences[told[1]!]!;
    list.add(r.id, 'empathy', r.points, s.start, s.end, r.note);
  }
}

/**
 * 3. Commitments. "Let me explain this slowly", "the system won't let me change it", "we have to follow
 * procedure": a promise starter inside a lecture, sarcasm or policy-hiding phrase promises nothing.
 */
function commitmentEvidence(prep: Prepared, matches: readonly Match<PhraseRule>[], list: EvidenceList): FoundCommitment[] {
  const { tokens } = prep;
  const hostileSpans = matches.filter((m) => m.rule.intent !== undefined && NOT_PROMISING.has(m.rule.intent)).map((m) => [tokens[m.first]!.start, tokens[m.last]!.end] as const);
  const found = findCommitments(prep).filter((f) => !hostileSpans.some(([start, end]) => start <= f.head.start && f.head.start < end));
  // A promise made while bending the rules ("Between you and me, I can knock 50 off") earns nothing.
  const bent = list.items.filter((e) => e.intent === 'bend-the-rules').map((e) => sentenceAt(prep, e.start));
  for (const f of found) {
    const c = f.commitment;
    if (c.who === null) continue; // "someone will…" is scored by the vague-promise rule
    if (bent.length > 0 && bent.includes(sentenceAt(prep, f.head.start))) {
      const rule = COMPUTED_RULES.commitment;
      // Its own key, so a real promise later in the reply still earns the points.
      list.add(rule.id, 'followThrough', 0, f.head.start, f.head.end, `${rule.note} (while bending the rules: no points)`, undefined, 'bent');
      continue;
    }
    if (f.handover && c.when === null) {
      // "The engineer will call you", "The warehouse will contact you": someone else's promise with no time.
      const r = UNTIMED_HANDOVER;
      list.add(r.id, 'followThrough', r.points, c.start, f.head.end, r.note, r.intent);
      continue;
    }
    if (f.hedged) {
      const rule = COMPUTED_RULES.hedgedCommitment;
      list.add(rule.id, 'followThrough', rule.points, f.head.start, f.head.end, rule.note, 'commitment');
      continue;
    }
    if (deferredDecision(f)) {
      const rule = COMPUTED_RULES.deferredDecision;
      list.add(rule.id, 'followThrough', rule.points, c.start, c.end, rule.note, 'commitment');
      continue;
    }
    const rule = COMPUTED_RULES.commitment;
    list.add(rule.id, 'followThrough', rule.points, f.head.start, f.head.end, rule.note, 'commitment');
    if (f.whenSpan) {
      const r = COMPUTED_RULES.commitmentTime;
      list.add(r.id, 'followThrough', r.points, f.whenSpan.start, f.whenSpan.end, r.note);
    }
    if (f.channelSpan) {
      const r = COMPUTED_RULES.commitmentChannel;
      list.add(r.id, 'followThrough', r.points, f.channelSpan.start, f.channelSpan.end, r.note);
    }
    // "I'll call you soon", "I'll refund it shortly": a time nobody can check ("as soon as it's done" ties it to an event).
    // A sentence already marked vague ("someone will get back to you soon") says it once.
    const vagueAlready = list.items.some((e) => e.intent === 'vague-promise' && sentenceAt(prep, e.start) === sentenceAt(prep, f.head.start));
    // "I hope you feel better soon", "talk soon": a wish or a goodbye, not a promise put off.
    const wish = WISHED_SOON.test(c.text);
    const soon = f.whenSpan || vagueAlready || wish ? undefined : tokens.find((t, k) => t.start >= c.start && t.end <= c.end && SOON.has(t.norm) && tokens[k - 1]?.norm !== 'as');
    if (soon) {
      const r = COMPUTED_RULES.vagueTime;
      list.add(r.id, 'followThrough', r.points, soon.start, soon.end, r.note, 'vague-promise');
    }
    // "We'll update you as soon as we have more information": put off until news that may never come.
    const at = prep.sentences[sentenceAt(prep, f.head.start)];
    const pending = f.whenSpan || vagueAlready || soon || !at ? null : NEWS_PENDING.exec(prep.text.slice(at.start, at.end));
    if (pending && at) {
      const r = COMPUTED_RULES.vagueTime;
      const start = at.start + pending.index;
      list.add(r.id, 'followThrough', r.points, start, start + pending[0].length, r.note, 'vague-promise');
    }
    // "I'll refund the duplicate right now": the trainee takes the fix on themselves, which is ownership
    // as a customer hears it; handing it on ("I'll transfer you to billing now") is not.
    const action = firstWord(c.what);
    // "I'll get the engineer to call you", "I'll have billing email you": someone else is to do it.
    const delegated = (action === 'get' || action === 'have') && DELEGATED.test(c.what ?? '');
    if (c.who === 'I' && c.specific && inClass(stem(action), 'act') && !NOT_A_FIX.has(action) && !delegated) {
      const r = COMPUTED_RULES.ownsTheFix;
      list.add(r.id, 'followThrough', r.points, f.head.start, f.head.end, r.note, 'ownership');
    }
  }
  return found;
}

/** A status in the passive, with nobody doing it: "It's being processed", "your refund has been escalated". */
export const PASSIVE_STATUS =
  /\b(it|this|that|(?:your|the) (?:\w+ )?(?:refund|order|request|claim|case|complaint|ticket|query|enquiry|inquiry|application|return|replacement|payment|cancellation|repair|credit|exchange|transfer))(?:['’]s| is| are)? (?:currently |now |still )?being (processed|handled|looked at|looked into|reviewed|dealt with|investigated|escalated|actioned|worked on|sorted|checked|chased)\b/iu;
/** The literal every `PASSIVE_STATUS` match contains (same flags, so it finds whatever the pattern could). */
const BEING = /being/iu;
const OWNED_REPORTS: ReadonlySet<string> = new Set(['followThrough.done', 'followThrough.report-back', 'followThrough.ownership']);

/**
 * 3a. "It's being processed. Should be 5-7 business days.": a status nobody owns, in a reply that neither promises
 * anything of its own nor reports what the writer did. It costs nothing (it informs); its tip says to own it.
 */
function passiveStatus(prep: Prepared, found: readonly FoundCommitment[], list: EvidenceList): void {
  if (found.some((f) => f.commitment.who !== null && !f.handover) || list.items.some((e) => OWNED_REPORTS.has(e.rule) && e.points > 0)) return;
  // The pattern needs the word "being": most replies have none, and a look for it is cheaper than the pattern on every sentence.
  if (!BEING.test(prep.text)) return;
  for (const s of prep.sentences) {
    if (s.question) continue;
    const m = PASSIVE_STATUS.exec(prep.text.slice(s.start, s.end));
    if (!m) continue;
    const r = COMPUTED_RULES.passiveStatus;
    list.add(r.id, 'followThrough', r.points, s.start + m.index, s.start + m.index + m[0].length, r.note);
    return;
  }
}

const negatedModalMatcher = compile([{ patterns: ['(i|we) (can not|could not|will not|would not|am not able to|are not able to|am unable to|are unable to|will not be able to|do not|am not going to|are not going to)'] }]);
const REFUSAL = ruleById('positivity.refusal')!;
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'that', 'this', 'there', 'what']);

/**
 * 3a. One negated modal governs the verbs joined to it by "or": "I can't move engineers off other clients or waive
 * the month" refuses the waiver too, so a verb the customer asks for ("waive", "refund", "credit") after the "or"
 * is a refusal even when the first verb is not. "I can't do that, or I can…" has a modal of its own.
 */
function coordinatedRefusals(prep: Prepared, list: EvidenceList): void {
  const { tokens, text } = prep;
  for (const m of matchAll(negatedModalMatcher, tokens)) {
    const sentence = tokens[m.first]!.sentence;
    const refused = list.items.some((e) => e.rule === REFUSAL.id && sentenceAt(prep, e.start) === sentence);
    if (refused) continue;
    for (let j = m.last + 1; j < Math.min(tokens.length - 1, m.last + 14) && tokens[j]!.sentence === sentence; j++) {
      const t = tokens[j]!;
      // A break other than the comma before "or", or a contrast, ends the verb's reach.
      const gap = text.slice(tokens[j - 1]!.end, t.start);
      if ((CLAUSE_BREAK.test(gap) && !(gap.trim() === ',' && (t.norm === 'or' || t.norm === 'nor'))) || CONTRASTS.has(t.norm)) break;
      if (t.norm !== 'or' && t.norm !== 'nor') continue;
      const next = tokens[j + 1]!;
      if (next.sentence !== sentence || SUBJECTS.has(next.norm)) break;
      if (!inClass(next.stem, 'grant')) continue;
      list.add(REFUSAL.id, 'positivity', REFUSAL.points, tokens[m.first]!.start, next.end, `${REFUSAL.note} (the "${text.slice(tokens[m.first + 1]!.start, tokens[m.last]!.end)}" reaches "${text.slice(next.start, next.end)}")`, REFUSAL.intent);
      break;
    }
  }
}
const CONTRASTS: ReadonlySet<string> = new Set(['but', 'however', 'although', 'though', 'yet', 'so', 'because']);

/**
 * 3b. "I can't match that price, but what I can do is…", "…, but I'll send a replacement today",
 * "I don't know. I'll find out by 2 pm": a dead end followed, in the same or the next sentence, by
 * what can be done is candour with a way forward, not a refusal; so is one said as candour
 * ("To be honest, I can't credit it myself").
 */
function redirectedDeadEnds(prep: Prepared, list: EvidenceList): void {
  const { text } = prep;
  const evidence = list.items;
  for (const e of evidence) {
    if (!DEAD_ENDS.has(e.rule)) continue;
    const sentence = sentenceAt(prep, e.start);
    const next = prep.sentences[sentence + 2]?.start ?? text.length;
    const from = prep.sentences[sentence]?.start ?? e.start;
    // A way forward after it, or candour announced before it in the same sentence ("Honestly, I can't credit it myself").
    const redirected = evidence.some((r) => REDIRECTS.has(r.rule) && r.points > 0 && r.start >= e.end && r.start < next);
    const candid = evidence.some((r) => r.rule === HONEST && r.points > 0 && r.start >= from && r.end <= e.start);
    if (!redirected && !candid) continue;
    e.points = 0;
    e.note = `${e.note} (followed by what can be done: no cost)`;
    // Still a "no": scenarios can tell it from a plain refusal and from giving in ("I can't waive it, but…").
    if (e.intent === 'refusal') list.intents.add('declined');
    e.intent = undefined;
  }
  // "That's outside my control, but I'll chase the courier now and text you by 2 pm": the excuse still explains the
  // failure away (a smaller empathy cost, and its tip), but the customer has a way forward, so it costs no positivity or
  // follow-through and is no blame a scenario reacts to.
  for (const e of evidence) {
    if (e.rule !== EXCUSE || e.points >= 0) continue;
    const sentence = sentenceAt(prep, e.start);
    const next = prep.sentences[sentence + 2]?.start ?? text.length;
    if (!evidence.some((r) => EXCUSE_REDIRECTS.has(r.rule) && r.points > 0 && r.start >= e.end && r.start < next)) continue;
    e.points = e.skill === 'empathy' ? REDIRECTED_EXCUSE_COST : 0;
    e.note = `${e.note} (followed by what will be done: a smaller cost)`;
    e.intent = undefined;
  }
  if (!evidence.some((e) => e.intent === 'refusal')) list.intents.delete('refusal');
  if (!evidence.some((e) => e.intent === 'pass-the-buck')) list.intents.delete('pass-the-buck');
  if (!evidence.some((e) => e.intent === 'blame')) list.intents.delete('blame');
  // "I can't price-match, sorry, but what I can do is…": the "but" leads to a way forward, so it takes
  // nothing back. (A plain promise after it does not count: "sorry, but I'll have to charge you".)
  for (const e of evidence) {
    if (e.rule !== APOLOGY_UNDONE || e.points === 0) continue;
    const sentence = prep.sentences[sentenceAt(prep, e.start)];
    if (!sentence || !evidence.some((r) => APOLOGY_REDIRECTS.has(r.rule) && r.points > 0 && r.start >= e.end && r.start <= sentence.end)) continue;
    e.points = 0;
    e.note = `${e.note} (the "but" leads to what can be done: no cost)`;
    e.intent = 'apology';
    list.intents.add('apology');
  }
}

/**
 * 3b'. "I'd love to help, but I can't", "I'd be happy to, but my hands are tied": the willingness is taken
 * back by the "but" and the no after it (one still standing: no way forward followed), so it earns nothing
 * and offers no solution a scenario could count.
 */
function willingnessUndone(prep: Prepared, list: EvidenceList): void {
  const { tokens } = prep;
  const noes = list.items.filter((e) => e.intent !== undefined && TAKES_BACK.has(e.intent));
  if (noes.length === 0) return;
  let undone = false;
  for (const e of list.items) {
    if (e.rule !== WILLING) continue;
    const sentence = sentenceAt(prep, e.start);
    const but = tokens.find((t) => t.start >= e.end && t.sentence === sentence && CONTRAST_WORDS.has(t.norm));
    if (!but || !noes.some((n) => n.start >= but.start && sentenceAt(prep, n.start) === sentence)) continue;
    if (e.points !== 0) e.note = `${e.note} (taken back by the "${but.norm}" and the no after it: no credit)`;
    e.points = 0;
    e.intent = undefined;
    undone = true;
  }
  if (undone && !list.items.some((e) => e.intent === 'solution')) list.intents.delete('solution');
}
const WILLING = 'positivity.willing';
const CAN_DO = 'positivity.can-do';
/** What a hedged can-do earns ("We can try to reschedule"): less than a plain one, which says it will be done. */
const HEDGED_CAN_DO_POINTS = 6;

/** 3b''. "We can try to reschedule": the can-do is hedged in the same words as the promise, so it earns less. */
function hedgedCanDo(list: EvidenceList): void {
  const hedged = list.items.filter((e) => e.rule === COMPUTED_RULES.hedgedCommitment.id);
  if (hedged.length === 0) return;
  for (const e of list.items) {
    if (e.rule !== CAN_DO || e.points <= HEDGED_CAN_DO_POINTS || !hedged.some((h) => h.start < e.end && e.start < h.end)) continue;
    e.points = HEDGED_CAN_DO_POINTS;
    e.note = `${e.note} (hedged: "try" says it may not happen, so less credit)`;
  }
}
const TAKES_BACK: ReadonlySet<Intent> = new Set(['refusal', 'policy-hiding', 'pass-the-buck']);
const CONTRAST_WORDS: ReadonlySet<string> = new Set(['but', 'however', 'unfortunately', 'sadly', 'though']);

/**
 * 3c. A reply whose every promise is said vaguely in the same sentence ("I'll get back to you shortly",
 * "I'll sort it eventually") shows no commitment a scenario can count on: it keeps its points, but the
 * `commitment` intent goes, leaving `vague-promise`.
 */
function vaguePromisesOnly(prep: Prepared, list: EvidenceList): void {
  if (!list.intents.has('commitment') || !list.intents.has('vague-promise')) return;
  const vague = new Set(list.items.filter((e) => e.intent === 'vague-promise').map((e) => sentenceAt(prep, e.start)));
  const promises = list.items.filter((e) => e.intent === 'commitment');
  if (promises.every((e) => vague.has(sentenceAt(prep, e.start)))) list.intents.delete('commitment');
}

/**
 * 4. The customer's message: cheer ("Great!", "Awesome") or "inconvenience" answering a loss or
 * hardship jars, whatever else the reply does; the customer's own words reflected show they were heard.
 */
function customerEvidence(prep: Prepared, customer: CustomerView, list: EvidenceList): void {
  const { tokens, text } = prep;
  if (customer.distress) {
    const cheer = tokens.find((t, k) => TRIVIALISING.has(t.norm) || (CHEER.has(t.norm) && (t.first || /^\s*!/.test(text.slice(t.end, tokens[k + 1]?.start ?? text.length)))));
    if (cheer) {
      const r = COMPUTED_RULES.toneDeaf;
      list.add(r.id, 'empathy', r.points, cheer.start, cheer.end, r.note);
    }
  }
  if (customer.stems.size === 0) return;
  const reflected = reflectedTokens(tokens, customer.stems);
  const rule = COMPUTED_RULES.reflection;
  // Two echoed things show the customer was heard. A name of theirs echoed, whole or in part, is one thing:
  // "Business Pro is our best plan" repeats their "Business Pro plan" and nothing else.
  const names = new Set<number>();
  const things = reflected.filter((index, n) => {
    const name = customer.names.get(tokens[index]!.stem);
    if (name !== undefined) return names.has(name) ? false : (names.add(name), true);
    return n === 0 || !(reflected[n - 1] === index - 1 && capitalised(prep, index - 1) && capitalised(prep, index));
  }).length;
  // Echoing is reflecting when it is about the customer: said to them ("so you run a flower shop"), or beside
  // naming what they feel or are sorry for. Their words in a pitch ("Business Pro is perfect for a flower shop")
  // repeat the product back; each word still earns its point, but the reply does not show they were heard.
  const aboutThem = (): boolean => {
    if (list.intents.has('empathy-statement') || list.intents.has('apology')) return true;
    const addressed = new Set(tokens.filter((t) => SECOND_PERSON.has(t.norm)).map((t) => t.sentence));
    // A restatement needs no "you": "Invoices and receipts for a two-person shop, got it."
    prep.sentences.forEach((sentence, index) => {
      if (RESTATING.test(text.slice(sentence.start, sentence.end))) addressed.add(index);
    });
    const echoed = new Set(reflected.map((index) => tokens[index]!.stem));
    return tokens.some((t) => echoed.has(t.stem) && addressed.has(t.sentence));
  };
  // Only worked out when two things are echoed: with fewer there is no reflection to mark.
  const intent = things >= 2 && aboutThem() ? 'reflection' : undefined;
  reflected.forEach((index, n) => {
    const t = tokens[index]!;
    const points = n < rule.maxWords ? rule.pointsPerWord : 0;
    list.add(rule.id, 'empathy', points, t.start, t.end, rule.note, intent, t.stem);
  });
  if (intent) {
    // The customer's situation said back to them as such ("Got it, so it's mostly invoices and receipts",
    // "Sounds like the app crashes at checkout") shows they were heard: two of their words in one restating sentence.
    const restating = prep.sentences.findIndex((sentence, index) => RESTATING.test(text.slice(sentence.start, sentence.end)) && reflected.filter((k) => tokens[k]!.sentence === index).length >= 2);
    if (restating >= 0) {
      const r = COMPUTED_RULES.restatement;
      const sentence = prep.sentences[restating]!;
      list.add(r.id, 'empathy', r.points, sentence.start, sentence.end, r.note, 'reflection');
      // Its "So…" leads into the customer's own words: a check that they were heard, not an abrupt opener.
      for (const e of list.items) {
        if (e.rule !== DIRECT_START || e.start !== sentence.start || e.points === 0) continue;
        e.points = 0;
        e.note = `${e.note} (it leads a restatement: no cost)`;
      }
    }
  }
  const feeling = reflected.find((index) => inClass(tokens[index]!.stem, 'feel'));
  if (feeling !== undefined) {
    const r = COMPUTED_RULES.reflectFeeling;
    const t = tokens[feeling]!;
    list.add(r.id, 'empathy', r.points, t.start, t.end, r.note, 'reflection');
  }
}

/** Words that mark a sentence as the customer's situation said back: "…, got it", "so it's mostly…". */
const RESTATING = /\b(got it|understood|noted|i see|makes sense|sounds like|if i understand|in other words)\b|^\s*so\b/iu;

/** Words that address the reader. */
const SECOND_PERSON: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur']);

/** A word written with a capital inside its sentence: part of a name ("Business Pro"). */
function capitalised(prep: Prepared, index: number): boolean {
  const t = prep.tokens[index]!;
  const c = prep.text.charCodeAt(t.start);
  return !t.first && c >= 65 && c <= 90;
}

/** 5. Word valence outside the phrases already explained, capped per direction. */
function valenceEvidence(prep: Prepared, covered: Uint8Array, customerStems: ReadonlySet<string> | undefined, list: EvidenceList): void {
  const { tokens, text } = prep;
  let positive = 0;
  let negative = 0;
  for (const hit of valence(tokens, covered, text, customerStems)) {
    const t = tokens[hit.token]!;
    const signed = hit.negated ? -hit.value / 2 : hit.value;
    const key = `${t.norm}${hit.negated ? '~not' : ''}`;
    if (signed > 0) {
      const r = COMPUTED_RULES.positiveWord;
      const points = Math.min(Math.round(signed * r.perValence), r.cap - positive);
      if (!list.counts(r.id, key)) positive += Math.max(0, points);
      list.add(r.id, 'positivity', Math.max(0, points), t.start, t.end, hit.negated ? `${r.note} (negated negative word)` : r.note, undefined, key);
    } else if (signed < 0) {
      const r = COMPUTED_RULES.negativeWord;
      const points = Math.max(Math.round(signed * r.perValence), -(r.cap + negative));
      if (!list.counts(r.id, key)) negative += Math.min(0, points);
      list.add(r.id, 'positivity', Math.min(0, points), t.start, t.end, hit.negated ? `${r.note} (negated positive word)` : r.note, undefined, key);
    }
  }
}

/** Acknowledgements that a failure named beside them belongs to: an apology, sympathy, a named feeling, ownership. */
const ACKNOWLEDGING: ReadonlySet<string> = new Set(['empathy.apology', 'empathy.sympathy', 'empathy.named-apology', 'empathy.acknowledge-feeling', 'empathy.reaction', 'followThrough.ownership']);
/** Negative wording, which costs when it frames what can be done, not when it names what went wrong. */
const NEGATIVE_WORDING: ReadonlySet<string> = new Set(['positivity.negation', 'positivity.negative-word']);
const YOU_START = 'positivity.you-start';
const APOLOGY = 'empathy.apology';
const UNFORTUNATELY = 'positivity.unfortunately';
const OWN_TROUBLE: ReadonlySet<string> = new Set(['i', 'my', 'me']);

/**
 * 5b. Naming the failure honestly is not negative language: "I'm so sorry about the callback that never came",
 * "I'm sorry our technician didn't come and nobody called you", "that's a whole morning wasted, and I'm sorry".
 * Negative words and negations in a sentence with sympathy, a named apology, a named feeling or ownership, or with
 * a plain apology and the customer's own words, cost nothing (not when a "but" takes the apology back). And "You took the morning off
 * for it" says the customer's own situation back (two of their words, nothing else wrong in the sentence): its
 * "You" points at nobody.
 */
function failureNamed(prep: Prepared, list: EvidenceList): void {
  const items = list.items;
  const acknowledged = new Set<number>();
  const apologised = new Set<number>();
  const undone = new Set<number>();
  const reflected = new Map<number, number>();
  for (const e of items) {
    const sentence = sentenceAt(prep, e.start);
    if (e.rule === APOLOGY_UNDONE && e.points < 0) undone.add(sentence);
    else if (ACKNOWLEDGING.has(e.rule) && e.points > 0) (e.rule === APOLOGY ? apologised : acknowledged).add(sentence);
    else if (e.rule === 'empathy.reflection') reflected.set(sentence, (reflected.get(sentence) ?? 0) + 1);
  }
  // A plain "I'm sorry" acknowledges the failure when the sentence says it in the customer's own words ("…about
  // the callback that never came"); "Sorry, I don't follow" names no failure.
  for (const sentence of apologised) if (reflected.has(sentence)) acknowledged.add(sentence);
  for (const e of items) {
    if (e.points >= 0) continue;
    const sentence = sentenceAt(prep, e.start);
    if (NEGATIVE_WORDING.has(e.rule)) {
      if (undone.has(sentence) || !acknowledged.has(sentence)) continue;
      e.points = 0;
      e.note = `${e.note} (naming what went wrong, beside an apology or acknowledgement: no cost)`;
    } else if (e.rule === UNFORTUNATELY) {
      // "Unfortunately your flight was cancelled, I'm so sorry": said with sympathy, it is part of it.
      const sympathy = [sentence, sentence + 1].some((k) => !undone.has(k) && (acknowledged.has(k) || apologised.has(k)));
      // "Unfortunately I couldn't get it to work": the writer's own trouble, told; a representative's "I can't…" after
      // it is the refusal's to cost.
      const at = prep.tokens.findIndex((t) => t.start === e.start);
      const own = at >= 0 && OWN_TROUBLE.has(prep.tokens[at + 1]?.norm ?? '');
      if (!sympathy && !own) continue;
      e.points = 0;
      e.note = `${e.note} (${own ? "the writer's own trouble" : 'said with an apology or sympathy'}: no cost)`;
    } else if (e.rule === YOU_START && (reflected.get(sentence) ?? 0) >= 2) {
      const other = items.some((x) => x !== e && x.points < 0 && !NEGATIVE_WORDING.has(x.rule) && sentenceAt(prep, x.start) === sentence);
      if (other) continue;
      e.points = 0;
      e.note = `${e.note} (it says the customer's own situation back: no cost)`;
    }
  }
}

/** 6. Tone on the page: capitals, "??", *stressed* words and smiles. */
function toneEvidence(prep: Prepared, list: EvidenceList): void {
  const { text } = prep;
  if (prep.capsSpan && ((prep.capsWords >= 2 && prep.capsWords >= prep.longWords * 0.6) || (prep.capsWords >= 4 && prep.capsWords >= prep.longWords * 0.3))) {
    const r = COMPUTED_RULES.shouting;
    list.add(r.id, 'positivity', r.points, prep.capsSpan.start, prep.capsSpan.end, r.note, 'shouting');
  }

  // "??" or "?!": a question asked in exasperation. Only a reply with a "?" can have one, and
  // looking for it first is much cheaper than running the pattern at every position of the reply.
  const exasperated = text.includes('?') ? EXASPERATION.exec(text) : null;
  if (exasperated) {
    const r = COMPUTED_RULES.exasperation;
    list.add(r.id, 'positivity', r.points, exasperated.index, exasperated.index + exasperated[0].length, r.note);
  }

  // Words stressed with markup (*this*, **this**, _this_), like capitals, raise the voice
  // (the marks are looked for first, as above).
  const stressed = text.includes('*') || text.includes('_') ? MARKUP_EMPHASIS.exec(text) : null;
  if (stressed) {
    const r = COMPUTED_RULES.markupEmphasis;
    const start = stressed.index + stressed[1]!.length;
    list.add(r.id, 'positivity', r.points, start, start + stressed[0].length - stressed[1]!.length, r.note);
  }

  // A smile (":)", "🙂") keeps a written message friendly.
  const smile = SMILE.exec(text);
  if (smile) {
    const r = COMPUTED_RULES.smile;
    list.add(r.id, 'positivity', r.points, smile.index + smile[1]!.length, smile.index + smile[0].length, r.note);
  }
}

/**
 * Stems whose every use follows a negation in the same clause, within four words: "I can't waive the month"
 * gives waive and month; "no problem" gives problem. A keyword guard (`keywords: [waive]`) is about what the
 * reply says, so it does not count them.
 */
function negatedOnlyStems(prep: Prepared): string[] {
  const { tokens } = prep;
  if (!tokens.some((t) => NEGATORS.has(t.norm))) return [];
  const said = new Set<string>();
  const negated = new Set<string>();
  tokens.forEach((t, i) => (afterWord(prep, i, NEGATORS, 4) ? negated : said).add(t.stem));
  return [...negated].filter((s) => !said.has(s));
}

/** Each distinct stem of the reply, in order of first use. */
function distinctStems(tokens: readonly RuleToken[]): string[] {
  const stems: string[] = [];
  const seen = new Set<string>();
  for (const t of tokens) {
    if (!seen.has(t.stem)) {
      seen.add(t.stem);
      stems.push(t.stem);
    }
  }
  return stems;
}

/**
 * Score one trainee reply. The steps are separate functions so the engine
 * compiles and re-optimises each on its own (one large function was compiled,
 * and thrown away, as a whole).
 * @param reply what the trainee wrote
 * @param context the customer's last message (for reflection and missed-chance tips) and open promises
 * @example analyze("I'm so sorry about the double charge. I'll refund it today and email you.", { customer: "You charged me twice!" })
 */
export function analyze(reply: string, context: AnalysisContext = {}): Analysis {
  const raw = typeof reply === 'string' ? reply : '';
  const text = capText(raw);
  // Colour codes pasted with a reply are not words: the analysis reads the text around them, offsets unchanged.
  const prep = prepare(blankEscapes(text));
  const list = new EvidenceList(text);
  const customer = readCustomer(context.customer);

  const { matches, covered, notAboutMe } = phraseEvidence(prep, customer, list);
  questionEvidence(prep, list);
  feelingEvidence(prep, notAboutMe, covered, list);
  const found = commitmentEvidence(prep, matches, list);
  passiveStatus(prep, found, list);
  coordinatedRefusals(prep, list);
  redirectedDeadEnds(prep, list);
  hedgedCanDo(list);
  willingnessUndone(prep, list);
  vaguePromisesOnly(prep, list);
  if (customer) customerEvidence(prep, customer, list);
  valenceEvidence(prep, covered, customer?.stems, list);
  failureNamed(prep, list);
  toneEvidence(prep, list);
  candourUndone(list);
  // Said, not hidden: a reply cut to its first part shows where scoring stopped, so nothing after it
  // (good or bad) is mistaken for read.
  if (text.length < raw.length) list.add(TRUNCATED.id, null, 0, text.length, text.length, TRUNCATED.note);
  // Another language, or keyboard junk: said, so the baseline scores are not mistaken for a judgement of the reply.
  const foreign = foreignLanguage(prep);
  if (foreign) list.add(NOT_ENGLISH.id, null, 0, 0, text.length, `The reply ${foreign.language ? `reads as ${foreign.language}, not English` : 'does not read as English'}: ${NOT_ENGLISH.note}`);

  // 7. Coming back on an open promise, or saying it back.
  if (context.openPromises && context.openPromises.length > 0) {
    const delivered = list.items.find((e) => DELIVERY_RULES.has(e.rule));
    if (delivered) {
      const r = COMPUTED_RULES.keptPromise;
      list.add(r.id, 'followThrough', r.points, delivered.start, delivered.end, r.note);
    }
    if (!list.intents.has('recap')) recapOfPromises(prep, context.openPromises, list);
  }

  const evidence = list.items;
  evidence.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  const scores = scoresFrom(evidence);
  const tips = foreign ? [] : buildTips({
    prep,
    evidence,
    commitments: found,
    customerUpset: customer?.upset ?? false,
    customerFeeling: customer?.feeling ?? null,
    customerDistress: customer?.distress ?? false,
    customerUrgent: customer?.urgent ?? false,
    customerAsksInfo: customer?.asksInfo ?? false,
    customerDeadline: () => conversationDeadline(customer, context.customerEarlier),
    customerSituation: customer?.situation,
    topic: () => (customer?.distress ? 'loss' : conversationTopic(customer, context.customerEarlier, prep)),
  });

  return {
    scores,
    intents: [...list.intents].sort((a, b) => intentOrder.get(a)! - intentOrder.get(b)!),
    evidence,
    tips,
    commitments: found.map((f) => f.commitment),
    stems: distinctStems(prep.tokens),
    negatedStems: negatedOnlyStems(prep),
  };
}
