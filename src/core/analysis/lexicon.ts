/**
 * Word classes the phrase rules refer to as `@class`. Membership is by Porter
 * stem, so one entry covers "frustrate", "frustrated", "frustrating".
 * These are general English word lists, not fitted to any corpus.
 */
import { stem } from '../nlp.js';

const CLASSES: Record<string, readonly string[]> = {
  // Feelings a customer may have, as adjectives or nouns.
  feel: [
    'frustrated', 'frustrating', 'frustration', 'upset', 'upsetting', 'annoyed', 'annoying', 'annoyance', 'angry', 'anger',
    'disappointed', 'disappointing', 'disappointment', 'stressed', 'stressful', 'stress', 'worried', 'worrying', 'worry',
    'concerned', 'concern', 'confused', 'confusing', 'confusion', 'inconvenient', 'inconvenience', 'irritated',
    'irritating', 'infuriating', 'furious', 'exhausting', 'exhausted', 'tiring', 'tired', 'scary', 'scared', 'afraid',
    'frightening', 'anxious', 'anxiety', 'overwhelmed', 'overwhelming', 'hurt', 'hurtful', 'painful', 'pain', 'sad',
    'sadness', 'lonely', 'alone', 'hopeless', 'helpless', 'depressed', 'depressing', 'lost', 'awful', 'terrible',
    'horrible', 'hard', 'difficult', 'tough', 'rough', 'unfair', 'embarrassing', 'embarrassed', 'nervous', 'unsettling',
    'disheartening', 'heartbreaking', 'devastating', 'devastated', 'miserable', 'fed', 'aggravating', 'maddening',
    'hassle', 'nightmare', 'struggle', 'struggling', 'worse', 'scary', 'uncomfortable', 'unacceptable', 'ashamed', 'guilty',
    'insecure', 'jealous', 'heartbroken', 'grief', 'upsets', 'distressing', 'distress', 'trouble', 'troubling', 'mad',
    'livid', 'fuming', 'gutted', 'irate', 'outraged', 'cross', 'disruptive', 'draining',
  ],
  // Verbs of experiencing: "I felt…", "I struggle…" share one's own experience (self-disclosure).
  exp: [
    'feel', 'felt', 'feeling', 'struggle', 'struggled', 'want', 'wanted', 'wish', 'remember', 'went', 'suffer', 'suffered',
    'cry', 'cried', 'hate', 'hated', 'love', 'loved', 'lost', 'tried', 'deal', 'dealt', 'relate', 'experienced', 'experience',
    'miss', 'missed', 'fear', 'feared', 'worry', 'worried', 'used', 'grew', 'spent', 'survived', 'overcame', 'learned',
    'learnt', 'realized', 'realised', 'stopped', 'started', 'quit', 'lived', 'live', 'enjoy', 'enjoyed', 'self', 'harmed',
  ],
  // Intensifiers that may sit between a verb and a feeling word.
  very: ['so', 'very', 'really', 'incredibly', 'truly', 'extremely', 'terribly', 'deeply', 'quite', 'pretty', 'super', 'absolutely', 'totally', 'completely', 'understandably', 'genuinely', 'sincerely', 'such'],
  // Verbs of doing things for a customer, for commitments and solutions.
  act: [
    'call', 'ring', 'phone', 'email', 'text', 'message', 'send', 'check', 'look', 'follow', 'fix', 'refund', 'process',
    'credit', 'update', 'escalate', 'contact', 'reach', 'get', 'make', 'sort', 'arrange', 'schedule', 'investigate',
    'review', 'confirm', 'reply', 'write', 'ship', 'replace', 'cancel', 'reset', 'book', 'talk', 'speak', 'find', 'handle',
    'take', 'do', 'chase', 'resolve', 'issue', 'waive', 'reverse', 'correct', 'change', 'apply', 'add', 'remove', 'order',
    'deliver', 'return', 'set', 'put', 'raise', 'log', 'file', 'open', 'close', 'keep', 'let', 'give', 'help', 'try', 'see',
    'ask', 'tell', 'explain', 'walk', 'go', 'come', 'bring', 'pass', 'forward', 'transfer', 'flag', 'note', 'email',
    'organize', 'organise', 'assign', 'prepare', 'finish', 'complete', 'start', 'run', 'test', 'install', 'repair', 'visit', 'meet',
    'sign', 'draft', 'circulate', 'share', 'post', 'upload', 'print', 'read', 'think', 'work', 'figure', 'dig', 'double',
    'personally', 'also', 'just', 'definitely', 'certainly', 'gladly', 'happily', 'immediately', 'now', 'first', 'msg', 'txt', 'stay',
    'push', 'monitor', 'watch', 'ping', 'rebook', 'chase', 'credit', 'unlock', 'restore', 'expedite', 'authorise', 'authorize',
    'activate', 'reactivate', 'enable', 'verify', 'approve',
  ],
  // Things a representative may refuse to do for someone ("I can't refund…"), unlike "I can't find it".
  grant: [
    'do', 'give', 'offer', 'refund', 'allow', 'accept', 'change', 'approve', 'help', 'process', 'issue', 'replace', 'cancel',
    'waive', 'extend', 'send', 'make', 'guarantee', 'promise', 'provide', 'return', 'exchange', 'override', 'reverse', 'credit',
    'compensate', 'discount', 'match', 'honor', 'honour', 'authorize', 'authorise', 'release', 'share', 'disclose', 'transfer',
    'book', 'reschedule', 'arrange', 'fix', 'continue', 'let', 'grant', 'permit', 'sell', 'ship', 'deliver', 'hold', 'keep',
    'reopen', 'repair', 'upgrade', 'downgrade', 'reimburse', 'pay', 'take', 'comment', 'answer', 'assist', 'support',
    // The account and order changes a customer asks for: "I cannot disable 2FA", "I can't remove the charge".
    'disable', 'enable', 'remove', 'reset', 'unlock', 'unblock', 'restore', 'delete', 'activate', 'reactivate', 'bypass',
    'skip', 'expedite', 'rush', 'prioritise', 'prioritize', 'move', 'switch', 'swap', 'cover', 'lift', 'lower', 'reduce',
    'close', 'reinstate', 'unsubscribe',
  ],
  // How the customer will hear back.
  channel: ['email', 'e-mail', 'mail', 'phone', 'call', 'text', 'sms', 'message', 'chat', 'letter', 'post', 'ring', 'voicemail', 'dm', 'whatsapp', 'telephone', 'callback', 'msg', 'txt'],
  day: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'tonight', 'weekend'],
  unit: ['minute', 'hour', 'day', 'week', 'business', 'working', 'min', 'mins', 'hr', 'hrs'],
  partofday: ['morning', 'afternoon', 'evening', 'lunchtime', 'lunch', 'noon', 'midday', 'midnight'],
  swear: ['fuck', 'fucking', 'fucked', 'fucker', 'shit', 'shitty', 'bullshit', 'crap', 'crappy', 'damn', 'goddamn', 'bitch', 'bastard', 'asshole', 'arse', 'arsehole', 'wtf', 'stfu', 'piss', 'pissed', 'dick', 'bloody', 'hell', 'ffs'],
  insult: ['idiot', 'idiotic', 'stupid', 'moron', 'moronic', 'dumb', 'dumbass', 'clueless', 'pathetic', 'incompetent', 'ignorant', 'loser', 'fool', 'foolish', 'ridiculous', 'lazy', 'useless', 'troll', 'jerk', 'imbecile', 'nitwit', 'dimwit', 'halfwit', 'dunce', 'numpty'],
  staff: ['supervisor', 'manager', 'specialist', 'lead', 'colleague', 'engineer', 'technician', 'agent', 'department', 'team', 'senior'],
  // Colleagues and business partners a representative might point at instead of owning the problem
  // (named parties only: "they" or "those people" may as well be siding with the customer).
  party: [
    'courier', 'couriers', 'carrier', 'warehouse', 'driver', 'drivers', 'supplier', 'manufacturer', 'vendor', 'partner', 'contractor',
    'dispatch', 'logistics', 'postman', 'factory', 'branch', 'installer', 'fitter', 'finance', 'tech', 'developers', 'provider',
    'host', 'hosting', 'retailer', 'seller', 'airline', 'insurer', 'bank', 'isp', 'network', 'landlord',
  ],
  // Past participles of handling a case, for "the courier should have sent…".
  handled: [
    'sent', 'done', 'told', 'called', 'checked', 'caught', 'processed', 'shipped', 'delivered', 'updated', 'fixed', 'noticed',
    'passed', 'flagged', 'posted', 'dispatched', 'packed', 'handled', 'known', 'seen', 'given', 'taken', 'made', 'followed',
    'logged', 'entered', 'refunded', 'cancelled', 'canceled', 'arranged', 'booked', 'emailed', 'contacted', 'informed', 'asked',
    'replied', 'responded', 'picked', 'collected', 'left', 'returned', 'approved', 'escalated', 'scanned', 'labelled', 'labeled',
    'tested', 'installed', 'repaired', 'replaced', 'credited', 'charged', 'warned', 'read', 'been', 'got', 'gotten', 'put', 'let',
  ],
  rival: ['competitor', 'competitors', 'competition', 'rival', 'elsewhere'],
  // What a representative handles for the customer ("Refund's done", "Engineer booked for tomorrow", "Reset link sent").
  item: [
    'refund', 'replacement', 'order', 'account', 'payment', 'card', 'parcel', 'package', 'request', 'case', 'booking', 'appointment',
    'visit', 'callback', 'subscription', 'contract', 'cancellation', 'password', 'access', 'link', 'label', 'ticket', 'credit', 'fee',
    'duplicate', 'return', 'exchange', 'plan', 'upgrade', 'downgrade', 'membership', 'router', 'repair', 'delivery', 'slot', 'claim',
    'complaint', 'code', 'invoice', 'receipt', 'confirmation', 'voucher', 'reimbursement', 'compensation', 'resend', 'reset', 'transfer',
    'issue',
  ],
};

// Troubles named only in general ("sorry for the inconvenience", "sorry for the trouble"): the set phrase of an
// apology, which names nothing that happened to the customer. `@plight` is `@feel` without them.
const GENERIC_TROUBLE: ReadonlySet<string> = new Set(['inconvenience', 'inconvenient', 'trouble', 'hassle'].map((w) => stem(w)));
CLASSES.plight = CLASSES.feel!.filter((w) => !GENERIC_TROUBLE.has(stem(w)));

const byStem = new Map<string, string[]>();
for (const [name, words] of Object.entries(CLASSES)) {
  for (const word of words) {
    const s = stem(word);
    const list = byStem.get(s) ?? [];
    if (!list.includes(`@${name}`)) list.push(`@${name}`);
    byStem.set(s, list);
  }
}
const NONE: readonly string[] = [];

/** The `@class` keys a stem belongs to. */
export function classesOfStem(s: string): readonly string[] {
  return byStem.get(s) ?? NONE;
}

/** True when a stem is in the class (name without `@`). */
export function inClass(s: string, name: keyof typeof CLASSES | string): boolean {
  return (byStem.get(s) ?? NONE).includes(`@${name}`);
}

/** Words that carry no topic, left out of reflection overlap. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each else even ever every few for from further get got had has have having he her here
  hers herself him himself his how i if in into is it its itself just know let like make many me might more most much must my
  myself need no nor not now of off often on once one only or other our ours ourselves out over own please really right said
  same say see should so some still such sure than thank thanks that the their theirs them themselves then there these they
  thing things think this those though through to too under until up upon us very want was way we well were what when where
  which while who whom why will with would yes yet you your yours yourself yourselves ok okay oh hi hello hey sorry would
  going go gonna im ive dont cant its thats also anything something everything nothing someone anyone everyone back time
  today tomorrow day yeah yes lot bit`.split(/\s+/).filter(Boolean),
);

// Words that name the customer's problem rather than the writer's attitude:
// a representative who says "the double charge" or "the mistake" is not being negative.
export const TOPIC_WORDS: ReadonlySet<string> = new Set([
  'charge', 'charged', 'charges', 'problem', 'problems', 'issue', 'issues', 'fraud', 'fraudulent', 'cancel', 'cancelled',
  'canceled', 'cancellation', 'refund', 'complaint', 'complaints', 'error', 'errors', 'delay', 'delayed', 'damage',
  'damaged', 'broke', 'broken', 'lost', 'missing', 'fault', 'faulty', 'mistake', 'mistakes', 'overdue', 'late', 'fee',
  'fees', 'debt', 'bill', 'no', 'yes', 'like', 'likes', 'want', 'wants', 'please', 'pleased', 'thank', 'thanks',
  'thankful', 'sorry', 'help', 'helps', 'helping', 'hope', 'hopefully', 'care', 'block', 'blocked', 'stop', 'stopped',
  'limited', 'dispute', 'worry', 'worried', 'kind', 'share', 'sure', 'ok', 'okay', 'agree', 'fine', 'pay', 'free',
]);

// Words that name a problem in customer service (a crash, an outage, a loss, a failed payment, a stuck
// upload) and so say what happened, not how the writer feels about the customer: "I'll fix the crash today"
// and "I'm sorry for your loss" are not negative wording. Only their negative valence is set aside.
export const PROBLEM_WORDS: ReadonlySet<string> = new Set([
  'crash', 'outage', 'outages', 'loss', 'losses', 'losing', 'death', 'deaths', 'dead', 'died', 'die', 'dying', 'funeral',
  'stuck', 'kill', 'killed', 'killing', 'kills', 'fail', 'failed', 'failing', 'fails', 'failure', 'failures', 'hacked',
  'breach', 'spam', 'leak', 'defect', 'defective', 'stolen', 'suspended', 'suspend', 'penalty', 'collapse', 'collapsed',
  'lag', 'lagging', 'unstable', 'drop', 'dropped', 'unavailable', 'offline', 'cancer', 'ill', 'illness', 'sick',
]);

/**
 * Words that open a sentence before its point ("So, …", "OK then, …", "Right, …"):
 * a question, a request or a promise is read from the word after them.
 */
export const LEAD_IN_WORDS: readonly string[] = ['so', 'and', 'but', 'ok', 'okay', 'well', 'oh', 'then', 'also', 'now', 'right', 'alright'];

/**
 * Punctuation between two words that ends a clause: a comma, colon, semicolon or dash. A negation, a
 * condition or a promise does not reach across it ("No, that's wrong": the "no" answers, it does not negate).
 */
export const CLAUSE_BREAK = /[,:;\u2013\u2014]|\s-\s/u;

/** Words that negate what follows within a few words. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'neither', 'nor', 'nothing', 'nobody', 'none', 'nowhere', 'without', 'hardly', 'barely', 'scarcely']);
