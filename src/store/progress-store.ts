/**
 * The progress log: a lowdb database (`progress.json`) of session summaries.
 *
 * Safety rules, each with a reason:
 * - Every read-modify-write holds a proper-lockfile lock, because lowdb alone
 *   loses updates when two processes save at once.
 * - Writes go through lowdb's steno writer (temp file + rename), so a reader
 *   never sees half a file.
 * - A file that does not parse (truncated, binary junk, wrong shape) is moved
 *   aside to `progress.json.corrupt-<timestamp>`, never overwritten, and a
 *   warning names both paths; the next session then starts a fresh log.
 * - One session per line in the file: greppable, diffable, and cheap to write.
 */
import { mkdir, rename, stat } from 'node:fs/promises';
import { DataFile } from 'lowdb/node';
import { Low } from 'lowdb';
import lockfile from 'proper-lockfile';
import type { ProgressData, SessionRecord } from './session-record.js';
import type { RapportPaths } from './paths.js';

/** Raised by the parser when the file is not a progress log. */
export class CorruptStoreError extends Error {
  override name = 'CorruptStoreError';
}

/** Something the store wants the person to know (printed on stderr by the CLI). */
export type Warn = (message: string) => void;

const empty = (): ProgressData => ({ version: 1, sessions: [] });

/** Parse the file text, rejecting anything that is not a progress log. */
export function parseProgress(text: string): ProgressData {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CorruptStoreError(text.trim() === '' ? 'the file is empty' : `it is not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || !Array.isArray((data as ProgressData).sessions)) {
    throw new CorruptStoreError('it is JSON but has no "sessions" list');
  }
  const sessions = (data as ProgressData).sessions;
  for (const [index, session] of sessions.entries()) {
    if (typeof session !== 'object' || session === null || typeof session.id !== 'string' || typeof session.scenario !== 'string') {
      throw new CorruptStoreError(`session #${index + 1} has no id or scenario`);
    }
  }
  return { ...(data as ProgressData), version: 1, sessions };
}

/** Serialise with one session per line. */
export function stringifyProgress(data: ProgressData): string {
  const { sessions, ...rest } = data;
  const head = JSON.stringify(rest).slice(0, -1); // without the closing brace
  const body = sessions.map((session) => JSON.stringify(session)).join(',\n');
  return `${head},"sessions":[\n${body}${sessions.length ? '\n' : ''}]}\n`;
}

/** Options for {@link ProgressStore}. */
export interface ProgressStoreOptions {
  warn?: Warn;
  /** Clock for the quarantine file name (tests pin it). */
  now?: () => Date;
}

/** Read and append sessions in `$RAPPORT_HOME/progress.json`, safe across processes. */
export class ProgressStore {
  readonly file: string;
  readonly #home: string;
  readonly #warn: Warn;
  readonly #now: () => Date;

  constructor(paths: Pick<RapportPaths, 'home' | 'progress'>, options: ProgressStoreOptions = {}) {
    this.file = paths.progress;
    this.#home = paths.home;
    this.#warn = options.warn ?? ((message) => process.stderr.write(`rapport: warning: ${message}\n`));
    this.#now = options.now ?? (() => new Date());
  }

  #db(): Low<ProgressData> {
    return new Low<ProgressData>(new DataFile<ProgressData>(this.file, { parse: parseProgress, stringify: stringifyProgress }), empty());
  }

  /**
   * All sessions, oldest first. Reads without the lock (writes are atomic
   * renames); a corrupt file is set aside under the lock and reads as empty.
   */
  async read(): Promise<ProgressData> {
    const db = this.#db();
    try {
      await db.read();
      return db.data;
    } catch (error) {
      if (!(error instanceof CorruptStoreError)) throw error;
      return this.#withLock(async () => (await this.#readRepairing()).data);
    }
  }

  /** Append one session (or replace the one with the same id). */
  async add(record: SessionRecord): Promise<void> {
    await this.update((data) => {
      const at = data.sessions.findIndex((session) => session.id === record.id);
      if (at >= 0) data.sessions[at] = record;
      else data.sessions.push(record);
    });
  }

  /** Read-modify-write under the lock. */
  async update(change: (data: ProgressData) => void): Promise<void> {
    await this.#withLock(async () => {
      const db = await this.#readRepairing();
      change(db.data);
      await db.write();
    });
  }

  /** Read inside the lock; move a corrupt file aside and start empty. */
  async #readRepairing(): Promise<Low<ProgressData>> {
    const db = this.#db();
    try {
      await db.read();
    } catch (error) {
      if (!(error instanceof CorruptStoreError)) throw error;
      const aside = await this.#quarantine();
      this.#warn(
        `the progress log ${this.file} could not be read (${error.message}). ` +
          `It was moved to ${aside} and a new log was started; your earlier sessions are still in that file.`,
      );
      db.data = empty();
    }
    return db;
  }

  async #quarantine(): Promise<string> {
    const stamp = this.#now().toISOString().replace(/[-:]/g, '').replace('.', '');
    let aside = `${this.file}.corrupt-${stamp}`;
    for (let n = 2; await exists(aside); n++) aside = `${this.file}.corrupt-${stamp}-${n}`;
    await rename(this.file, aside);
    return aside;
  }

  async #withLock<T>(work: () => Promise<T>): Promise<T> {
    await mkdir(this.#home, { recursive: true });
    let compromised: Error | undefined;
    const release = await lockfile.lock(this.file, {
      realpath: false, // the log may not exist yet
      stale: 10_000, // a lock older than this was left by a crashed process
      update: 2_000,
      retries: { retries: 200, factor: 1.2, minTimeout: 10, maxTimeout: 200, randomize: true },
      onCompromised: (error) => {
        compromised = error;
      },
    });
    try {
      return await work();
    } finally {
      await release().catch(() => undefined);
      if (compromised) this.#warn(`the lock on ${this.file} was lost while saving (${compromised.message}).`);
    }
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
