/**
 * What a conversation is about, so a tip's example fits it: a refusal to a
 * customer who wants to cancel needs a different "what I can do" than one to
 * a customer with a broken dashboard. Read from the customer's last message,
 * else their earlier ones, else the reply (`analyze.ts`). General customer-service words,
 * not fitted to any scenario; matched on the tokens already prepared, with
 * one precompiled pattern graph (no regular expressions per reply).
 */
import { compile, matchAll } from './matcher.js';
import type { RuleToken } from './tokens.js';

/** The situations tip examples are written for. */
export type Topic = 'loss' | 'cancel' | 'premier' | 'tier' | 'price' | 'access' | 'outage' | 'faulty' | 'visit' | 'delivery' | 'billing';

interface TopicCue {
  topic: Topic;
  /** Lower wins: a bereaved customer closing an account is a loss first, a cancellation second. */
  rank: number;
  patterns: readonly string[];
}

const CUES: readonly TopicCue[] = [
  {
    topic: 'loss',
    rank: 0,
    patterns: [
      '(died|dying|death|funeral|bereaved|bereavement|widow|widowed|widower|condolences|cancer|terminally|hospital|hospitalised|hospitalized|divorce|divorced|breakup)',
      'passed away',
      'your loss',
      'seriously ill',
      // A personal loss, not a broken product: "she broke up with me".
      '(broke|break|breaking|split) up',
      'dumped me',
    ],
  },
  {
    topic: 'cancel',
    rank: 1,
    patterns: [
      '(cancel|cancelled|canceled|cancelling|canceling|cancellation|unsubscribe|terminate|termination)',
      'close (my|the|our|his|her) (account|contract|subscription)',
      'end (my|the|our) (contract|subscription|plan)',
    ],
  },
  {
    // The customer's own higher tier ("Premier account", "I'm on Premier", "What does Premier get me?"): what
    // they pay for, which a tip's example honours rather than explains.
    topic: 'premier',
    rank: 1.5,
    patterns: [
      '(my|our) (premier|priority|vip|premium|platinum|gold)',
      '(i am|we are|i pay for|we pay for|i have|we have) (on|) (a|the|) (premier|priority|vip|premium|platinum|gold)',
      '(premier|priority|vip|premium|platinum) (account|contract|member|membership|support)',
      // "Larkfield Logistics, Premier." — the tier said with the name, as a premium caller introduces themself.
      '(premier|vip|platinum) $',
      '(premier|vip|platinum) (plan|) (actually|really|) (get|gets|do|does|include|includes|cover|covers|give|gives) (for|) (me|us)',
      '(is this|this is) how (premier|priority|vip|premium|platinum) (clients|customers|members) (are|get) treated',
    ],
  },
  {
    // Other people's higher tier ("Why does the Premier client get a call back in an hour?"): a tip's example explains it.
    topic: 'tier',
    rank: 2,
    patterns: ['(premier|priority|tier|tiers|vip)', 'premium (client|customer|plan|clients|customers)'],
  },
  {
    topic: 'price',
    rank: 3,
    patterns: ['(price|prices|priced|pricing|cheaper|expensive|cost|costs|discount|afford|budget|quote|overkill|competitor)', 'worth it', 'match (it|that|their)', 'basic plan', 'business pro'],
  },
  {
    // Getting into one's own account: an identity check, not a service fault.
    topic: 'access',
    rank: 4,
    patterns: ['(password|passcode|login|authenticator|username|2fa|mfa)', 'locked out', '(log|sign) in', 'two factor', 'verification code'],
  },
  {
    topic: 'outage',
    rank: 5,
    patterns: [
      '(outage|outages|offline|crash|crashed|crashes|crashing|dashboard|internet|connection|sync)',
      '(is|went|been|was|are|goes) down',
      'down for',
      '(not|stopped|stops) working',
      'will not (load|open|start|connect)',
      'dropping out',
    ],
  },
  { topic: 'faulty', rank: 6, patterns: ['(broke|broken|damaged|damage|faulty|defective|cracked|leaking|leak)', '(does|do) not work'] },
  {
    // Someone was to come to the customer: an engineer's visit, a repair, an appointment.
    topic: 'visit',
    rank: 7,
    patterns: ['(engineer|technician|repair|repairs|visit|appointment|callout|call-out|no-show)', '(did not|never) (show|turn up|come)'],
  },
  {
    topic: 'delivery',
    rank: 8,
    // Not "package": a phone or broadband package is a plan.
    patterns: ['(parcel|delivery|delivered|deliver|courier|arrive|arrived|arriving|shipping|shipped|dispatch|dispatched|tracking)', 'order (still|has not)'],
  },
  {
    topic: 'billing',
    rank: 9,
    patterns: [
      '(charged|charge|charges|refund|refunds|refunded|payment|payments|bill|billed|billing|invoice|invoices|overcharged)',
      'direct debit',
      // Money taken, said plainly: "you took 89.99 from me twice", "I paid twice".
      '(took|taken|take|taking) (*|* *|) (from|out of) (me|my|our)',
      'paid (twice|double)',
    ],
  },
];

const cueMatcher = compile(CUES);

/** The topic a text's tokens name, or null. */
export function topicOfTokens(tokens: readonly RuleToken[]): Topic | null {
  let best: TopicCue | null = null;
  for (const m of matchAll(cueMatcher, tokens)) if (best === null || m.rule.rank < best.rank) best = m.rule;
  return best?.topic ?? null;
}

