/**
 * Session ids: time-sortable (a plain string sort is chronological) with a
 * random suffix so processes finishing in the same millisecond never collide.
 * The shell may use the clock and crypto; the core may not, so ids are made here.
 *
 * Format: `20261123-085400-123-k3f9q2xa` (UTC date, time, milliseconds, 8 base-32 chars).
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base 32, lower case

/** A new session id for a session started at `now`. */
export function newSessionId(now: Date = new Date(), random: (size: number) => Uint8Array = randomBytes): string {
  const iso = now.toISOString(); // 2026-11-23T08:54:00.123Z
  const stamp = `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}-${iso.slice(20, 23)}`;
  const bytes = random(8);
  let suffix = '';
  for (const byte of bytes) suffix += ALPHABET[byte & 31];
  return `${stamp}-${suffix}`;
}

/** True for strings shaped like a session id (safe to use as a file name). */
export function isSessionId(value: string): boolean {
  return /^\d{8}-\d{6}-\d{3}-[0-9a-hjkmnp-tv-z]{8}$/.test(value);
}
