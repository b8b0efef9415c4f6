/**
 * TEMPORARY SHIM — DELETE WHEN engine/analysis LAND ON main.
 *
 * Stand-ins with the agreed signatures of `src/core/analyze.ts`,
 * `src/core/scenario/load.ts`, `src/core/problem.ts` and `src/core/session.ts`,
 * so the shell can be built and tested before those branches merge. Nothing
 * here is meant to be good; every import of this file is replaced by the real
 * modules once they exist.
 */
import { parseDocument, LineCounter } from 'yaml';
import { ScenarioSchema, type Scenario } from '../core/scenario/schema.js';
import type { Analysis, AnalysisContext, SkillScores } from '../core/types.js';
import { tokenize } from '../core/nlp.js';

export interface Problem {
  path: string;
  line: number;
  col: number;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.path}:${problem.line}:${problem.col}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}${problem.hint ? ` (${problem.hint})` : ''}`;
}

export function loadScenarioText(text: string, path: string): { scenario?: Scenario; version: string; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const version = String(text.length);
  if (doc.errors.length > 0) {
    return {
      version,
      problems: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { path, line: pos.line, col: pos.col, severity: 'error' as const, message: e.message.split('\n')[0]! };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { version, problems: [{ path, line: 1, col: 1, severity: 'error', message: String((error as Error).message) }] };
  }
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) {
    return {
      version,
      problems: parsed.error.issues.map((issue) => {
        const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
        const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
        return { path, line: pos.line, col: pos.col, severity: 'error' as const, message: `${issue.path.join('.')}: ${issue.message}` };
      }),
    };
  }
  const scenario = parsed.data;
  const problems: Problem[] = [];
  for (const [name, state] of Object.entries(scenario.states)) {
    for (const t of state.on ?? []) {
      if (!(t.goto in scenario.states)) problems.push({ path, line: 1, col: 1, severity: 'error', message: `states.${name}: unknown state "${t.goto}"` });
    }
  }
  return problems.length ? { version, problems } : { scenario, version, problems };
}

export function analyze(reply: string, _context?: AnalysisContext): Analysis {
  const tokens = tokenize(reply);
  const has = (w: string) => tokens.some((t) => t.lower === w);
  const empathy = has('sorry') || has('understand') ? 80 : 30;
  const positivity = has('not') || has('no') ? 20 : 70;
  const followThrough = has('will') || has("i'll") ? 75 : 25;
  const intents: Analysis['intents'] = [];
  if (has('sorry')) intents.push('apology');
  if (reply.includes('?')) intents.push('question');
  if (has('will') || has("i'll")) intents.push('commitment');
  return { scores: { empathy, positivity, followThrough }, intents, evidence: [], tips: [], commitments: [], stems: [...new Set(tokens.map((t) => t.stem))] };
}

export interface Turn {
  index: number;
  reply: string;
  analysis: Analysis;
  customer: string[];
  stateBefore: string;
  state: string;
  mood: number;
  moodDelta: number;
  goalsMet: string[];
}

export interface SessionResult {
  scenarioId: string;
  seed: number;
  ending: string;
  endingSummary?: string;
  opening: string[];
  turns: Turn[];
  score: number;
  scores: SkillScores;
  goals: { id: string; description?: string; met: boolean; turn?: number }[];
  mood: number;
}

function say(s: unknown): string[] {
  if (s === undefined) return [];
  if (typeof s === 'string') return [s];
  const first = (s as unknown[])[0];
  return first === undefined ? [] : [typeof first === 'string' ? first : (first as { text: string }).text];
}

export function playScript(
  scenario: Scenario,
  lines: readonly string[],
  options: { seed: number; analyze: (reply: string, context?: AnalysisContext) => Analysis },
): SessionResult {
  let state = scenario.start;
  let mood = scenario.persona.mood;
  const opening = say(scenario.states[state]?.say);
  const turns: Turn[] = [];
  let ending = 'unfinished';
  for (const [i, reply] of lines.entries()) {
    const current = scenario.states[state]!;
    const analysis = options.analyze(reply);
    const t = (current.on ?? []).find((tr) => tr.otherwise || (tr.when?.intent && analysis.intents.includes(tr.when.intent as never))) ?? current.on?.[0];
    const before = state;
    const delta = Number(t?.mood ?? 0);
    mood = Math.max(0, Math.min(100, mood + delta));
    state = t?.goto ?? state;
    turns.push({ index: i + 1, reply, analysis, customer: [...say(t?.say), ...say(scenario.states[state]?.say)], stateBefore: before, state, mood, moodDelta: delta, goalsMet: [] });
    const end = scenario.states[state]?.end;
    if (end) {
      ending = end;
      break;
    }
  }
  const avg = (k: keyof SkillScores) => (turns.length ? Math.round(turns.reduce((s, t) => s + t.analysis.scores[k], 0) / turns.length) : 0);
  const scores = { empathy: avg('empathy'), positivity: avg('positivity'), followThrough: avg('followThrough') };
  return { scenarioId: scenario.id, seed: options.seed, ending, opening, turns, score: Math.round((scores.empathy + scores.positivity + scores.followThrough) / 3), scores, goals: [], mood };
}
