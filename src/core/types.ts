/**
 * Domain types shared by the core, the store, the CLI and the terminal app.
 *
 * The analysis types are a contract: `rapport score --json` prints them, the
 * scenario compiler branches on them and transcripts store them.
 */

/** The three skills every reply is scored on, 0–100 each. */
export const SKILLS = ['empathy', 'positivity', 'followThrough'] as const;
export type Skill = (typeof SKILLS)[number];
export type SkillScores = Record<Skill, number>;

/** Human labels for skills, for screens and reports. */
export const SKILL_LABELS: Record<Skill, string> = {
  empathy: 'Empathy',
  positivity: 'Positive language',
  followThrough: 'Follow-through',
};

/**
 * What a reply does, as detected by the analysis. Scenarios branch on these
 * (`when: { intent: apology }`), so the list is closed and validated.
 */
export const INTENTS = [
  'greeting',
  'apology',
  'empathy-statement',
  'reflection',
  'question',
  'commitment',
  'ownership',
  'solution',
  'gratitude',
  'polite-request',
  'recap',
  'closing',
  'honest-disclosure',
  'competitor-mention',
  'escalation',
  'blame',
  'refusal',
  'declined',
  'dismissal',
  'policy-hiding',
  'vague-promise',
  'pass-the-buck',
  'sarcasm',
  'shouting',
  'profanity',
  'pressure',
  'bend-the-rules',
  'misleading',
] as const;
export type Intent = (typeof INTENTS)[number];

/** A character range in the reply, `end` exclusive, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One matched rule: the exact words, the rule id, and what it did to which skill. */
export interface Evidence extends Span {
  /** Stable rule id, e.g. `empathy.acknowledge-feeling`. */
  rule: string;
  /** The skill the points go to, or null when the rule only marks an intent. */
  skill: Skill | null;
  /** Signed points this span contributed to `skill` (0 for intent-only rules). */
  points: number;
  /** The intent the rule marks, when it marks one. */
  intent?: Intent;
  /** A short human explanation of why the span matters. */
  note: string;
}

/**
 * What the analysis says about its own reading rather than about the reply (it was cut at 3,000
 * characters, it does not read as English): shown to the trainee before any tip. Kept here, not in
 * analyze.ts, so the screens can use it without loading the analysis.
 */
export function readingNotices(evidence: readonly Evidence[]): Evidence[] {
  return evidence.filter((e) => e.skill === null && e.rule.startsWith('analysis.'));
}

/** A concrete better phrasing for something that cost points (or a missed chance). */
export interface Tip {
  rule: string;
  skill: Skill;
  /** What to change, in one sentence. */
  message: string;
  /** A concrete rewrite the trainee could have said instead. */
  rewrite: string;
  /** The span the tip is about, when there is one. */
  span?: Span;
}

/** A promise found in a reply, with the specifics that make it checkable. */
export interface Commitment extends Span {
  /** Who will act ("I", "our billing team"), or null when nobody owns it. */
  who: string | null;
  /** What will be done. */
  what: string | null;
  /** When ("by 5 pm today", "tomorrow morning"), or null. */
  when: string | null;
  /** How the customer will hear ("by email", "call you"), or null. */
  channel: string | null;
  /** True when it names an owner and at least a time or a channel. */
  specific: boolean;
}

/** Everything `analyze()` finds in one reply. */
export interface Analysis {
  scores: SkillScores;
  intents: Intent[];
  evidence: Evidence[];
  tips: Tip[];
  commitments: Commitment[];
  /** Distinct Porter stems of the reply's words, for keyword guards. */
  stems: string[];
  /** Stems said only after a negation in their clause ("I can't waive the month": waive, month): keyword guards do not count them. */
  negatedStems?: string[];
}

/** What `analyze()` may know beyond the reply itself. */
export interface AnalysisContext {
  /** The customer's last message, for reflection (stemmed overlap). */
  customer?: string;
  /** Earlier trainee replies in this conversation, oldest first. */
  history?: readonly string[];
  /** The customer's earlier messages in this conversation, oldest first: what it is about when the last one names nothing. */
  customerEarlier?: readonly string[];
  /** Promises made earlier in this conversation and not yet kept. */
  openPromises?: readonly Commitment[];
}

/** How a conversation ended. Built-in kinds plus scenario-specific ones. */
export const BUILT_IN_ENDINGS = ['resolved', 'escalated', 'lost'] as const;
/** A session that stopped before reaching an ending. */
export const UNFINISHED_ENDINGS = ['abandoned', 'unfinished'] as const;
