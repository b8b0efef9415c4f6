import { describe, expect, it } from 'vitest';
import { isSessionId, newSessionId } from '../../src/store/session-id.js';

describe('newSessionId', () => {
  it('encodes the UTC time first, then a random suffix', () => {
    const id = newSessionId(new Date('2026-11-23T08:54:00.123Z'), () => new Uint8Array([0, 1, 2, 3, 31, 32, 33, 255]));
    expect(id).toBe('20261123-085400-123-0123z01z');
    expect(isSessionId(id)).toBe(true);
  });

  it('sorts chronologically as plain strings', () => {
    const times = ['2026-01-02T00:00:00.000Z', '2025-12-31T23:59:59.999Z', '2026-01-01T12:00:00.001Z'];
    const ids = times.map((time) => newSessionId(new Date(time)));
    const byId = [...ids].sort().map((id) => ids.indexOf(id));
    const byTime = [...times].sort().map((time) => times.indexOf(time));
    expect(byId).toEqual(byTime);
  });

  it('does not collide within one millisecond', () => {
    const now = new Date();
    const ids = new Set(Array.from({ length: 2000 }, () => newSessionId(now)));
    expect(ids.size).toBe(2000);
  });

  it('rejects things that are not ids (they become file names)', () => {
    expect(isSessionId('../../etc/passwd')).toBe(false);
    expect(isSessionId('20261123-085400-123-0123z01')).toBe(false);
  });
});
