/**
 * Writing a whole file or nothing: the text goes to a temporary name beside
 * it and is renamed into place, so a crash or a full disk never leaves half a
 * file under the real name, and a failed write leaves no temporary file behind.
 */
import { rename, rm, writeFile } from 'node:fs/promises';

/** Write `text` to `file` atomically; on failure nothing new is left on disk and the error is rethrown. */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true, recursive: false }).catch(() => undefined);
    throw error;
  }
}
