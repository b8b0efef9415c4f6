/**
 * Saving a session: transcripts first, then the progress entry, so the log
 * never points at a transcript that is not there. Used by headless play now
 * and by the terminal app (including abandoned sessions) later.
 */
import type { Scenario } from '../core/scenario/schema.js';
import type { RapportPaths } from './paths.js';
import { ProgressStore, type Warn } from './progress-store.js';
import type { SessionMode, SessionRecord } from './session-record.js';
import { writeTranscripts, type TranscriptPaths } from './transcripts.js';
import type { SessionResult } from '../core/session-types.js';

/** Facts about a session that the core does not know (it has no clock). */
export interface SessionMeta {
  id: string;
  startedAt: Date;
  finishedAt: Date;
  scenarioVersion: string;
  trainee: string | null;
  mode: SessionMode;
  drill?: string;
}

/** Build the progress-log summary of a session. */
export function toSessionRecord(result: SessionResult, scenario: Scenario, meta: SessionMeta): SessionRecord {
  return {
    id: meta.id,
    scenario: scenario.id,
    scenarioTitle: scenario.title,
    category: scenario.category,
    scenarioVersion: meta.scenarioVersion,
    seed: result.seed,
    startedAt: meta.startedAt.toISOString(),
    finishedAt: meta.finishedAt.toISOString(),
    ending: result.ending,
    score: result.score,
    scores: result.scores,
    trainee: meta.trainee,
    mode: meta.mode,
    turnCount: result.turns.length,
    goalsMet: result.goals.filter((goal) => goal.met).length,
    goalsTotal: result.goals.length,
    ...(meta.drill ? { drill: meta.drill } : {}),
  };
}

/** Write a session's transcripts and add it to the progress log. */
export async function saveSession(
  paths: RapportPaths,
  result: SessionResult,
  scenario: Scenario,
  meta: SessionMeta,
  options: { warn?: Warn } = {},
): Promise<{ record: SessionRecord; transcripts: TranscriptPaths }> {
  const record = toSessionRecord(result, scenario, meta);
  const transcripts = await writeTranscripts(paths, record, result, scenario);
  await new ProgressStore(paths, options.warn ? { warn: options.warn } : {}).add(record);
  return { record, transcripts };
}
