/**
 * The two kinds of name a scenario uses, what is wrong with one that breaks
 * its rule, and the nearest name that keeps it: `needs now` → `needs-now`.
 */

/** State names: `opening`, `heated_2`, `gave-up`. */
export const STATE_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
export const STATE_NAME_RULE = 'state names use letters, digits, "_" and "-", starting with a letter';

/** Ids, categories and ending kinds: `irate-double-charge`. */
export const LOWER_CASE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * What breaks the rule, in words.
 * @example nameFault('needs now', false) → 'it has a space'
 */
export function nameFault(name: string, lowerCase: boolean): string {
  if (name.trim() === '') return 'it is empty';
  if (/\s/.test(name)) return 'it has a space';
  if (!/^[A-Za-z]/.test(name)) return `it starts with "${[...name][0]}", not a letter`;
  if (lowerCase && /[A-Z]/.test(name)) return 'it has capital letters';
  const allowed = lowerCase ? /[a-z0-9-]/ : /[A-Za-z0-9_-]/;
  const bad = [...name].find((char) => !allowed.test(char));
  return bad === undefined ? 'it is not allowed' : `it has "${bad}" in it`;
}

/**
 * The name written by the rule: spaces and other characters become dashes,
 * accents are dropped, and (for lower-case names) `lateParcel` becomes
 * `late-parcel`. Undefined when nothing usable is left or it does not start
 * with a letter (there is no sure fix for "2nd-try").
 * @example fixedName('needs now', false) → 'needs-now'
 * @example fixedName('Late Parcel', true) → 'late-parcel'
 */
export function fixedName(name: string, lowerCase: boolean): string | undefined {
  let fixed = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (lowerCase) fixed = fixed.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/_/g, '-');
  fixed = fixed
    .replace(lowerCase ? /[^a-z0-9-]+/g : /[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  const pattern = lowerCase ? LOWER_CASE_NAME : STATE_NAME;
  return pattern.test(fixed) && fixed !== name ? fixed : undefined;
}
