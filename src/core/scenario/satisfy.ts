/**
 * Build a reply analysis that satisfies a condition's reply-related parts, so
 * tools can explore a scenario's graph (which branches can fire) and tell a
 * trainer what kind of reply each step needs. Mood, turn, flag and
 * open-promise parts are left to the conversation.
 */
import { SKILLS } from '../types.js';
import type { Analysis, Intent, Skill } from '../types.js';
import { COMPARISON } from './schema.js';
import type { Condition } from './schema.js';
import { keywordStems } from './condition.js';

interface Draft {
  intents: Set<Intent>;
  banned: Set<Intent>;
  scores: Partial<Record<Skill, number>>;
  stems: Set<string>;
  specific?: boolean;
}

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** A score that satisfies a comparison (a bare number means `>=`). */
export function satisfyingNumber(comparison: number | string): number {
  if (typeof comparison === 'number') return Math.min(100, comparison);
  const match = COMPARISON.exec(comparison);
  const target = Number(match?.[2] ?? 50);
  switch (match?.[1] ?? '>=') {
    case '>':
      return Math.min(100, Math.floor(target) + 1);
    case '<':
      return Math.max(0, Math.ceil(target) - 1);
    case '!=':
      return target === 50 ? 51 : 50;
    default:
      return Math.max(0, Math.min(100, target));
  }
}

function add(draft: Draft, condition: Condition): void {
  for (const banned of asList(condition.notIntent)) {
    draft.banned.add(banned);
    draft.intents.delete(banned);
  }
  const first = asList(condition.intent).find((i) => !draft.banned.has(i));
  if (first !== undefined) draft.intents.add(first);
  for (const skill of SKILLS) {
    const comparison = condition[skill];
    if (comparison !== undefined) draft.scores[skill] = satisfyingNumber(comparison);
  }
  const keyword = condition.keywords?.[0];
  if (keyword !== undefined) for (const stem of keywordStems(keyword)) draft.stems.add(stem);
  if (condition.specific !== undefined) draft.specific = condition.specific;
  const firstAny = condition.any?.[0];
  if (firstAny) add(draft, firstAny);
  for (const part of condition.all ?? []) add(draft, part);
}

/**
 * An analysis meeting the reply-related parts of `condition` (first choice
 * of every list and of `any`; `not` is ignored). Unconstrained scores are 50.
 * @example sampleAnalysis({ intent: 'apology', empathy: '>=60' }) → intents ['apology'], empathy 60
 */
export function sampleAnalysis(condition: Condition | undefined): Analysis {
  const draft: Draft = { intents: new Set(), banned: new Set(), scores: {}, stems: new Set() };
  if (condition) add(draft, condition);
  const specific = draft.specific;
  return {
    scores: { empathy: 50, positivity: 50, followThrough: 50, ...draft.scores },
    intents: [...draft.intents],
    evidence: [],
    tips: [],
    commitments:
      specific === undefined
        ? []
        : [{ start: 0, end: 0, text: '', who: 'I', what: 'follow up', when: specific ? 'today' : null, channel: specific ? 'email' : null, specific }],
    stems: [...draft.stems],
  };
}
