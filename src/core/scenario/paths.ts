/**
 * `rapport paths`: the shortest way to each ending of a scenario, as the
 * states visited and the kind of reply each step needs, so a trainer sees
 * coverage at a glance.
 *
 * The search walks conversation states (dialogue state, mood, flags, turn)
 * and only takes a branch when a reply built to meet it really is the first
 * match there (with the real condition evaluator), so a path it prints can be
 * played. Replies are stand-ins built from the conditions (`sampleAnalysis`),
 * not text: the step descriptions say what a real reply must do.
 */
import { factsFor, moodDelta, pickBranch } from '../compile.js';
import type { ConversationContext } from '../compile.js';
import type { Analysis, Intent, Skill } from '../types.js';
import { SKILLS } from '../types.js';
import { sampleAnalysis } from './satisfy.js';
import type { Condition, Scenario, Transition } from './schema.js';

/** One step along a path. */
export interface PathStep {
  from: string;
  to: string;
  /** A reply branch (its index in `on`) or the impatience timer. */
  via: number | 'after';
  /** What kind of reply (or silence) this step needs. */
  needs: string;
  /** The branch's `note`, when it has one. */
  note?: string;
  /** Mood after the step. */
  mood: number;
}

/** The shortest path to one ending state, or why none was found. */
export interface PathToEnding {
  ending: string;
  kind: string;
  steps: PathStep[] | null;
  /** Set when no path was found. */
  reason?: string;
}

const INTENT_WORDS: Record<Intent, string> = {
  greeting: 'a greeting',
  apology: 'an apology',
  'empathy-statement': 'an empathy statement',
  reflection: "reflecting the customer's words",
  question: 'a question',
  commitment: 'a commitment',
  ownership: 'taking ownership',
  solution: 'a solution',
  gratitude: 'thanks',
  'polite-request': 'a polite request',
  recap: 'a recap',
  closing: 'a closing check',
  'honest-disclosure': 'honest disclosure',
  'competitor-mention': 'mentioning a competitor',
  escalation: 'handing over to a manager',
  blame: 'blame',
  refusal: 'a refusal',
  declined: 'saying no with a way forward',
  dismissal: 'dismissing the customer',
  'policy-hiding': 'hiding behind policy',
  'vague-promise': 'a vague promise',
  'pass-the-buck': 'passing the buck',
  sarcasm: 'sarcasm',
  shouting: 'shouting',
  profanity: 'profanity',
  pressure: 'pressure',
  'bend-the-rules': 'bending the rules',
  misleading: 'a misleading claim',
};

const SKILL_WORDS: Record<Skill, string> = { empathy: 'empathy', positivity: 'positivity', followThrough: 'follow-through' };

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** "a, b or c" */
function either(items: readonly string[], last = 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

function comparisonText(comparison: number | string): string {
  const text = typeof comparison === 'number' ? `>=${comparison}` : comparison.replace(/\s+/g, '');
  return text.replace(/^>=/, '≥ ').replace(/^<=/, '≤ ').replace(/^==/, '= ').replace(/^!=/, '≠ ').replace(/^>(?=\d|-)/, '> ').replace(/^<(?=\d|-)/, '< ').replace(/^(-?\d)/, '≥ $1');
}

/**
 * Describe in words what kind of reply meets a condition.
 * @example describeCondition({ intent: ['apology', 'empathy-statement'], empathy: '>=60' }) → 'an apology or an empathy statement, empathy ≥ 60'
 */
export function describeCondition(condition: Condition | undefined): string {
  if (condition === undefined || Object.keys(condition).length === 0) return 'any reply';
  const parts: string[] = [];
  if (condition.intent !== undefined) parts.push(either(asList(condition.intent).map((i) => INTENT_WORDS[i])));
  if (condition.specific === true) parts.push(condition.intent === undefined ? 'a specific commitment (who does what, by when)' : 'with a specific commitment (who does what, by when)');
  if (condition.specific === false) parts.push('no specific commitment');
  for (const skill of SKILLS) {
    const comparison = condition[skill];
    if (comparison !== undefined) parts.push(`${SKILL_WORDS[skill]} ${comparisonText(comparison)}`);
  }
  if (condition.keywords !== undefined) {
    const words = condition.keywords.slice(0, 4).map((k) => `"${k}"`);
    parts.push(`mentioning ${either(condition.keywords.length > 4 ? [...words, '…'] : words)}`);
  }
  if (condition.notIntent !== undefined) parts.push(`without ${either(asList(condition.notIntent).map((i) => INTENT_WORDS[i]))}`);
  if (condition.mood !== undefined) parts.push(`while mood is ${comparisonText(condition.mood)}`);
  if (condition.turn !== undefined) parts.push(`when the reply number is ${comparisonText(condition.turn)}`);
  if (condition.flag !== undefined) parts.push(`once ${either(asList(condition.flag).map((f) => `"${f}"`), 'and')} ${asList(condition.flag).length > 1 ? 'are' : 'is'} set`);
  if (condition.notFlag !== undefined) parts.push(`unless ${either(asList(condition.notFlag).map((f) => `"${f}"`))} is set`);
  if (condition.openPromise === true) parts.push('while an earlier promise is still open');
  if (condition.openPromise === false) parts.push('with no earlier promise open');
  if (condition.any !== undefined) parts.push(condition.any.length === 1 ? describeCondition(condition.any[0]) : `either ${either(condition.any.map((c) => `(${describeCondition(c)})`))}`);
  for (const part of condition.all ?? []) parts.push(describeCondition(part));
  if (condition.not !== undefined) parts.push(`not (${describeCondition(condition.not)})`);
  return parts.join(', ');
}

/** What a branch needs, in words. */
export function describeBranch(branch: Transition): string {
  return branch.otherwise ? 'any other reply' : describeCondition(branch.when);
}

/** Reply stand-ins that might select `branch`: one built from its condition and score variations. */
function candidates(branch: Transition): Analysis[] {
  const base = sampleAnalysis(branch.otherwise ? undefined : branch.when);
  const variants: Analysis[] = [base];
  for (const score of [20, 80, 0, 100]) {
    variants.push({ ...base, scores: Object.fromEntries(SKILLS.map((s) => [s, branch.when?.[s] !== undefined ? base.scores[s] : score])) as Analysis['scores'] });
  }
  return variants;
}

interface Node {
  state: string;
  mood: number;
  turn: number;
  flags: Record<string, boolean>;
  openPromise: boolean;
  steps: PathStep[];
}

const clampMood = (mood: number) => Math.max(0, Math.min(100, Math.round(mood)));

/** Search limit: distinct conversation states explored. */
const MAX_NODES = 50_000;

/**
 * The shortest path (fewest replies and silences) to every ending state,
 * in the order the endings appear in the file.
 * @example shortestPaths(scenario).map((p) => `${p.ending}: ${p.steps?.length ?? 'none'}`)
 */
export function shortestPaths(scenario: Scenario): PathToEnding[] {
  const endings = Object.entries(scenario.states).filter(([, s]) => s.end !== undefined);
  const found = new Map<string, PathStep[]>();
  const seen = new Set<string>();
  const key = (n: Node) => `${n.state}|${n.mood}|${n.turn}|${n.openPromise}|${JSON.stringify(Object.entries(n.flags).filter(([, v]) => v).map(([f]) => f).sort())}`;
  const queue: Node[] = [{ state: scenario.start, mood: clampMood(scenario.persona.mood), turn: 0, flags: {}, openPromise: false, steps: [] }];
  seen.add(key(queue[0]!));
  let explored = 0;
  while (queue.length > 0 && found.size < endings.length && explored < MAX_NODES) {
    const node = queue.shift()!;
    explored++;
    const state = scenario.states[node.state];
    if (!state) continue;
    if (state.end !== undefined) {
      if (!found.has(node.state)) found.set(node.state, node.steps);
      continue;
    }
    const next: Node[] = [];
    (state.on ?? []).forEach((branch, index) => {
      // The last allowed reply ends the conversation unless it reaches an ending itself: in the state
      // named by outOfTurns when there is one (else the built-in "lost", which is no state of the file).
      const lastReply = node.turn + 1 >= scenario.maxTurns && scenario.states[branch.goto]?.end === undefined;
      if (lastReply && scenario.outOfTurns === undefined) return;
      const to = lastReply ? scenario.outOfTurns! : branch.goto;
      for (const openPromise of [node.openPromise, !node.openPromise]) {
        const context = { mood: node.mood, turn: node.turn, flags: node.flags, promises: [] } as unknown as ConversationContext;
        const hit = candidates(branch).find((analysis) => pickBranch(state, { ...factsFor(context, analysis), openPromise }) === index);
        if (!hit) continue;
        const mood = clampMood(node.mood + moodDelta(branch.mood));
        const needs = lastReply ? `any reply that does not end it, as reply ${scenario.maxTurns} of ${scenario.maxTurns} (maxTurns): the customer runs out of patience` : describeBranch(branch);
        const step: PathStep = { from: node.state, to, via: index, needs, ...(branch.note && !lastReply ? { note: branch.note } : {}), mood };
        // A specific commitment leaves a promise open for later turns.
        const promised = hit.commitments.some((c) => c.specific) || (hit.intents.includes('commitment') && openPromise);
        next.push({ state: to, mood, turn: node.turn + 1, flags: { ...node.flags, ...branch.set }, openPromise: promised, steps: [...node.steps, step] });
        break;
      }
    });
    if (state.after?.goto) {
      const mood = clampMood(node.mood + moodDelta(state.after.mood));
      const step: PathStep = { from: node.state, to: state.after.goto, via: 'after', needs: `silence for ${state.after.seconds} s`, mood };
      next.push({ ...node, state: state.after.goto, mood, flags: { ...node.flags, ...state.after.set }, steps: [...node.steps, step] });
    }
    for (const n of next) {
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      queue.push(n);
    }
  }
  return endings.map(([name, s]) => {
    const steps = found.get(name);
    return steps
      ? { ending: name, kind: String(s.end), steps }
      : {
          ending: name,
          kind: String(s.end),
          steps: null,
          reason: explored >= MAX_NODES ? `the search stopped after ${MAX_NODES} conversation states` : 'no sequence of replies reaches it (see `rapport validate` for why)',
        };
  });
}

/**
 * A path as text lines for the terminal.
 * @example formatPath(p) → ['resolved (resolved): 3 steps', '  opening → listening   an apology …']
 */
export function formatPath(path: PathToEnding): string[] {
  const title = path.ending === path.kind ? path.ending : `${path.ending} (${path.kind})`;
  if (!path.steps) return [`${title}: not reachable — ${path.reason ?? 'no path found'}`];
  const replies = path.steps.filter((s) => s.via !== 'after').length;
  const silences = path.steps.length - replies;
  const count = `${replies} repl${replies === 1 ? 'y' : 'ies'}${silences ? ` and ${silences} silence${silences === 1 ? '' : 's'}` : ''}`;
  const width = Math.max(...path.steps.map((s) => `${s.from} → ${s.to}`.length), 0);
  return [
    `${title}: ${count}`,
    ...path.steps.map((s) => {
      const hop = `${s.from} → ${s.to}`.padEnd(width);
      return `  ${hop}  ${s.needs}${s.note && s.note !== s.needs ? ` — ${s.note}` : ''}`;
    }),
  ];
}
