/**
 * Run a conversation: drives the compiled scenario machine on a simulated
 * clock, analyses each reply and grades the result. No real timers, no IO.
 */
import { createActor } from 'xstate';
import { compileScenario } from './compile.js';
import type { CompiledScenario, ConversationContext } from './compile.js';
import { gradeSession } from './grade.js';
import { WAIT } from './script-line.js';
import { SteppingClock } from './stepping-clock.js';
import type { Scenario } from './scenario/schema.js';
import type { Session, SessionOptions, SessionResult, Silence, Turn } from './session-types.js';

export type { Analyzer, GoalResult, Session, SessionOptions, SessionResult, Silence, Turn } from './session-types.js';

/**
 * Start a conversation with a validated scenario.
 * @example const s = createSession(scenario, { seed: 1, analyze }); s.reply("I'm so sorry about the double charge.");
 */
export function createSession(scenario: Scenario, options: SessionOptions): Session {
  return new ConversationSession(compiledFor(scenario), options);
}

// Compiling costs a few milliseconds; a cohort report replays thousands of
// sessions of the same few scenarios. Machines are immutable, so one per
// scenario object is safe to share.
const compiledCache = new WeakMap<Scenario, CompiledScenario>();

function compiledFor(scenario: Scenario): CompiledScenario {
  let compiled = compiledCache.get(scenario);
  if (!compiled) {
    compiled = compileScenario(scenario);
    compiledCache.set(scenario, compiled);
  }
  return compiled;
}

class ConversationSession implements Session {
  readonly opening: string[];
  private readonly clock = new SteppingClock();
  private readonly actor;
  private readonly turns: Turn[] = [];
  private pendingSilence: Silence | undefined;
  private readonly visitedStates: string[] = [];

  constructor(
    private readonly compiled: CompiledScenario,
    private readonly options: SessionOptions,
  ) {
    this.actor = createActor(compiled.machine, { input: { seed: options.seed }, clock: this.clock });
    // Every snapshot, not just the one after a step: a silence can fire a chain of timers.
    this.actor.subscribe((snapshot) => {
      const state = String(snapshot.value);
      if (this.visitedStates[this.visitedStates.length - 1] !== state) this.visitedStates.push(state);
    });
    this.actor.start();
    this.opening = this.context.said.map((line) => line.text);
  }

  private get context(): ConversationContext {
    return this.actor.getSnapshot().context;
  }

  get state(): string {
    return String(this.actor.getSnapshot().value);
  }

  get visited(): readonly string[] {
    return this.visitedStates;
  }

  get mood(): number {
    return this.context.mood;
  }

  get turn(): number {
    return this.context.turn;
  }

  get done(): boolean {
    return this.actor.getSnapshot().status === 'done';
  }

  get ending(): string | null {
    return this.done ? (this.compiled.endings[this.state]?.kind ?? this.state) : null;
  }

  reply(text: string): Turn {
    if (this.done) throw new Error(`the conversation has ended (${this.ending ?? 'done'}); start a new session to reply again`);
    const before = this.context;
    const stateBefore = this.state;
    const history = this.turns.map((t) => t.reply);
    const lastExchange = before.said.filter((line) => line.turn === before.turn).map((line) => line.text);
    const analysis = this.options.analyze(text, {
      customer: lastExchange.join(' '),
      customerEarlier: before.said.filter((line) => line.turn < before.turn).map((line) => line.text),
      history,
      openPromises: before.promises.filter((p) => !p.kept).map((p) => p.commitment),
    });
    this.actor.send({ type: 'trainee.reply', reply: text, analysis });
    const after = this.context;
    const index = after.turn;
    const turn: Turn = {
      index,
      reply: text,
      analysis,
      customer: after.said.slice(before.said.length).map((line) => line.text),
      stateBefore,
      state: this.state,
      mood: after.mood,
      moodDelta: after.mood - before.mood,
      goalsMet: Object.entries(after.goalsMet)
        .filter(([, met]) => met === index)
        .map(([id]) => id),
      ...(this.pendingSilence ? { silence: this.pendingSilence } : {}),
    };
    this.pendingSilence = undefined;
    this.turns.push(turn);
    return turn;
  }

  wait(seconds: number): string[] {
    if (this.done || !(seconds > 0)) return [];
    const saidBefore = this.context.said.length;
    this.clock.advance(seconds * 1000);
    const lines = this.context.said.slice(saidBefore).map((line) => line.text);
    const silence = this.pendingSilence ?? { seconds: 0, customer: [] };
    this.pendingSilence = { seconds: silence.seconds + seconds, customer: [...silence.customer, ...lines] };
    return lines;
  }

  result(): SessionResult {
    const context = this.context;
    const { scenario, endings } = this.compiled;
    const endingInfo = this.done ? endings[this.state] : undefined;
    const goals = scenario.goals.map((goal) => {
      const turn = context.goalsMet[goal.id];
      return { id: goal.id, ...(goal.description ? { description: goal.description } : {}), met: turn !== undefined, ...(turn !== undefined ? { turn } : {}) };
    });
    // An unfinished session earns nothing for its ending: a conversation left open has not been resolved,
    // however the customer felt when the replies stopped (one good opening line must not pass a drill).
    const grade = gradeSession({
      rubric: scenario.rubric,
      turnScores: this.turns.map((t) => t.analysis.scores),
      promises: context.promises,
      endingValue: endingInfo ? endingInfo.value : 0,
      goals: { met: goals.filter((goal) => goal.met).length, total: goals.length },
    });
    return {
      scenarioId: scenario.id,
      seed: this.options.seed,
      ending: endingInfo?.kind ?? 'unfinished',
      ...(endingInfo?.summary ? { endingSummary: endingInfo.summary } : {}),
      opening: [...this.opening],
      turns: [...this.turns],
      score: grade.score,
      scores: grade.scores,
      goals,
      mood: context.mood,
      ...(this.pendingSilence ? { finalSilence: this.pendingSilence } : {}),
    };
  }
}

/** One step of a script: a reply, or silence. */
export type ScriptStep = { kind: 'reply'; text: string } | { kind: 'wait'; seconds: number };


/**
 * Read a script: one reply per line; blank lines and lines starting with `#`
 * are ignored; `/wait 90` is 90 seconds of silence.
 */
export function parseScript(lines: readonly string[]): ScriptStep[] {
  const steps: ScriptStep[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const wait = WAIT.exec(line);
    steps.push(wait ? { kind: 'wait', seconds: Number(wait[1]) } : { kind: 'reply', text: line });
  }
  return steps;
}

/**
 * Play a whole script (see {@link parseScript}) and return the graded result.
 * Stops at the first ending; replies left over are ignored.
 * @example playScript(scenario, ['Hi, I am so sorry.', '/wait 90', 'I will refund you today.'], { seed: 1, analyze })
 */
export function playScript(scenario: Scenario, lines: readonly string[], options: SessionOptions): SessionResult {
  const session = createSession(scenario, options);
  for (const step of parseScript(lines)) {
    if (session.done) break;
    if (step.kind === 'wait') session.wait(step.seconds);
    else session.reply(step.text);
  }
  return session.result();
}
