/**
 * Compile a scenario into one XState v5 machine. The machine owns the
 * conversation: which branch a reply takes, mood and flag effects, what the
 * customer says (a seeded choice among the variants that fit the reply that
 * led to the line and the mood), impatience
 * timers, goals met, promises made, and the ending.
 *
 * Guards, actions and delays are named in `setup()`; branches refer to them
 * with params, so a test can `.provide()` other implementations.
 */
import { assign, setup } from 'xstate';
import type { Condition, Saying, Scenario, State, Transition } from './scenario/schema.js';
import { compare, evaluateCondition } from './scenario/condition.js';
import type { ConditionFacts } from './scenario/condition.js';
import { trackPromises } from './analysis/promises.js';
import type { PromiseTurn, TrackedPromise } from './analysis/promises.js';
import { pickIndex, seedRandom } from './random.js';
import type { Analysis } from './types.js';

/** The trainee sent a reply; the session attaches its analysis. */
export interface TraineeReplyEvent {
  type: 'trainee.reply';
  reply: string;
  analysis: Analysis;
}
export type ConversationEvent = TraineeReplyEvent;

/** Why the customer said a line: entering a state, reacting to a reply, or impatience. */
export type LineCause = 'state' | 'reaction' | 'impatience';

/** One customer line, stamped with the turn it belongs to (0 = before the first reply). */
export interface SaidLine {
  turn: number;
  text: string;
  cause: LineCause;
  /** The state the line came from. */
  state: string;
}

/** The machine's context: the whole state of the conversation. */
export interface ConversationContext {
  /** 0 (furious) – 100 (delighted), clamped. */
  mood: number;
  /** Replies received so far. */
  turn: number;
  flags: Record<string, boolean>;
  /** Goal id → the turn it was first met on. */
  goalsMet: Record<string, number>;
  /** Every reply so far with its analysis: what the promises are tracked from. */
  replies: PromiseTurn[];
  /**
   * Every promise made and whether a later reply kept it, as the analysis
   * tracks them (`analysis/promises.ts`, the one notion of an open promise).
   */
  promises: TrackedPromise[];
  /** Everything the customer said, in order. */
  said: SaidLine[];
  /** Seeded generator state (see `random.ts`). */
  rng: number;
  /** Set by a self-loop branch with its own reaction, so re-entry does not repeat the state's line. */
  quietEntry: boolean;
  /**
   * The reply that brought the customer to the line about to be said, as its branch's condition saw it
   * (mood and flags before the reply): what a line's `when` is checked against. Undefined before the
   * first reply and after a silence.
   */
  reply?: ConditionFacts;
}

/** Machine input. */
export interface ConversationInput {
  seed: number;
}

/** What an ending state means for the debrief and the score. */
export interface EndingInfo {
  /** The state name. */
  state: string;
  /** resolved | escalated | lost | scenario-specific. */
  kind: string;
  /** 0–100, how good this ending is. */
  value: number;
  summary?: string;
}

/** Ending values when a scenario does not set `value`. */
export const DEFAULT_ENDING_VALUES: Readonly<Record<string, number>> = { resolved: 100, escalated: 50, lost: 0 };
/** Value for scenario-specific endings without `value`. */
export const DEFAULT_OTHER_ENDING_VALUE = 50;

/** Name of the ending added when `maxTurns` runs out and the scenario names no `outOfTurns` state. */
export const OUT_OF_TURNS_STATE = '$out-of-turns';

const OUT_OF_TURNS_SUMMARY = 'The customer ran out of patience after too many replies without a resolution and left.';
/** What the customer says on leaving when `maxTurns` runs out and the scenario names no `outOfTurns` state. */
export const OUT_OF_TURNS_LINE = "I've spent long enough on this. I'll take it somewhere else. Goodbye.";

/** Parse a mood delta: `+15`, `-20`, `"+10"`. */
export function moodDelta(delta: number | string | undefined): number {
  if (delta === undefined) return 0;
  return typeof delta === 'number' ? delta : Number.parseInt(delta, 10) || 0;
}

const clampMood = (mood: number) => Math.max(0, Math.min(100, Math.round(mood)));

/** The facts a condition sees for a reply arriving in `context`. */
export function factsFor(context: ConversationContext, analysis: Analysis): ConditionFacts {
  return {
    analysis,
    mood: context.mood,
    turn: context.turn + 1,
    flags: context.flags,
    openPromise: context.promises.some((p) => !p.kept),
  };
}

/** Index of the first branch of `state` whose condition holds, or -1. */
export function pickBranch(state: State, facts: ConditionFacts): number {
  const branches = state.on ?? [];
  return branches.findIndex((branch) => branch.otherwise === true || evaluateCondition(branch.when ?? {}, facts));
}

/** One variant of a `say`, as {@link linePool} reads it. */
export interface LineVariant {
  text: string;
  mood?: number | string;
  when?: Condition;
}

const variantsOf = (saying: readonly (string | LineVariant)[]): LineVariant[] => saying.map((line) => (typeof line === 'string' ? { text: line } : line));

/**
 * The variants a line is chosen from, before the seeded pick and the
 * don't-repeat rule:
 * 1. variants whose `when` fails for `reply` are out; with no reply (the
 *    opening line, a silence) every variant with a `when` is out;
 * 2. of those left, the ones whose `mood` fits (none fitting: all of them, so
 *    a mood gap never leaves the customer silent);
 * 3. among those, variants whose `when` holds are preferred over plain ones.
 * When step 1 leaves nothing (every variant has a `when` and none holds),
 * steps 2 and 3 run on all the variants, as for a mood gap. `reply` may also
 * be a test of a condition (the linter's "holds for every reply of a branch").
 * @example linePool([{ text: 'Good, I can move up later.', when: { keywords: ['upgrade'] } }, 'Can I move up later?'], 70, facts) → the first when the reply says "upgrade"
 */
export function linePool(saying: readonly (string | LineVariant)[], mood: number, reply?: ConditionFacts | ((when: Condition) => boolean)): LineVariant[] {
  const variants = variantsOf(saying);
  const holds = typeof reply === 'function' ? reply : (when: Condition) => reply !== undefined && evaluateCondition(when, reply);
  const held = new Set(variants.filter((v) => v.when !== undefined && holds(v.when)));
  const eligible = variants.filter((v) => v.when === undefined || held.has(v));
  const base = eligible.length > 0 ? eligible : variants;
  const fitting = base.filter((v) => v.mood === undefined || compare(mood, v.mood));
  // A mood gap in the variants should not leave the customer silent: fall back to all of them.
  const pool = fitting.length > 0 ? fitting : base;
  const preferred = pool.filter((v) => held.has(v));
  return preferred.length > 0 ? preferred : pool;
}

/**
 * Choose a line among variants ({@link linePool}: the reply's conditions, then mood), seeded; avoids
 * repeating the last line. `reply` is the reply that led to this line (undefined for the opening line
 * and after a silence).
 */
export function chooseLine(saying: Saying | undefined, mood: number, rng: number, lastLine?: string, reply?: ConditionFacts): { text?: string; rng: number } {
  if (saying === undefined) return { rng };
  if (typeof saying === 'string') return { text: saying, rng };
  let pool = linePool(saying, mood, reply);
  if (pool.length > 1 && lastLine !== undefined) {
    const fresh = pool.filter((v) => v.text !== lastLine);
    if (fresh.length > 0) pool = fresh;
  }
  if (pool.length === 1) return { text: pool[0]?.text, rng };
  const [index, next] = pickIndex(rng, pool.length);
  return { text: pool[index]?.text, rng: next };
}

/** A compiled scenario: the machine plus what the session needs to interpret its final states. */
export interface CompiledScenario {
  scenario: Scenario;
  machine: ReturnType<typeof buildMachine>;
  /** Final state name → ending info (includes the built-in out-of-turns ending when used). */
  endings: Record<string, EndingInfo>;
  /** The state reached when `maxTurns` runs out. */
  outOfTurns: string;
}

function endingValue(kind: string, value: number | undefined): number {
  return value ?? DEFAULT_ENDING_VALUES[kind] ?? DEFAULT_OTHER_ENDING_VALUE;
}

/** Delay name for a state's impatience timer. */
export const patienceDelay = (state: string) => `patience.${state}`;

/**
 * Compile a validated scenario.
 * @example const { machine } = compileScenario(scenario); createActor(machine, { input: { seed: 1 }, clock });
 */
export function compileScenario(scenario: Scenario): CompiledScenario {
  const endings: Record<string, EndingInfo> = {};
  for (const [name, state] of Object.entries(scenario.states)) {
    if (state.end !== undefined) {
      endings[name] = { state: name, kind: state.end, value: endingValue(state.end, state.value), ...(state.summary ? { summary: state.summary } : {}) };
    }
  }
  const outOfTurns = scenario.outOfTurns ?? OUT_OF_TURNS_STATE;
  if (scenario.outOfTurns === undefined) {
    endings[OUT_OF_TURNS_STATE] = { state: OUT_OF_TURNS_STATE, kind: 'lost', value: 0, summary: OUT_OF_TURNS_SUMMARY };
  }
  return { scenario, machine: buildMachine(scenario, endings, outOfTurns), endings, outOfTurns };
}

function buildMachine(scenario: Scenario, endings: Record<string, EndingInfo>, outOfTurns: string) {
  const stateOf = (name: string): State => {
    const state = scenario.states[name];
    if (state) return state;
    if (name === OUT_OF_TURNS_STATE) return { say: OUT_OF_TURNS_LINE, end: 'lost' };
    throw new Error(`compile: unknown state "${name}" (the loader should have reported it)`);
  };
  const branchOf = (state: string, branch: number): Transition => {
    const found = stateOf(state).on?.[branch];
    if (!found) throw new Error(`compile: no branch ${branch} in state "${state}"`);
    return found;
  };
  const lastLine = (said: readonly SaidLine[]) => said[said.length - 1]?.text;

  const delays: Record<string, number> = {};
  for (const [name, state] of Object.entries(scenario.states)) {
    if (state.after) delays[patienceDelay(name)] = state.after.seconds * 1000;
  }

  const machineSetup = setup({
    types: {
      context: {} as ConversationContext,
      events: {} as ConversationEvent,
      input: {} as ConversationInput,
    },
    guards: {
      /** Branch `branch` of `state` is the first one whose condition holds. */
      matches: ({ context, event }, params: { state: string; branch: number }) =>
        pickBranch(stateOf(params.state), factsFor(context, event.analysis)) === params.branch,
      /** This reply is the last one allowed and the branch it takes does not end the conversation. */
      outOfTurns: ({ context, event }, params: { state: string }) => {
        if (context.turn + 1 < scenario.maxTurns) return false;
        const state = stateOf(params.state);
        const branch = pickBranch(state, factsFor(context, event.analysis));
        const target = branch >= 0 ? state.on?.[branch]?.goto : undefined;
        return target === undefined || endings[target] === undefined;
      },
    },
    actions: {
      /** Count the reply, track its promises and the goals it meets (before effects: goals see the mood it arrived in). */
      recordReply: assign(({ context, event }) => {
        const facts = factsFor(context, event.analysis);
        const goalsMet = { ...context.goalsMet };
        for (const goal of scenario.goals) {
          if (goalsMet[goal.id] === undefined && evaluateCondition(goal.when as Condition, facts)) goalsMet[goal.id] = facts.turn;
        }
        const replies = [...context.replies, { reply: event.reply, analysis: event.analysis }];
        return { turn: facts.turn, goalsMet, replies, promises: trackPromises(replies).promises, reply: facts };
      }),
      /** Apply a branch's mood and flag effects and say its reaction line. */
      applyEffects: assign(({ context }, params: { state: string; branch: number; quiet?: boolean }) => {
        const branch = branchOf(params.state, params.branch);
        const mood = clampMood(context.mood + moodDelta(branch.mood));
        const flags = branch.set ? { ...context.flags, ...branch.set } : context.flags;
        const selfLoop = branch.goto === params.state;
        if (params.quiet) return { mood, flags };
        const line = chooseLine(branch.say, mood, context.rng, lastLine(context.said), context.reply);
        const said = line.text === undefined ? context.said : [...context.said, { turn: context.turn, text: line.text, cause: 'reaction' as const, state: params.state }];
        return { mood, flags, said, rng: line.rng, quietEntry: selfLoop && line.text !== undefined };
      }),
      /** Say the line of the state being entered (unless a self-loop reaction already spoke). */
      say: assign(({ context }, params: { state: string }) => {
        if (context.quietEntry) return { quietEntry: false };
        const line = chooseLine(stateOf(params.state).say, context.mood, context.rng, lastLine(context.said), context.reply);
        if (line.text === undefined) return { rng: line.rng };
        return { said: [...context.said, { turn: context.turn, text: line.text, cause: 'state' as const, state: params.state }], rng: line.rng };
      }),
      /** The impatience timer fired: mood, flags and an impatience line. */
      impatience: assign(({ context }, params: { state: string }) => {
        const after = stateOf(params.state).after;
        if (!after) return {};
        const mood = clampMood(context.mood + moodDelta(after.mood));
        const flags = after.set ? { ...context.flags, ...after.set } : context.flags;
        // A silence answers no reply: its line, and the line of a state it moves to, have none to look at.
        const line = chooseLine(after.say, mood, context.rng, lastLine(context.said));
        const said = line.text === undefined ? context.said : [...context.said, { turn: context.turn, text: line.text, cause: 'impatience' as const, state: params.state }];
        return { mood, flags, said, rng: line.rng, reply: undefined };
      }),
    },
    delays,
  });

  type StateConfig = Parameters<typeof machineSetup.createMachine>[0]['states'] extends infer S
    ? S extends Record<string, infer C>
      ? C
      : never
    : never;

  const states: Record<string, StateConfig> = {};
  const allStates = { ...scenario.states, ...(outOfTurns === OUT_OF_TURNS_STATE ? { [OUT_OF_TURNS_STATE]: stateOf(OUT_OF_TURNS_STATE) } : {}) };
  for (const [name, state] of Object.entries(allStates)) {
    const entry = [{ type: 'say' as const, params: { state: name } }];
    if (state.end !== undefined) {
      states[name] = { type: 'final', entry, meta: { ending: endings[name] } };
      continue;
    }
    const replyTransitions = [
      {
        guard: { type: 'outOfTurns' as const, params: { state: name } },
        target: outOfTurns,
        // The customer is leaving: the reply is counted, no reaction line.
        actions: [{ type: 'recordReply' as const }],
      },
      ...(state.on ?? []).map((branch, index) => ({
        guard: { type: 'matches' as const, params: { state: name, branch: index } },
        target: branch.goto,
        reenter: true,
        actions: [{ type: 'recordReply' as const }, { type: 'applyEffects' as const, params: { state: name, branch: index } }],
      })),
      // No branch matched: the reply still counts, the customer waits for a better one.
      { actions: [{ type: 'recordReply' as const }] },
    ];
    const after = state.after
      ? {
          [patienceDelay(name)]: {
            ...(state.after.goto ? { target: state.after.goto, reenter: true } : {}),
            actions: [{ type: 'impatience' as const, params: { state: name } }],
          },
        }
      : undefined;
    states[name] = {
      entry,
      on: { 'trainee.reply': replyTransitions },
      ...(after ? { after } : {}),
    };
  }

  return machineSetup.createMachine({
    id: scenario.id,
    initial: scenario.start,
    context: ({ input }) => ({
      mood: clampMood(scenario.persona.mood),
      turn: 0,
      flags: {},
      goalsMet: {},
      replies: [],
      promises: [],
      said: [],
      rng: seedRandom(input.seed),
      quietEntry: false,
    }),
    states,
  });
}
