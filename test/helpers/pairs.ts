/** Contrasting reply pairs: a trainer ranks `better` above `worse` on one skill, by at least `margin` points. */
import { analyze } from '../../src/core/analyze.js';
import type { Skill } from '../../src/core/types.js';

export interface ReplyPair {
  skill: Skill;
  why: string;
  /** The customer's last message, for reflection and missed-chance readings. */
  customer?: string;
  better: string;
  worse: string;
  margin: number;
}

/** How many points `better` scores above `worse` on the pair's skill. */
export function scoreGap(p: ReplyPair): number {
  const context = p.customer ? { customer: p.customer } : {};
  return analyze(p.better, context).scores[p.skill] - analyze(p.worse, context).scores[p.skill];
}

/** The rule ids of a reply's evidence that count: points either way, or an intent-only reading. */
export function ruleIds(reply: string, customer?: string): string[] {
  return analyze(reply, customer ? { customer } : {})
    .evidence.filter((e) => e.points !== 0 || e.skill === null)
    .map((e) => e.rule);
}

/** A reply's intents. */
export function intentsOf(reply: string, customer?: string): string[] {
  return analyze(reply, customer ? { customer } : {}).intents;
}
