/**
 * The drill submission: one self-contained JSON file a trainee hands in.
 *
 * It holds everything needed to re-score the drill without trusting it: the
 * trainee, the drill and each scenario's content hash, the seed, timestamps,
 * every raw event (reply texts and silences) and every customer line, plus
 * the results as computed at the time. A cohort report replays the events
 * against the current scenarios; the stored results are only compared.
 */
import { z } from 'zod';
import { cutText } from '../cut-text.js';
import type { Scenario } from '../scenario/schema.js';
import type { Silence } from '../session-types.js';
import { SKILLS } from '../types.js';
import { MAX_DRILL_REPLY_CHARS, MAX_DRILL_WAIT_SECONDS } from './drill-session.js';
import type { DrillEvent, DrillSession } from './drill-session.js';
import type { DrillVerdict } from './grade-drill.js';
import type { Drill } from './schema.js';

/** The format tag every submission starts with. */
export const SUBMISSION_FORMAT = 'rapport.drill-submission';
/** The version of the format this build writes and reads. */
export const SUBMISSION_VERSION = 1;
/** A submission bigger than this is not one (a drill is a few dozen replies). */
export const MAX_SUBMISSION_BYTES = 5_000_000;

/** Titles are for people reading the file; the report takes them from the current files. */
const MAX_TITLE_CHARS = 500;
const id = z.string().regex(/^[a-z][a-z0-9-]*$/);
const hash = z.string().regex(/^[0-9a-f]{6,64}$/);
const timestamp = z.iso.datetime({ offset: true });
const score = z.number().min(0).max(100);
const text = z.string().max(MAX_DRILL_REPLY_CHARS);
const skillScores = z.strictObject(Object.fromEntries(SKILLS.map((s) => [s, score])) as Record<(typeof SKILLS)[number], typeof score>);

const EventSchema = z.union([z.strictObject({ reply: text }), z.strictObject({ wait: z.number().positive().max(MAX_DRILL_WAIT_SECONDS) })]);
const SilenceSchema = z.strictObject({ seconds: z.number().min(0), customer: z.array(text).max(100) });

const ScenarioPlaySchema = z.strictObject({
  id,
  version: hash,
  title: z.string().max(MAX_TITLE_CHARS).optional(),
  startedAt: timestamp,
  finishedAt: timestamp,
  events: z.array(EventSchema).max(1000),
  opening: z.array(text).max(100),
  turns: z
    .array(
      z.strictObject({
        reply: text,
        customer: z.array(text).max(100),
        silence: SilenceSchema.optional(),
        timedOut: z.literal(true).optional(),
      }),
    )
    .max(500),
  finalSilence: SilenceSchema.optional(),
  /**
   * Headless drills: replies left in the scenario's script when its
   * conversation ended (written only when there were some). Not graded: it
   * tells the cohort lead that the script did not fit the conversation.
   */
  unusedReplies: z.number().int().positive().max(1_000_000).optional(),
  result: z.strictObject({
    ending: z.string().max(100),
    score,
    scores: skillScores,
    goalsMet: z.array(z.string().max(100)).max(100),
  }),
});

export const SubmissionSchema = z.strictObject({
  format: z.literal(SUBMISSION_FORMAT),
  formatVersion: z.literal(SUBMISSION_VERSION),
  app: z.strictObject({ name: z.literal('rapport'), version: z.string().max(50) }).optional(),
  trainee: z.string().trim().min(1).max(200),
  drill: z.strictObject({ id, title: z.string().max(MAX_TITLE_CHARS), version: hash }),
  seed: z.number().int().min(0),
  replyTimeLimit: z.number().positive().optional(),
  startedAt: timestamp,
  finishedAt: timestamp,
  scenarios: z.array(ScenarioPlaySchema).max(100),
  result: z.strictObject({ score, scores: skillScores, passed: z.boolean() }),
});
export type Submission = z.infer<typeof SubmissionSchema>;
export type ScenarioPlay = Submission['scenarios'][number];

/** One played scenario, as the shell hands it to {@link buildSubmission}. */
export interface PlayedScenario {
  scenario: Scenario;
  /** The scenario file's content hash (`loadScenarioText().version`). */
  version: string;
  session: DrillSession;
  startedAt: string;
  finishedAt: string;
  /** Headless drills: replies left in the script when the conversation ended. */
  unusedReplies?: number;
}

/** Everything {@link buildSubmission} needs; timestamps are ISO strings (the core has no clock). */
export interface SubmissionInput {
  trainee: string;
  drill: Drill;
  drillVersion: string;
  played: readonly PlayedScenario[];
  verdict: DrillVerdict;
  startedAt: string;
  finishedAt: string;
  appVersion?: string;
}

const silence = (s: Silence | undefined) => (s ? { silence: { seconds: s.seconds, customer: [...s.customer] } } : {});

/** Assemble the submission object (serialise it with `JSON.stringify`). */
export function buildSubmission(input: SubmissionInput): Submission {
  const { drill } = input;
  return {
    format: SUBMISSION_FORMAT,
    formatVersion: SUBMISSION_VERSION,
    ...(input.appVersion ? { app: { name: 'rapport', version: input.appVersion } } : {}),
    trainee: input.trainee.trim(),
    // Drill and scenario files set no length on titles; the submission does, so a long one is cut.
    drill: { id: drill.id, title: cutText(drill.title, MAX_TITLE_CHARS), version: input.drillVersion },
    seed: drill.seed,
    ...(drill.replyTimeLimit !== undefined ? { replyTimeLimit: drill.replyTimeLimit } : {}),
    startedAt: input.startedAt,
    finishedAt: input.finishedAt,
    scenarios: input.played.map(({ scenario, version, session, startedAt, finishedAt, unusedReplies }) => {
      const result = session.result();
      return {
        id: scenario.id,
        version,
        title: cutText(scenario.title, MAX_TITLE_CHARS),
        startedAt,
        finishedAt,
        events: session.events.map((e): DrillEvent => ('wait' in e ? { wait: e.wait } : { reply: e.reply })),
        opening: [...result.opening],
        turns: result.turns.map((turn) => ({
          reply: turn.reply,
          customer: [...turn.customer],
          ...silence(turn.silence),
          ...(turn.timedOut ? { timedOut: true as const } : {}),
        })),
        ...(result.finalSilence ? { finalSilence: { seconds: result.finalSilence.seconds, customer: [...result.finalSilence.customer] } } : {}),
        // Only when there were some: a file without the field still loads in a Rapport that predates it.
        ...(unusedReplies !== undefined && unusedReplies > 0 ? { unusedReplies } : {}),
        result: {
          ending: result.ending,
          score: result.score,
          scores: { ...result.scores },
          goalsMet: result.goals.filter((g) => g.met).map((g) => g.id),
        },
      };
    }),
    result: { score: input.verdict.score, scores: { ...input.verdict.scores }, passed: input.verdict.passed },
  };
}

/** Why a file is not accepted as a submission. */
export type RejectionKind = 'empty' | 'truncated' | 'malformed' | 'foreign' | 'unsupported' | 'too-large' | 'unreadable';

/**
 * The outcome of reading one file. A rejected file that is a submission, only
 * damaged (cut short, malformed, a newer format), says whose it is when the
 * name can still be read, so the lead knows whom to ask for a good copy.
 */
export type ParsedSubmission = { ok: true; submission: Submission } | { ok: false; kind: RejectionKind; reason: string; trainee?: string };

/** The trainee's name in a damaged submission, if it reads as one (a string of the right length). */
function nameIn(value: unknown): { trainee?: string } {
  if (typeof value !== 'string') return {};
  const name = value.trim().replace(/\s+/g, ' ');
  return name && name.length <= 200 ? { trainee: name } : {};
}

/** The trainee's name in a submission cut short: its `"trainee": "…"` field, when that much is there. */
function nameInCut(textContent: string): { trainee?: string } {
  if (!/"format"\s*:\s*"rapport\.drill-submission"/.test(textContent.slice(0, 4096))) return {};
  const found = /"trainee"\s*:\s*("(?:[^"\\\n]|\\.){0,1000}")/.exec(textContent);
  if (!found) return {};
  try {
    return nameIn(JSON.parse(found[1]!));
  } catch {
    return {};
  }
}

/**
 * Read a submission file's text. Never throws: anything that is not a valid
 * submission comes back as a rejection with a reason a cohort lead can act on.
 * @example parseSubmission('{"format": "something-else"}') → { ok: false, kind: 'foreign', … }
 */
export function parseSubmission(textContent: string): ParsedSubmission {
  if (textContent.length > MAX_SUBMISSION_BYTES) {
    return { ok: false, kind: 'too-large', reason: `the file is ${textContent.length} characters; a submission is under ${MAX_SUBMISSION_BYTES}` };
  }
  const trimmed = textContent.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, kind: 'empty', reason: 'the file is empty' };
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/unexpected end|unterminated|end of (json )?(data|input)/i.test(message) || looksCutShort(trimmed)) {
      return {
        ok: false,
        kind: 'truncated',
        reason: `the file is cut short after ${trimmed.length} characters (incomplete JSON); ask the trainee for the complete file`,
        ...nameInCut(trimmed),
      };
    }
    if (!trimmed.startsWith('{')) return { ok: false, kind: 'foreign', reason: 'not a Rapport drill submission (not JSON)' };
    return { ok: false, kind: 'malformed', reason: `not valid JSON: ${message.split('\n')[0]}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, kind: 'foreign', reason: `not a Rapport drill submission (the JSON is ${Array.isArray(data) ? 'a list' : typeof data})` };
  }
  const record = data as Record<string, unknown>;
  if (record.format !== SUBMISSION_FORMAT) {
    return {
      ok: false,
      kind: 'foreign',
      reason:
        typeof record.format === 'string'
          ? `not a Rapport drill submission (format "${record.format.slice(0, 60)}")`
          : `not a Rapport drill submission (no "format": "${SUBMISSION_FORMAT}")`,
    };
  }
  if (record.formatVersion !== SUBMISSION_VERSION) {
    const newer = typeof record.formatVersion === 'number' && record.formatVersion > SUBMISSION_VERSION;
    return {
      ok: false,
      kind: 'unsupported',
      ...nameIn(record.trainee),
      reason: newer
        ? `made by a newer Rapport (format version ${record.formatVersion}); this one reads version ${SUBMISSION_VERSION}`
        : `unknown format version ${JSON.stringify(record.formatVersion)}; this Rapport reads version ${SUBMISSION_VERSION}`,
    };
  }
  const parsed = SubmissionSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`);
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
    return { ok: false, kind: 'malformed', reason: `malformed submission: ${issues.join('; ')}${more}`, ...nameIn(record.trainee) };
  }
  return { ok: true, submission: parsed.data };
}

// JSON.parse messages differ between engines; an unbalanced object is the robust sign of a cut.
function looksCutShort(textContent: string): boolean {
  if (!textContent.startsWith('{')) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < textContent.length; i++) {
    const c = textContent[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return depth > 0 || inString;
}

/**
 * A file name for a submission: drill, trainee and finish time, safe on every
 * file system. @example submissionFileName(s) → "onboarding-week-1_ana-lima_20240501T101500Z.json"
 */
export function submissionFileName(submission: Pick<Submission, 'drill' | 'trainee' | 'finishedAt'>): string {
  // Latin accents are dropped (José → jose); other scripts' letters stay, so
  // 李雷 and 山田 花子 do not both become "trainee". Separators, dots and
  // slashes become "-", so a name can never leave the folder.
  const slug =
    Array.from(
      submission.trainee
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
        .replace(/^-+|-+$/g, ''),
    )
      .slice(0, 40)
      .join('')
      .replace(/-+$/, '') || 'trainee';
  const stamp = submission.finishedAt.replace(/\.\d+/, '').replace(/[-:]/g, '');
  return `${submission.drill.id}_${slug}_${stamp}.json`;
}
