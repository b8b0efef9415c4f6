/**
 * Cutting text to a length limit that counts UTF-16 units (what `String.length`
 * and zod's `max` count) without splitting a surrogate pair, which would leave
 * a broken character at the end.
 */

/**
 * `text` cut to at most `max` UTF-16 units, never between the halves of a surrogate pair.
 * @example cutText('ab😀', 3) // → 'ab'
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max);
}
