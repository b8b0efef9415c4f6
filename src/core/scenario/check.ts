/**
 * Checks the schema cannot express: references between states, duplicate
 * goal ids, branch shape and the reachability of the dialogue graph. They
 * run on the raw parsed data so they report even when the schema fails.
 */
import { closest, didYouMean } from '../did-you-mean.js';
import { buildGraph, reachableFrom, statesReachingAnEnding } from './graph.js';
import { STATE_NAME } from './name-rules.js';
import { allowedKeysAt } from './schema.js';

const BRANCH_KEYS = allowedKeysAt(['states', 'state', 'on', 0]);

/** A problem located by a path into the document (the loader turns it into line:col). */
export interface GraphProblem {
  path: (string | number)[];
  /** Point at the key of the pair at `path` rather than its value. */
  key?: boolean;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Run the cross-reference and graph checks on parsed (not necessarily valid) scenario data. */
export function checkScenarioGraph(data: unknown): GraphProblem[] {
  const problems: GraphProblem[] = [];
  if (!isRecord(data)) return problems;
  const error = (path: (string | number)[], message: string, hint?: string, key = false) =>
    problems.push({ path, severity: 'error', message, ...(hint ? { hint } : {}), ...(key ? { key } : {}) });
  const warning = (path: (string | number)[], message: string, hint?: string, key = false) =>
    problems.push({ path, severity: 'warning', message, ...(hint ? { hint } : {}), ...(key ? { key } : {}) });

  const id = typeof data.id === 'string' ? data.id : 'this scenario';
  const states = isRecord(data.states) ? data.states : undefined;
  const names = states ? Object.keys(states) : [];
  // "goto: lost" when the ending state is called "hung-up": the kind of an ending is not a state's name.
  const endingStates = (kind: string) => names.filter((name) => isRecord(states![name]) && (states![name] as Record<string, unknown>).end === kind);
  // A target the schema refuses (a name with a space, a number) is its error; the graph cannot be judged past it either.
  let badTarget = false;
  const unknownState = (path: (string | number)[], target: string) => {
    if (!STATE_NAME.test(target)) {
      badTarget = true;
      return;
    }
    const byKind = endingStates(target);
    error(
      path,
      `no state "${target}" in scenario "${id}"`,
      didYouMean(target, names) ??
        (byKind.length > 0
          ? `"${target}" is the kind of ending of ${byKind.map((n) => `"${n}"`).join(', ')}: go to ${byKind.length === 1 ? 'that state' : 'one of those states'} by its name`
          : `states are: ${names.join(', ')}`),
    );
  };

  if (typeof data.start === 'string' && states && !(data.start in states)) unknownState(['start'], data.start);
  if (typeof data.start === 'string' && states && isRecord(states[data.start]) && (states[data.start] as Record<string, unknown>).end !== undefined) {
    error(['start'], `the start state "${data.start}" is an ending, so the conversation would be over before the first reply`, 'start from a state the customer speaks in and the trainee answers');
  }

  if (typeof data.outOfTurns === 'string' && states) {
    const target = states[data.outOfTurns];
    if (target === undefined) unknownState(['outOfTurns'], data.outOfTurns);
    else if (!isRecord(target) || target.end === undefined) {
      error(['outOfTurns'], `"outOfTurns" must name an ending, but state "${data.outOfTurns}" has no "end"`, `add "end: lost" (or another ending) to "${data.outOfTurns}"`);
    }
  }

  if (Array.isArray(data.goals)) {
    const seen = new Map<string, number>();
    data.goals.forEach((goal: unknown, index) => {
      if (!isRecord(goal) || typeof goal.id !== 'string') return;
      const first = seen.get(goal.id);
      if (first !== undefined) error(['goals', index, 'id'], `duplicate goal id "${goal.id}"`, `goal ${first + 1} already uses it; give each goal its own id`);
      else seen.set(goal.id, index);
    });
  }

  if (!states) return problems;
  for (const [name, state] of Object.entries(states)) {
    if (!isRecord(state)) continue;
    const at = ['states', name];
    const isEnding = state.end !== undefined;
    const branches = Array.isArray(state.on) ? state.on : [];
    // `end: "true"` (quoted after `end: true` was refused) makes an ending of the kind "true": never what was meant.
    if (typeof state.end === 'string' && /^(?:true|false|yes|no)$/u.test(state.end)) {
      const ends = state.end === 'true' || state.end === 'yes';
      error(
        [...at, 'end'],
        `state "${name}" is an ending of the kind "${state.end}" (end: "${state.end}"): "end" names the kind of ending, not whether this is one`,
        ends
          ? 'write end: resolved, escalated or lost, or a word of your own such as gave-up; tests and the debrief tell endings apart by it'
          : `to keep the conversation going from "${name}", remove "end"; to end it here, write end: resolved, escalated or lost`,
      );
    }
    if (isEnding && state.on !== undefined) {
      error([...at, 'on'], `state "${name}" is an ending ("end: ${String(state.end)}") but also has "on" branches`, 'remove "on", or remove "end" to keep the conversation going', true);
    }
    if (isEnding && state.after !== undefined) {
      error([...at, 'after'], `state "${name}" is an ending but has an "after" timer`, 'remove "after": the conversation is over here', true);
    }
    const after = isRecord(state.after) ? state.after : undefined;
    if (!isEnding && branches.length === 0 && typeof after?.goto !== 'string') {
      error(at, `state "${name}" is not an ending and has no way out`, 'add "on" branches (ending with "otherwise: true"), an "after" timer with "goto", or "end: resolved"', true);
    }
    let otherwiseAt: number | undefined;
    branches.forEach((branch: unknown, index) => {
      if (!isRecord(branch)) return;
      const path = [...at, 'on', index];
      const hasWhen = branch.when !== undefined;
      const hasOtherwise = branch.otherwise !== undefined;
      if (hasWhen && hasOtherwise) error([...path, 'otherwise'], 'a branch has both "when" and "otherwise"', 'keep "when" for a condition or "otherwise: true" for the fallback, not both', true);
      // A misspelt "otherwize" or "whn" is reported as an unknown key with its did-you-mean: once is enough.
      const misspelt = Object.keys(branch).some((key) => !BRANCH_KEYS.includes(key) && closest(key, ['when', 'otherwise']) !== undefined);
      if (!hasWhen && !hasOtherwise && !misspelt) error(path, 'a branch needs "when" (a condition) or "otherwise: true" (the fallback)', 'add "when: { intent: apology }" or "otherwise: true"');
      if (otherwiseAt !== undefined) {
        warning(path, `branch ${index + 1} of state "${name}" never fires: branch ${otherwiseAt + 1} ("otherwise") always matches first`, 'move the "otherwise" branch last');
      }
      if (hasOtherwise && !hasWhen && otherwiseAt === undefined) otherwiseAt = index;
      if (typeof branch.goto === 'string' && !(branch.goto in states)) unknownState([...path, 'goto'], branch.goto);
      else if (branch.goto !== undefined && typeof branch.goto !== 'string') badTarget = true;
    });
    if (after && typeof after.goto === 'string' && !(after.goto in states)) unknownState([...at, 'after', 'goto'], after.goto);
  }

  const graph = buildGraph(states);
  if (graph.endings.size === 0) {
    error(['states'], 'the scenario has no ending', 'add at least one state with "end: resolved" (or escalated, lost, …)', true);
    return problems;
  }
  // Reachability after a broken reference would only repeat that error in other words.
  const brokenReference = badTarget || problems.some((p) => p.severity === 'error' && (p.message.startsWith('no state ') || p.message.startsWith('the start state ')));
  if (typeof data.start === 'string' && data.start in states && !brokenReference) {
    const reachable = reachableFrom(graph, data.start);
    const reaching = statesReachingAnEnding(graph);
    for (const name of names) {
      // The out-of-turns ending is reached by running out of replies, not by a branch.
      if (!reachable.has(name) && name !== data.outOfTurns) warning(['states', name], `state "${name}" can never be reached from "${data.start}"`, 'add a branch that goes to it, or remove it', true);
      // A state with no way out already has its own error.
      else if (!reaching.has(name) && graph.edges.some((e) => e.from === name)) warning(['states', name], `no ending can be reached from state "${name}"`, 'add a branch that leads towards an ending', true);
    }
  }
  return problems;
}
