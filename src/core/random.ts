/**
 * A seeded pseudo-random generator whose whole state is one 32-bit number,
 * so it can live in machine context and a seed replays a conversation exactly.
 * (mulberry32: tiny, fast and good enough for choosing among lines.)
 */

/** The generator state for a seed. Any number is accepted; it is folded to 32 bits. */
export function seedRandom(seed: number): number {
  return Math.trunc(seed) >>> 0;
}

/**
 * One draw: a float in [0, 1) and the next state.
 * @example const [value, next] = nextRandom(seedRandom(42));
 */
export function nextRandom(state: number): [value: number, next: number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** Pick an index in [0, length) and the next state. */
export function pickIndex(state: number, length: number): [index: number, next: number] {
  const [value, next] = nextRandom(state);
  return [Math.min(length - 1, Math.floor(value * length)), next];
}
