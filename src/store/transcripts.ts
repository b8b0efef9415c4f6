/**
 * Transcript files: `$RAPPORT_HOME/transcripts/<session-id>.md` for people and
 * `<session-id>.json` for machines (the full turns with their analysis).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { writeAtomic } from './write-atomic.js';
import path from 'node:path';
import type { SessionRecord } from './session-record.js';
import { transcriptMarkdown } from './transcript-markdown.js';
import type { Scenario } from '../core/scenario/schema.js';
import type { RapportPaths } from './paths.js';
import type { SessionResult } from '../core/session-types.js';

/** The machine-readable transcript file. */
export interface TranscriptJson {
  format: 'rapport-transcript';
  formatVersion: 1;
  session: SessionRecord;
  result: SessionResult;
}

/** Paths of one session's two transcript files. */
export interface TranscriptPaths {
  markdown: string;
  json: string;
}

/** Where a session's transcripts are (whether or not they exist yet). */
export function transcriptPaths(paths: Pick<RapportPaths, 'transcripts'>, sessionId: string): TranscriptPaths {
  return {
    markdown: path.join(paths.transcripts, `${sessionId}.md`),
    json: path.join(paths.transcripts, `${sessionId}.json`),
  };
}

/** Write both transcript files for a session. */
export async function writeTranscripts(
  paths: Pick<RapportPaths, 'transcripts'>,
  record: SessionRecord,
  result: SessionResult,
  scenario: Scenario,
): Promise<TranscriptPaths> {
  const files = transcriptPaths(paths, record.id);
  await mkdir(paths.transcripts, { recursive: true });
  const json: TranscriptJson = { format: 'rapport-transcript', formatVersion: 1, session: record, result };
  await writeAtomic(files.json, `${JSON.stringify(json, null, 2)}\n`);
  await writeAtomic(files.markdown, transcriptMarkdown(record, result, scenario));
  return files;
}

/** Read a session's JSON transcript (for the debrief and progress screens). */
export async function readTranscript(paths: Pick<RapportPaths, 'transcripts'>, sessionId: string): Promise<TranscriptJson> {
  const text = await readFile(transcriptPaths(paths, sessionId).json, 'utf8');
  return JSON.parse(text) as TranscriptJson;
}
