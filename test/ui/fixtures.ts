/**
 * Hand-made sessions and services for screen tests: the screens read only
 * the narrow interfaces in src/ui/services.ts, so these stand in for the
 * engine and the store without a disk or a clock.
 */
import { gradeLetter } from '../../src/core/grade.js';
import type { Analysis, Evidence, SkillScores, Tip } from '../../src/core/types.js';
import type { Scenario } from '../../src/core/scenario/schema.js';
import type { AppServices, AttemptRecord, PlayResult, PlaySession, PlayTurn, SaveRequest, SavedAttempt, ScenarioEntry } from '../../src/ui/services.js';

export function analysis(scores: SkillScores, evidence: Evidence[] = [], tips: Tip[] = []): Analysis {
  return { scores, intents: [], evidence, tips, commitments: [], stems: [] };
}

export const scenario: Scenario = {
  id: 'irate-double-charge',
  title: 'Charged twice, and nobody called back',
  category: 'irate-customer',
  difficulty: 2,
  description: 'A premium customer was billed twice.',
  persona: { name: 'Dana', tier: 'premium', mood: 20, traits: ['impatient'], situation: 'Dana was charged twice for one order and has written before.' },
  rubric: { empathy: 0.4, positivity: 0.3, followThrough: 0.3 },
  goals: [
    { id: 'apologise', description: 'Apologise for the double charge', when: { intent: 'apology' } },
    { id: 'timeline', description: 'Give a specific refund timeline', when: { intent: 'commitment', specific: true } },
  ],
  maxTurns: 8,
  start: 'opening',
  states: {
    opening: { say: 'Second time writing about this double charge.', hint: 'Start by acknowledging how frustrating a second contact is.', on: [{ otherwise: true, goto: 'details' }] },
    details: { say: 'So what happens now?', on: [{ otherwise: true, goto: 'resolved' }] },
    resolved: { end: 'resolved' },
  },
};

const apologyEvidence: Evidence = { start: 0, end: 9, text: "I'm sorry", rule: 'empathy.apology', skill: 'empathy', points: 15, intent: 'apology', note: 'apology' };
const vagueEvidence: Evidence = { start: 10, end: 28, text: 'someone will check', rule: 'follow.vague', skill: 'followThrough', points: -12, intent: 'vague-promise', note: 'nobody owns it' };
export const vagueTip: Tip = {
  rule: 'follow.vague',
  skill: 'followThrough',
  message: 'Say who will act and by when.',
  rewrite: 'I will refund the second charge today and email you the reference by 5 pm.',
};

/** Replies the fake session knows, with the analysis and customer answer each gets. */
export const SCRIPT: Record<string, { analysis: Analysis; customer: string[]; mood: number; goals: string[] }> = {
  "I'm sorry someone will check": {
    analysis: analysis({ empathy: 72, positivity: 55, followThrough: 20 }, [apologyEvidence, vagueEvidence], [vagueTip]),
    customer: ['Someone? I want a name and a date.'],
    mood: -5,
    goals: ['apologise'],
  },
  // Nothing to fix in its words, and the customer takes it badly.
  'Noted.': { analysis: analysis({ empathy: 30, positivity: 45, followThrough: 30 }), customer: ['Noted? That is all you have to say?'], mood: -10, goals: [] },
};

/** A scripted stand-in for the engine's Session: two replies end the conversation. */
export class ScriptedSession implements PlaySession {
  opening = ['Second time writing about this double charge.'];
  state = 'opening';
  mood = 20;
  turn = 0;
  done = false;
  ending: string | null = null;
  turns: PlayTurn[] = [];
  waited = 0;
  /** Seconds of silence before the impatience line. */
  constructor(private readonly patience = 3, private readonly endAfter = 2) {}

  reply(text: string): PlayTurn {
    const known = SCRIPT[text] ?? { analysis: analysis({ empathy: 70, positivity: 70, followThrough: 60 }), customer: ['Fine. Go on.'], mood: 5, goals: [] };
    this.waited = 0;
    this.mood = Math.max(0, Math.min(100, this.mood + known.mood));
    this.turn += 1;
    const stateBefore = this.state;
    this.state = this.turn >= this.endAfter ? 'resolved' : 'details';
    if (this.turn >= this.endAfter) {
      this.done = true;
      this.ending = 'resolved';
    }
    const turn: PlayTurn = { index: this.turn, reply: text, analysis: known.analysis, customer: known.customer, stateBefore, state: this.state, mood: this.mood, moodDelta: known.mood, goalsMet: known.goals };
    this.turns.push(turn);
    return turn;
  }

  wait(seconds: number): string[] {
    const before = this.waited;
    this.waited += seconds;
    if (before < this.patience && this.waited >= this.patience) {
      this.mood = Math.max(0, this.mood - 10);
      return ['Hello? Are you still there?'];
    }
    return [];
  }

  result(): PlayResult {
    const met = new Set(this.turns.flatMap((t) => t.goalsMet));
    return {
      ending: this.ending,
      endingSummary: this.ending === 'resolved' ? 'Dana accepted the refund plan.' : undefined,
      score: 64,
      scores: { empathy: 70, positivity: 58, followThrough: 35 },
      goals: scenario.goals.map((g) => ({ id: g.id, description: g.description, met: met.has(g.id), turn: met.has(g.id) ? 1 : undefined })),
      turns: this.turns,
      mood: this.mood,
    };
  }
}

export const entries: ScenarioEntry[] = [
  { id: 'irate-double-charge', title: 'Charged twice, and nobody called back', category: 'irate-customer', difficulty: 2, rubric: { empathy: 0.4, positivity: 0.3, followThrough: 0.3 }, best: 71 },
  { id: 'pre-sales-budget', title: 'A small shop asks about the premium plan', category: 'pre-sales', difficulty: 3, rubric: { empathy: 0.3, positivity: 0.3, followThrough: 0.4 }, best: null },
  { id: 'ethics-cheaper', title: 'The competitor sells it cheaper', category: 'ethics-dilemma', difficulty: 4, rubric: { empathy: 0.3, positivity: 0.4, followThrough: 0.3 }, best: 55 },
];

export function attempt(n: number, scenarioId: string, scores: SkillScores, ending = 'resolved'): AttemptRecord {
  const score = Math.round((scores.empathy + scores.positivity + scores.followThrough) / 3);
  return { id: `s${n}`, scenario: scenarioId, startedAt: new Date(Date.UTC(2026, 0, n)).toISOString(), ending, score, scores };
}

/** In-memory services that record what was saved. */
export class MemoryServices implements AppServices {
  name: string | null;
  saved: SaveRequest[] = [];
  history: AttemptRecord[];
  sessions: ScriptedSession[] = [];
  constructor(options: { name?: string | null; history?: AttemptRecord[]; patience?: number } = {}) {
    this.name = options.name === undefined ? 'Sam' : options.name;
    this.history = options.history ?? [];
    this.patience = options.patience ?? 1000;
  }
  private readonly patience: number;
  getTraineeName = async () => this.name;
  setTraineeName = async (name: string) => {
    this.name = name;
  };
  listScenarios = async () => entries;
  loadScenario = async (id: string) => {
    if (id !== scenario.id) throw Object.assign(new Error(`No scenario "${id}".`), { userFacing: true });
    return scenario;
  };
  startSession = async () => {
    const session = new ScriptedSession(this.patience);
    this.sessions.push(session);
    return session;
  };
  saveAttempt = async (request: SaveRequest): Promise<SavedAttempt> => {
    this.saved.push(request);
    const result = request.session.result();
    const record: AttemptRecord = {
      id: `saved${this.saved.length}`,
      scenario: request.scenario.id,
      startedAt: '2026-02-01T00:00:00.000Z',
      ending: request.abandoned ? 'abandoned' : (result.ending ?? 'unfinished'),
      score: result.score,
      scores: result.scores,
    };
    this.history.push(record);
    return { attempt: record, transcriptPath: `/tmp/rapport/transcripts/${record.id}.md` };
  };
  attempts = async () => this.history;
  grade = gradeLetter;
  newSeed = () => 42;
}

/** Waits for Ink to process input and effects. */
/** Gives a test's stdout a window size, as a terminal resize would. */
export function resize(stdout: NodeJS.EventEmitter, columns: number, rows: number): void {
  Object.defineProperty(stdout, 'columns', { configurable: true, get: () => columns });
  Object.defineProperty(stdout, 'rows', { configurable: true, get: () => rows });
  stdout.emit('resize');
}

export const tick = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

/** Removes ANSI colour codes from a frame. */
export function plain(frame: string | undefined): string {
  return (frame ?? '').replace(/\u001b\[[0-9;]*m/g, '');
}

/** Retries an assertion until it holds or five seconds pass (Ink renders asynchronously). */
export async function waitFor(assertion: () => void, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      assertion();
      return;
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await tick(20);
    }
  }
}
