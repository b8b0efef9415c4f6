/**
 * The trainee's settings (for now: their name, asked once by the terminal
 * app) in `$RAPPORT_HOME/config.json`. Written atomically (temp file, then
 * rename) so a crash never leaves half a file; a file that does not parse is
 * set aside, never overwritten, and the caller is told where it went.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { writeAtomic } from './write-atomic.js';
import path from 'node:path';

export interface TraineeConfig {
  trainee?: string;
}

/** The config file under a Rapport home folder. */
export function configPath(home: string): string {
  return path.join(home, 'config.json');
}

/** Reads the config; missing → `{}`; unreadable JSON → set aside, `{}` and a warning. */
export async function readTraineeConfig(home: string, warn: (message: string) => void = () => {}): Promise<TraineeConfig> {
  const file = configPath(home);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an object');
    const trainee = (data as Record<string, unknown>).trainee;
    return typeof trainee === 'string' && trainee.trim() !== '' ? { trainee: trainee.trim() } : {};
  } catch {
    const aside = `${file}.corrupt-${process.pid}-${Date.now()}`;
    await rename(file, aside);
    warn(`${file} could not be read, so it was moved to ${aside}; you will be asked your name again.`);
    return {};
  }
}

/** Saves the trainee's name, keeping any other settings. */
export async function writeTraineeName(home: string, name: string): Promise<void> {
  const file = configPath(home);
  const current = await readTraineeConfig(home);
  await mkdir(home, { recursive: true });
  await writeAtomic(file, JSON.stringify({ ...current, trainee: name.trim() }, null, 2) + '\n');
}
