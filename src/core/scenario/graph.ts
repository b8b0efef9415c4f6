/**
 * The dialogue graph of a scenario: which state leads where. Used by the
 * loader's checks and, later, by trainer tools (paths, coverage).
 */

/** One edge: from a state to another, by a reply branch or a timer. */
export interface Edge {
  from: string;
  to: string;
  /** `on` index for a reply branch, or 'after' for the impatience timer. */
  via: number | 'after';
}

/** A state as far as the graph cares; tolerant of unvalidated data. */
interface GraphState {
  on?: unknown;
  after?: unknown;
  end?: unknown;
}

/** The graph view of a scenario's `states` (validated or not). */
export interface ScenarioGraph {
  states: string[];
  endings: Set<string>;
  edges: Edge[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Build the graph from a `states` mapping; unknown targets are kept as edges (checks report them). */
export function buildGraph(states: unknown): ScenarioGraph {
  const graph: ScenarioGraph = { states: [], endings: new Set(), edges: [] };
  if (!isRecord(states)) return graph;
  for (const [name, raw] of Object.entries(states)) {
    graph.states.push(name);
    if (!isRecord(raw)) continue;
    const state = raw as GraphState;
    if (state.end !== undefined) graph.endings.add(name);
    if (Array.isArray(state.on)) {
      state.on.forEach((branch: unknown, index) => {
        if (isRecord(branch) && typeof branch.goto === 'string') graph.edges.push({ from: name, to: branch.goto, via: index });
      });
    }
    if (isRecord(state.after) && typeof state.after.goto === 'string') {
      graph.edges.push({ from: name, to: state.after.goto, via: 'after' });
    }
  }
  return graph;
}

/** States reachable from `start` (including it). */
export function reachableFrom(graph: ScenarioGraph, start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const state = queue.shift() as string;
    if (seen.has(state) || !graph.states.includes(state)) continue;
    seen.add(state);
    for (const edge of graph.edges) if (edge.from === state) queue.push(edge.to);
  }
  return seen;
}

/** States from which some ending can be reached (endings included). */
export function statesReachingAnEnding(graph: ScenarioGraph): Set<string> {
  const good = new Set(graph.endings);
  let grew = true;
  while (grew) {
    grew = false;
    for (const edge of graph.edges) {
      if (good.has(edge.to) && !good.has(edge.from)) {
        good.add(edge.from);
        grew = true;
      }
    }
  }
  return good;
}
