/**
 * Submission files on disk: writing a finished drill's submission, and
 * reading the files and folders a cohort lead hands to `rapport cohort report`.
 * Reading never throws for a bad file: it becomes a rejection with a reason.
 */
import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { writeAtomic } from './write-atomic.js';
import path from 'node:path';
import type { SubmissionFile } from '../core/cohort/rescore.js';
import { traineeKey } from '../core/cohort/rescore.js';
import { MAX_SUBMISSION_BYTES, parseSubmission, submissionFileName } from '../core/drill/submission.js';
import type { Submission } from '../core/drill/submission.js';

/** The JSON text of a submission, as written to disk. */
export function submissionText(submission: Submission): string {
  return `${JSON.stringify(submission, null, 2)}\n`;
}

/**
 * Write a submission into `dir` under its own name (never overwriting an
 * existing file: a numbered suffix is added), atomically.
 * @returns the path written
 */
export async function saveSubmission(dir: string, submission: Submission): Promise<string> {
  await mkdir(dir, { recursive: true });
  const name = submissionFileName(submission);
  const stem = name.replace(/\.json$/, '');
  for (let n = 1; ; n++) {
    const file = path.join(dir, n === 1 ? name : `${stem}-${n}.json`);
    try {
      // Claim the name first (wx fails if it exists), then fill it atomically.
      const handle = await open(file, 'wx');
      await handle.close();
      try {
        await writeAtomic(file, submissionText(submission));
      } catch (error) {
        // A name claimed but never filled would be an empty "submission" beside the retry's.
        await rm(file, { force: true }).catch(() => undefined);
        throw error;
      }
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Write a submission to an exact path (`--out`), replacing what is there. */
export async function writeSubmissionTo(file: string, submission: Submission): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeAtomic(file, submissionText(submission));
  return file;
}

/** A submission already in a folder, as a trainee about to take the drill again needs to know it. */
export interface EarlierSubmission {
  file: string;
  finishedAt: string;
  score: number;
  passed: boolean;
}

/**
 * The submissions in `dir` for this drill and trainee (names matched as the
 * cohort report matches them: case, spacing and accents aside), oldest
 * first. Unreadable files and other trainees' are left out; a missing folder
 * is none.
 */
export async function findSubmissions(dir: string, drillId: string, trainee: string): Promise<EarlierSubmission[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const key = traineeKey(trainee);
  const found: EarlierSubmission[] = [];
  for (const name of names.filter((n) => n.startsWith(`${drillId}_`) && n.toLowerCase().endsWith('.json'))) {
    const file = path.join(dir, name);
    const { parsed } = await readOne(file, dir);
    if (!parsed.ok || parsed.submission.drill.id !== drillId || traineeKey(parsed.submission.trainee) !== key) continue;
    const { finishedAt, result } = parsed.submission;
    found.push({ file, finishedAt, score: result.score, passed: result.passed });
  }
  return found.sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt));
}

/** What {@link readSubmissionFiles} found. */
export interface SubmissionFiles {
  files: SubmissionFile[];
  /** Arguments that are neither a file nor a folder. */
  missing: string[];
  /**
   * Files inside the folders given that were not read because they do not end
   * in `.json` (hidden files aside): a submission renamed by a mail client or
   * a download would otherwise vanish without a word (see {@link readRenamedSubmissions}).
   */
  skipped: string[];
}

/** How much of a file without `.json` in its name is read to tell whether it is a submission anyway. */
const SNIFF_BYTES = 4096;

/**
 * Is this file a submission whatever its name (`….json.txt` from a mail
 * client, `submission` with no extension)? It is when it is a JSON object
 * whose opening names the submission format; a truncated one still does.
 */
async function looksLikeSubmission(file: string): Promise<boolean> {
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_SUBMISSION_BYTES) return false;
    const handle = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
      const bytes = buffer.subarray(0, bytesRead);
      const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
      const text = decodeText(utf16 ? bytes.subarray(0, bytes.length - (bytes.length % 2)) : bytes) ?? '';
      return /^\uFEFF?\s*\{/.test(text) && /"format"\s*:\s*"rapport\.drill-submission"/.test(text);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/**
 * Of the files a folder held without `.json` in their name, read those that
 * are submissions by their content (a mail client's `….json.txt`, a
 * download with no extension, cut short or not).
 * @returns the submissions read, and the other files, in the order given
 */
export async function readRenamedSubmissions(skipped: readonly string[], cwd: string): Promise<{ files: SubmissionFile[]; others: string[] }> {
  const files: SubmissionFile[] = [];
  const others: string[] = [];
  for (const file of skipped) {
    if (await looksLikeSubmission(path.resolve(cwd, file))) files.push(await readOne(file, cwd));
    else others.push(file);
  }
  return { files, others };
}

/**
 * Read submission files: each argument is a file, or a folder whose `.json`
 * files (directly inside, sorted by name) are read.
 */
export async function readSubmissionFiles(targets: readonly string[], cwd: string): Promise<SubmissionFiles> {
  const files: SubmissionFile[] = [];
  const missing: string[] = [];
  const skipped: string[] = [];
  const paths: string[] = [];
  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) missing.push(target);
    else if (info.isDirectory()) {
      const entries = await readdir(absolute, { withFileTypes: true });
      const isJson = (name: string) => name.toLowerCase().endsWith('.json');
      const names = entries.filter((e) => isJson(e.name) && !e.isDirectory()).map((e) => e.name).sort();
      paths.push(...names.map((name) => path.join(target, name)));
      const others = entries.filter((e) => e.isFile() && !isJson(e.name) && !e.name.startsWith('.')).map((e) => e.name).sort();
      skipped.push(...others.map((name) => path.join(target, name)));
    } else paths.push(target);
  }
  // A file named twice (a folder and a file in it, or the same folder twice) is
  // read once: otherwise it would be listed as superseded by itself.
  const seen = new Set<string>();
  const unique = paths.filter((file) => {
    const key = path.resolve(cwd, file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Reading is IO-bound; a few at a time keeps a 200-file folder quick without exhausting file handles.
  const results = new Array<SubmissionFile>(unique.length);
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const i = next++;
      results[i] = await readOne(unique[i]!, cwd);
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, unique.length) }, worker));
  files.push(...results);
  return { files, missing, skipped };
}

async function readOne(file: string, cwd: string): Promise<SubmissionFile> {
  const absolute = path.resolve(cwd, file);
  try {
    const info = await stat(absolute);
    if (info.size > MAX_SUBMISSION_BYTES) {
      return { file, parsed: { ok: false, kind: 'too-large', reason: `the file is ${info.size} bytes; a submission is under ${MAX_SUBMISSION_BYTES}` } };
    }
    const bytes = await readFile(absolute);
    const text = decodeText(bytes);
    // Invalid UTF-8 decodes to U+FFFD: the file is binary, not a submission.
    if (text === undefined || (text.includes('\uFFFD') && !bytes.includes(Buffer.from('\uFFFD')))) {
      return { file, parsed: { ok: false, kind: 'foreign', reason: 'not a Rapport drill submission (binary data, not UTF-8 text)' } };
    }
    return { file, parsed: parseSubmission(text) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file, parsed: { ok: false, kind: 'unreadable', reason: code === 'EACCES' ? 'permission denied' : `cannot read the file (${code ?? String(error)})` } };
  }
}

/**
 * A file's text: UTF-8 (with or without a byte-order mark), or UTF-16 with
 * its byte-order mark, which is what some Windows editors save a file as when
 * a trainee opens it and saves it again. The bytes of a submission that went
 * through such an editor are still the trainee's work.
 * @returns undefined for a UTF-16 file of an odd byte length (not text)
 */
function decodeText(bytes: Buffer): string | undefined {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return bytes.toString('utf8');
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) return undefined;
  return (be ? Buffer.from(body).swap16() : body).toString('utf16le');
}
