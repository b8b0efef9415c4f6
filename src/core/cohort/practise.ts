/**
 * What each trainee should practise next, and how long they kept customers
 * waiting, worked out from their re-scored sessions alone. Deterministic, and
 * every part says where it came from, so a lead can explain it to the trainee:
 *
 * 1. A skill: the first piece of the drill's own advice (the lowest skill
 *    below its mark, else the weakest skill: what the trainee's result screen
 *    named), the scenario where it was lowest, and the rule that cost the most
 *    points on that skill over the whole drill; when no rule cost points on
 *    it, the tip given most often for it (a chance the trainee kept missing).
 * 2. A habit, the first that applies: scenarios not played; replies that
 *    timed out; the first goal missed in the lowest-scoring scenario. With
 *    none of these, the drill's second piece of advice, if it has one.
 */
import { COUNTS_ZERO, sentNoReply } from '../drill/grade-drill.js';
import type { Drill } from '../drill/schema.js';
import type { SessionResult } from '../session-types.js';
import type { Skill } from '../types.js';
import { SKILL_LABELS } from '../types.js';
import type { RescoredSubmission } from './rescore.js';

/** The tip a timed-out turn carries; timeouts are their own habit, not a missed chance. */
const TIMEOUT_RULE = 'drill.reply-time-limit';
/** The longest quote of a trainee's words in a line of advice. */
const QUOTE_CHARS = 60;

/** The rule behind a skill's advice. */
export interface RuleCost {
  rule: string;
  /**
   * `penalty`: the summed (negative) points of the rule's evidence on the skill;
   * `missed`: a tip for something the replies left out (no points were taken).
   */
  kind: 'penalty' | 'missed';
  points: number;
  /** How many replies it applied to. */
  replies: number;
  /** A penalty: the trainee's first words it matched. A missed chance: the tip's advice. */
  detail: string;
}

/** One thing to practise. */
export type PractiseItem =
  | { kind: 'skill'; skill: Skill; score: number; mark?: number; below: boolean; scenario: string; noReply?: true; rule?: RuleCost }
  | { kind: 'not-played'; scenarios: string[] }
  | { kind: 'timed-out'; turns: number; limit: number; scenarios: string[] }
  | { kind: 'goal'; scenario: string; goal: string; description?: string; missed: number; total: number };

/** How long a trainee kept customers waiting, over the whole drill. */
export interface Waiting {
  /** Turns with no reply within the drill's time limit (each scored 0). */
  timedOut: number;
  /** Times a customer's patience ran out during a silence (a scenario's `after:` timer fired). */
  impatient: number;
}

/**
 * Count timed-out turns and silences in which a patience timer fired: the
 * customer spoke up while waiting, or the silence ended the conversation.
 * A silence that set off two timers in a row counts once.
 */
export function waitingOf(entry: Pick<RescoredSubmission, 'results' | 'timedOut'>, scenarios: readonly string[]): Waiting {
  let timedOut = 0;
  let impatient = 0;
  for (const id of scenarios) {
    timedOut += entry.timedOut[id]?.length ?? 0;
    const result = entry.results[id];
    if (!result) continue;
    impatient += result.turns.filter((turn) => (turn.silence?.customer.length ?? 0) > 0).length;
    const last = result.finalSilence;
    if (last && (last.customer.length > 0 || result.ending !== 'unfinished')) impatient += 1;
  }
  return { timedOut, impatient };
}

/**
 * Up to two things for one trainee to practise next (see the file comment).
 * @example practiseFor(entry, drill)[0] → { kind: 'skill', skill: 'empathy', score: 18.3, mark: 40, below: true, scenario: 'irate-double-charge', rule: { rule: 'empathy.blame', … } }
 */
export function practiseFor(entry: Pick<RescoredSubmission, 'results' | 'timedOut' | 'verdict'>, drill: Pick<Drill, 'scenarios' | 'replyTimeLimit'>): PractiseItem[] {
  const items: PractiseItem[] = [];
  const [first, second] = entry.verdict.practise;
  const skillItem = (advice: NonNullable<typeof first>): PractiseItem => {
    const mark = entry.verdict.skills.find((s) => s.skill === advice.skill)?.mark;
    const rule = ruleCost(entry.results, drill.scenarios, advice.skill);
    return {
      kind: 'skill',
      skill: advice.skill,
      score: advice.score,
      ...(mark === undefined ? {} : { mark }),
      below: mark !== undefined && advice.score < mark,
      scenario: advice.scenario,
      // Its 0 is no reply at all, not the skill's low point: said as the trainee's own advice says it.
      ...(sentNoReply(entry.results[advice.scenario]) ? { noReply: true as const } : {}),
      ...(rule ? { rule } : {}),
    };
  };
  if (first) items.push(skillItem(first));

  const habit = habitOf(entry, drill);
  if (habit) items.push(habit);
  else if (second) items.push(skillItem(second));
  return items;
}

function habitOf(entry: Pick<RescoredSubmission, 'results' | 'timedOut'>, drill: Pick<Drill, 'scenarios' | 'replyTimeLimit'>): PractiseItem | undefined {
  // A scenario handed in with no replies at all counts as not played, as the grade does.
  const notPlayed = drill.scenarios.filter((id) => (entry.results[id]?.turns.length ?? 0) === 0);
  if (notPlayed.length > 0) return { kind: 'not-played', scenarios: notPlayed };

  const timedOut = drill.scenarios.filter((id) => (entry.timedOut[id]?.length ?? 0) > 0);
  if (timedOut.length > 0 && drill.replyTimeLimit !== undefined) {
    const turns = timedOut.reduce((sum, id) => sum + entry.timedOut[id]!.length, 0);
    return { kind: 'timed-out', turns, limit: drill.replyTimeLimit, scenarios: timedOut };
  }

  const played = drill.scenarios.flatMap((id, order) => {
    const result = entry.results[id];
    return result ? [{ id, order, result }] : [];
  });
  const goals = played.flatMap((p) => p.result.goals);
  const missed = goals.filter((g) => !g.met).length;
  // The lowest-scoring scenario with a goal missed (ties: drill order), and its first missed goal.
  const worst = [...played].sort((a, b) => a.result.score - b.result.score || a.order - b.order).find((p) => p.result.goals.some((g) => !g.met));
  const goal = worst?.result.goals.find((g) => !g.met);
  if (!worst || !goal) return undefined;
  return { kind: 'goal', scenario: worst.id, goal: goal.id, ...(goal.description ? { description: goal.description } : {}), missed, total: goals.length };
}

/** The rule that cost most on `skill` over the drill, else the tip for it given most often. */
function ruleCost(results: Readonly<Record<string, SessionResult | undefined>>, scenarios: readonly string[], skill: Skill): RuleCost | undefined {
  const penalties = new Map<string, { points: number; replies: number; detail: string }>();
  const missed = new Map<string, { replies: number; detail: string }>();
  for (const id of scenarios) {
    for (const turn of results[id]?.turns ?? []) {
      const seen = new Set<string>();
      for (const e of turn.analysis.evidence) {
        if (e.skill !== skill || e.points >= 0) continue;
        const held = penalties.get(e.rule) ?? { points: 0, replies: 0, detail: quote(e.text) };
        held.points += e.points;
        if (!seen.has(e.rule)) held.replies += 1;
        seen.add(e.rule);
        penalties.set(e.rule, held);
      }
      for (const tip of turn.analysis.tips) {
        if (tip.skill !== skill || tip.rule === TIMEOUT_RULE || seen.has(tip.rule)) continue;
        seen.add(tip.rule);
        const held = missed.get(tip.rule) ?? { replies: 0, detail: tip.message };
        held.replies += 1;
        missed.set(tip.rule, held);
      }
    }
  }
  const byRule = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const penalty = [...penalties].sort((a, b) => a[1].points - b[1].points || b[1].replies - a[1].replies || byRule(a, b))[0];
  if (penalty) return { rule: penalty[0], kind: 'penalty', ...penalty[1] };
  // A tip whose rule also took points is a penalty, counted above; what is left was never said.
  const chance = [...missed].filter(([rule]) => !penalties.has(rule)).sort((a, b) => b[1].replies - a[1].replies || byRule(a, b))[0];
  return chance ? { rule: chance[0], kind: 'missed', points: 0, ...chance[1] } : undefined;
}

function quote(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > QUOTE_CHARS ? `${one.slice(0, QUOTE_CHARS - 1)}…` : one;
}

const replies = (n: number) => `${n} ${n === 1 ? 'reply' : 'replies'}`;
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * One piece of advice as plain text (each format escapes it).
 * @example practiseText({ kind: 'timed-out', turns: 2, limit: 120, scenarios: ['presales-budget-fit'] }) → "Reply within 120 s: 2 turns timed out (presales-budget-fit)"
 */
export function practiseText(item: PractiseItem): string {
  switch (item.kind) {
    case 'skill': {
      const standing = item.below ? `below the mark of ${item.mark}` : 'weakest skill';
      const head = `${SKILL_LABELS[item.skill]} ${item.score} (${standing}), ${item.noReply ? `no reply sent in ${item.scenario}, ${COUNTS_ZERO}` : `lowest in ${item.scenario}`}`;
      const rule = item.rule;
      if (!rule) return head;
      return rule.kind === 'penalty'
        ? `${head}; cost most by ${rule.rule}: ${oneDecimal(-rule.points)} points over ${replies(rule.replies)}, e.g. “${rule.detail}”`
        : `${head}; most often missed (${replies(rule.replies)}): ${rule.rule} — ${rule.detail.replace(/\.$/, '')}`;
    }
    case 'not-played':
      return `Play every scenario: ${item.scenarios.join(', ')} not played (counts 0)`;
    case 'timed-out':
      return `Reply within ${item.limit} s: ${item.turns} ${item.turns === 1 ? 'turn' : 'turns'} timed out (${item.scenarios.join(', ')})`;
    case 'goal':
      return `Goal missed in ${item.scenario}: ${item.description ?? item.goal} (${item.missed} of ${item.total} goals missed)`;
  }
}

/**
 * How long a trainee kept customers waiting, for a table cell; empty when never.
 * @example waitingText({ timedOut: 1, impatient: 2 }) → "1 timed out, 2× impatient"
 */
export function waitingText(waiting: Waiting): string {
  return [waiting.timedOut > 0 ? `${waiting.timedOut} timed out` : '', waiting.impatient > 0 ? `${waiting.impatient}× impatient` : ''].filter(Boolean).join(', ');
}

/** A trainee's advice as one line, its pieces joined by " · ". */
export function practiseLine(items: readonly PractiseItem[]): string {
  return items.map(practiseText).join(' · ');
}
