import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getAdjacencyMap } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { compileScenario, OUT_OF_TURNS_STATE, patienceDelay } from '../../src/core/compile.js';
import type { ConversationEvent } from '../../src/core/compile.js';
import { formatProblem } from '../../src/core/problem.js';
import { loadScenarioText } from '../../src/core/scenario/load.js';
import { sampleAnalysis } from '../../src/core/scenario/satisfy.js';
import type { Scenario } from '../../src/core/scenario/schema.js';
import { CATEGORIES } from '../../src/core/scenario/schema.js';

const dir = 'scenarios';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'));
const loaded = files.map((file) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  return { file, text, result: loadScenarioText(text, path) };
});
const scenarios = loaded.map((l) => l.result.scenario).filter((s): s is Scenario => s !== undefined);

describe('built-in scenarios', () => {
  it('there are at least three, one per built-in category', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(new Set(scenarios.map((s) => s.category))).toEqual(new Set(CATEGORIES));
  });

  it.each(loaded)('$file validates with no problems at all', ({ result }) => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.scenario).toBeDefined();
  });

  it.each(loaded)('$file starts with the JSON Schema modeline and its id matches the file name', ({ file, text, result }) => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/scenario.schema.json');
    expect(`${result.scenario?.id}.yaml`).toBe(file);
  });

  it.each(scenarios)('$id: ≥ 8 states, ≥ 3 distinct endings, mood-dependent lines, timers', (scenario) => {
    const states = Object.values(scenario.states);
    expect(states.length).toBeGreaterThanOrEqual(8);
    expect(new Set(states.filter((s) => s.end !== undefined).map((s) => s.end)).size).toBeGreaterThanOrEqual(3);
    const moodLines = states.flatMap((s) => (Array.isArray(s.say) ? s.say : [])).filter((l) => typeof l === 'object' && l.mood !== undefined);
    expect(moodLines.length).toBeGreaterThanOrEqual(4);
    expect(states.filter((s) => s.after !== undefined).length).toBeGreaterThanOrEqual(2);
  });
});

/** One reply event per branch of the scenario, built to satisfy that branch's reply condition. */
function sampleEvents(scenario: Scenario): ConversationEvent[] {
  const events: ConversationEvent[] = [{ type: 'trainee.reply', reply: '', analysis: sampleAnalysis(undefined) }];
  for (const state of Object.values(scenario.states)) {
    for (const branch of state.on ?? []) events.push({ type: 'trainee.reply', reply: '', analysis: sampleAnalysis(branch.when) });
  }
  return events;
}

describe.each(scenarios)('graph of $id (@xstate/graph, state value and turn)', (scenario) => {
  const { machine } = compileScenario(scenario);
  const replies = sampleEvents(scenario);
  // Timers are delayed events; the traversal sends them like any other event.
  const timerEvent = (state: string) => ({ type: `xstate.after.${patienceDelay(state)}.${scenario.id}.${state}` }) as unknown as ConversationEvent;
  const adjacency = getAdjacencyMap(machine, {
    input: { seed: 1 },
    // The turn count is part of the key so branches guarded on `turn` (a deadline passing) are explored too.
    serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context.turn]),
    events: (snapshot) => {
      const state = String(snapshot.value);
      return scenario.states[state]?.after ? [...replies, timerEvent(state)] : replies;
    },
    limit: 100_000,
  });
  const edges = new Map<string, Set<string>>();
  for (const [key, node] of Object.entries(adjacency)) {
    const transitions = Object.values(node.transitions) as { state: { value: unknown } }[];
    const [value] = JSON.parse(key) as [string, number];
    const targets = edges.get(value) ?? new Set<string>();
    for (const t of transitions) targets.add(String(t.state.value));
    edges.set(value, targets);
  }
  const reached = new Set(edges.keys());
  const endings = Object.keys(scenario.states).filter((s) => scenario.states[s]?.end !== undefined);

  it('every state is reachable from the start', () => {
    expect([...reached].filter((s) => s !== OUT_OF_TURNS_STATE).sort()).toEqual(Object.keys(scenario.states).sort());
  });

  it('every non-final state can reach an ending', () => {
    const canEnd = new Set(endings);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [from, targets] of edges) {
        if (!canEnd.has(from) && [...targets].some((t) => canEnd.has(t))) {
          canEnd.add(from);
          grew = true;
        }
      }
    }
    expect(Object.keys(scenario.states).filter((s) => !canEnd.has(s))).toEqual([]);
  });

  it('every ending is reached by some reply or timer', () => {
    expect(endings.filter((e) => !reached.has(e))).toEqual([]);
  });
});
