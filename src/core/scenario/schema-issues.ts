/**
 * Schema (zod) issues in a trainer's words: where, in the terms the guide
 * uses ("branch 2 of state "opening""), what was expected and what was
 * found, and how to write it ("e.g. traits: [busy]"). Never zod's own
 * wording ("Invalid key in record", "expected record").
 */
import { z } from 'zod';
import { closest, didYouMean, meantHint } from '../did-you-mean.js';
import { INTENTS } from '../types.js';
import { fieldName } from './field-path.js';
import type { DocumentSpec, Locator } from './load.js';
import { fixedName, LOWER_CASE_NAME, nameFault, STATE_NAME, STATE_NAME_RULE } from './name-rules.js';

type PathKey = string | number;
type Issue = z.core.$ZodIssue;

/** A schema problem located by offset in the file. */
export interface SchemaProblem {
  offset: number;
  message: string;
  hint?: string;
}

/**
 * Every schema issue as located problems: unknown keys one by one with their
 * "did you mean", a typo's "missing required field" left out, the rest in
 * words.
 */
export function schemaProblems<T>(zodIssues: readonly Issue[], data: unknown, locator: Locator, spec: DocumentSpec<T>): SchemaProblem[] {
  const flat = zodIssues.flatMap((issue) => flattenIssue(issue, []));
  const issues = [...flat, ...flat.flatMap((issue) => (issue.code === 'invalid_key' ? valueIssues(spec.schema, issue.path as PathKey[], data) : []))];
  const missing = missingFieldsByParent(issues, data);
  const misspelt = misspeltFields(issues, spec, missing);
  // `- Update: your parcel is held` among the lines of a "say": one line of text, not a mapping with a key "Update".
  const textLines = new Set(
    issues
      .filter(
        (issue) =>
          issue.code === 'unrecognized_keys' &&
          issue.path.length > 1 &&
          issue.path[issue.path.length - 2] === 'say' &&
          textAsMapping(valueAt(data, issue.path as PathKey[])) !== undefined &&
          // `- { txt: Hello }` is a misspelt "text", with its did-you-mean.
          issue.keys.every((key) => closest(key, spec.allowedKeysAt(issue.path as PathKey[])) === undefined),
      )
      .map((issue) => pathKey(issue.path as PathKey[])),
  );
  return issues.flatMap((issue) => {
    const path = issue.path as PathKey[];
    if (isMissingField(issue, data) && misspelt.has(pathKey(path))) return [];
    if (isMissingField(issue, data) && textLines.has(pathKey(path.slice(0, -1)))) return [];
    if (issue.code === 'unrecognized_keys' && textLines.has(pathKey(path))) {
      return [{ offset: locator.at(path), message: `${placeName(path, spec.noun)} reads as a mapping, not text: it has ": " in it`, hint: `text with ": " in it must be in quotes: ${JSON.stringify(textAsMapping(valueAt(data, path)))}` }];
    }
    return issue.code === 'unrecognized_keys' ? describeUnknownKeys(issue, locator, spec, missing) : [describeIssue(issue, data, locator, spec)];
  });
}

/** Optional, default and lazy wrappers do not change what a value must be. */
function unwrapped(schema: z.ZodType): z.ZodType {
  let at = schema;
  while (at instanceof z.ZodOptional || at instanceof z.ZodDefault || at instanceof z.ZodLazy) at = at.unwrap() as z.ZodType;
  return at;
}

/**
 * The issues of the value under a key zod refused: it stops at the key
 * (`needs now:` in `states`) and never looks inside, so a second run would
 * find the gotos in that state only after the trainer renamed it.
 */
function valueIssues(schema: z.ZodType, path: readonly PathKey[], data: unknown): Issue[] {
  let at: z.ZodType | undefined = schema;
  for (const key of path.slice(0, -1)) {
    const here: z.ZodType = unwrapped(at);
    at = here instanceof z.ZodObject ? (here.shape as Record<string, z.ZodType>)[String(key)] : here instanceof z.ZodRecord ? (here.valueType as z.ZodType) : here instanceof z.ZodArray ? (here.element as z.ZodType) : undefined;
    if (at === undefined) return [];
  }
  const record = unwrapped(at);
  if (!(record instanceof z.ZodRecord)) return [];
  const parsed = (record.valueType as z.ZodType).safeParse(valueAt(data, path));
  return parsed.success ? [] : parsed.error.issues.flatMap((issue) => flattenIssue(issue, path));
}

/** A value in words: `the text "calm"`, `number 250`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 30 ? `${value.slice(0, 30)}…` : value}"`;
  if (typeof value === 'boolean') return `the yes/no value ${String(value)}`;
  return `${typeof value} ${String(value)}`;
}

/** Replace union failures by the branch that got furthest, with paths made absolute. */
function flattenIssue(issue: Issue, prefix: readonly PathKey[]): Issue[] {
  const path = [...prefix, ...(issue.path as PathKey[])];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ ...issue, path } as Issue];
  const rootTypeMiss = (i: Issue) => i.code === 'invalid_type' && i.path.length === 0;
  // A branch whose issues are not all "wrong type here" matched the shape: its issues are the real ones.
  // Among those, the one with the fewest problems at its own root went deepest (a list of intents
  // with one typo fails the list branch at [1], not at the root).
  const candidates = issue.errors.filter((branch) => branch.length > 0 && !branch.every(rootTypeMiss));
  const rootCount = (branch: Issue[]) => branch.filter((i) => i.path.length === 0).length;
  const matched = candidates.reduce<Issue[] | undefined>((best, branch) => (best === undefined || rootCount(branch) < rootCount(best) ? branch : best), undefined);
  if (matched) return matched.flatMap((i) => flattenIssue(i, path));
  const expected = [...new Set(issue.errors.flat().map((i) => (i.code === 'invalid_type' ? i.expected : 'other')))];
  return [{ ...issue, path, message: `expected ${expected.map(typeWord).join(' or ')}` } as Issue];
}

/** A range issue in words: "should be at most 100, found 250", "is empty". */
function rangeMessage(issue: Issue & { code: 'too_small' | 'too_big' }, value: unknown): { message: string; hint?: string } | undefined {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  switch (issue.origin) {
    case 'number': {
      const bound = small ? (issue.inclusive ? `at least ${limit}` : `above ${limit}`) : issue.inclusive ? `at most ${limit}` : `below ${limit}`;
      return { message: `should be ${bound}, found ${String(value)}` };
    }
    case 'string':
      return small && limit === 1 ? { message: 'is empty', hint: 'write some text' } : undefined;
    case 'array':
      return small ? { message: `needs at least ${limit} ${limit === 1 ? 'item' : 'items'}` } : { message: `has more than ${limit} items` };
    default:
      return undefined;
  }
}

/** zod's name of a type in words; "record" (a mapping of any keys) and "boolean" are programmers' words. */
function typeWord(type: string): string {
  switch (type) {
    case 'int':
      return 'a whole number';
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'a mapping';
    case 'boolean':
      return 'true or false';
    default:
      return `a ${type}`;
  }
}

/** What a one-or-many or number-or-text field holds, where "a number or text" would say too little. */
function unionWords(path: readonly PathKey[]): string | undefined {
  const key = path[path.length - 1];
  const keys = path[0] === 'states' ? path.slice(2) : path;
  const inCondition = keys.some((k) => k === 'when' || k === 'any' || k === 'all' || k === 'not') || path[0] === 'examples';
  switch (key) {
    case 'empathy':
    case 'positivity':
    case 'followThrough':
    case 'turn':
      return 'a comparison such as ">=60", "<40" or "==3"';
    case 'mood':
      return inCondition || keys.includes('say') ? 'a comparison such as ">=60", "<40" or "==3"' : 'a change of mood such as +10 or -15';
    case 'say':
      return 'text, or a list of lines';
    case 'intent':
    case 'notIntent':
      return 'an intent, or a list of intents';
    case 'flag':
    case 'notFlag':
      return 'a flag name, or a list of them';
    default:
      return typeof key === 'number' && keys[keys.length - 2] === 'say' ? 'text, or a mapping with "text" (and "mood" or "when")' : undefined;
  }
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathKey, unknown>)[key];
  }
  return value;
}

/** A required field that is absent (zod reports it as a type error on `undefined`). */
function isMissingField(issue: Issue, data: unknown): boolean {
  return issue.code === 'invalid_type' && valueAt(data, issue.path as PathKey[]) === undefined;
}

const pathKey = (path: readonly PathKey[]) => JSON.stringify(path.map(String));

/**
 * The fields an unknown key is a misspelling of (`scenaros` → `scenarios`),
 * as path keys: the loader reports the unknown key with its "did you mean"
 * and drops the "missing required field" that the same typo would also cause.
 */
function misspeltFields<T>(issues: readonly Issue[], spec: DocumentSpec<T>, missing: ReadonlyMap<string, string[]>): Set<string> {
  const fields = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path as PathKey[];
    const allowed = spec.allowedKeysAt(path);
    for (const key of issue.keys) {
      const meant = meantKey(key, issue.keys, allowed, missing.get(pathKey(path)));
      if (meant !== undefined) fields.add(pathKey([...path, meant]));
    }
  }
  return fields;
}

/** Required fields left out, by the path of the mapping they belong in. */
function missingFieldsByParent(issues: readonly Issue[], data: unknown): Map<string, string[]> {
  const missing = new Map<string, string[]>();
  for (const issue of issues) {
    if (!isMissingField(issue, data)) continue;
    const path = issue.path as PathKey[];
    const parent = pathKey(path.slice(0, -1));
    missing.set(parent, [...(missing.get(parent) ?? []), String(path[path.length - 1])]);
  }
  return missing;
}

/** Words people write for a required field ("next: listening" for "goto: listening"). */
const FIELD_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  goto: ['next', 'go', 'to', 'target', 'then', 'state', 'moveto', 'move'],
  seconds: ['secs', 'time', 'delay', 'wait', 'after', 'timeout'],
};

/**
 * The field an unknown key stands for. When it is the only unknown key and one required field is missing
 * in the same mapping, that field if the key abbreviates it, is a common word for it, or is a typo of it
 * (`after: { sec: 40 }` means "seconds", `next: listening` means "goto"); else the closest allowed key.
 */
function meantKey(key: string, unknown: readonly string[], allowed: readonly string[], missing: readonly string[] | undefined): string | undefined {
  const field = unknown.length === 1 && missing?.length === 1 ? missing[0]! : undefined;
  const lower = key.toLowerCase();
  if (field && (field.startsWith(lower) || FIELD_SYNONYMS[field]?.includes(lower) || closest(key, [field]) !== undefined)) return field;
  return closest(key, allowed);
}

/** The place at `path` in words, the whole file included ("the scenario"). */
const placeName = (path: readonly PathKey[], noun: string) => fieldName(path) ?? `the ${noun}`;

/** One located problem per unknown key (zod groups a mapping's unknown keys in one issue). */
function describeUnknownKeys<T>(issue: Issue & { code: 'unrecognized_keys' }, locator: Locator, spec: DocumentSpec<T>, missing: ReadonlyMap<string, string[]>): SchemaProblem[] {
  const path = issue.path as PathKey[];
  const allowed = spec.allowedKeysAt(path);
  const stands = (key: string) => {
    const meant = meantKey(key, issue.keys, allowed, missing.get(pathKey(path)));
    return meant === undefined ? undefined : meantHint(meant);
  };
  return issue.keys.map((key) => {
    const offset = locator.keyAt([...path, key]);
    // "<<: *base" is a merge key in YAML 1.1; the loader reads YAML 1.2, where it is an ordinary key.
    if (key === '<<') {
      return { offset, message: 'YAML merge keys ("<<: *name") are not supported', hint: 'write the keys out, or mark a whole value with &name and repeat it with *name (e.g. intent: *hostile)' };
    }
    return {
      offset,
      message: `unknown key "${key}" in ${placeName(path, spec.noun)}`,
      hint:
        stands(key) ??
        // "{ note: polite, but vague }" splits at the comma: the tail becomes a key.
        (key.includes(' ')
          ? 'text with a comma inside { … } must be quoted, e.g. note: "polite, but vague"'
          : allowed.length > 0
            ? `allowed keys: ${allowed.join(', ')}`
            : undefined),
    };
  });
}

/** Names of states in the data that keep the rule, to suggest for a goto that breaks it. */
function validStateNames(data: unknown): string[] {
  const states = valueAt(data, ['states']);
  return states !== null && typeof states === 'object' && !Array.isArray(states) ? Object.keys(states).filter((name) => STATE_NAME.test(name)) : [];
}

/**
 * A name that breaks its rule (`goto: needs now`, `id: Late Parcel`), with
 * what is wrong and the name that keeps the rule: for a state, the state it
 * most likely means, else the name written by the rule.
 */
function nameProblem(issue: Issue & { code: 'invalid_format' }, value: string, path: readonly PathKey[], where: string, data: unknown): { message: string; hint: string } {
  const lowerCase = 'pattern' in issue && issue.pattern === String(LOWER_CASE_NAME);
  const key = [...path].reverse().find((k) => typeof k === 'string');
  const kind = lowerCase ? ({ id: 'id', category: 'category', end: 'ending', scenario: 'scenario id', scenarios: 'scenario id' }[key ?? ''] ?? 'name') : 'state name';
  const fix = (lowerCase ? undefined : closest(value, validStateNames(data))) ?? fixedName(value, lowerCase);
  return {
    message: `${where} is "${value}", which is not a valid ${kind}: ${nameFault(value, lowerCase)}`,
    hint: `${issue.message}${fix === undefined ? '' : `; try "${fix}"`}`,
  };
}

/** A key of a mapping of names (states, flags to set) that breaks its rule. */
function keyProblem(path: readonly PathKey[], noun: string): { message: string; hint: string } {
  const key = String(path[path.length - 1]);
  const parent = path[path.length - 2];
  if (path.length === 2 && parent === 'states') {
    const fix = fixedName(key, false);
    return {
      message: `state name "${key}" is not valid: ${nameFault(key, false)}`,
      hint: `${STATE_NAME_RULE}${fix === undefined ? '' : `; try "${fix}"`}, and use the new name wherever a "goto" or "start" names this state`,
    };
  }
  const where = placeName(path.slice(0, -1), noun);
  if (parent === 'set') return { message: `${where}: flag name "${key}" is not valid: ${nameFault(key, false)}`, hint: 'name the flag, e.g. set: { offended: true }' };
  return { message: `${where}: the key "${key}" is not allowed here`, hint: 'rename it' };
}

/** Hints that use what was written: `traits: angry` → "make it a list: traits: [angry]". */
function valueHint(path: readonly PathKey[], expected: string, value: unknown, allowed: readonly string[] = []): string | undefined {
  const key = path[path.length - 1];
  // `end: true`: quoting it would make an ending of the kind "true"; the fix is the kind's name.
  if (key === 'end' && typeof value === 'boolean') {
    return value
      ? `"end" names the kind of ending, not whether this is one: write end: resolved, escalated or lost, or a word of your own such as gave-up`
      : 'a state that is not an ending has no "end": remove the line';
  }
  // `empathy: 40%`: a rubric weight as a percentage.
  const percent = path[0] === 'rubric' && typeof value === 'string' ? /^(\d+(?:\.\d+)?)\s*%$/u.exec(value.trim()) : null;
  if (percent) return `weights go from 0 to 1: write ${String(key)}: ${Number(percent[1]) / 100}`;
  // `- Update: your parcel is held` in a list of replies or lines: the ": " made a key of "Update".
  // Not `say: { text: hi }`, a mapping of the format's own keys in the wrong place.
  const pair = textAsMapping(value);
  const ownKeys = pair !== undefined && expected !== 'text' && Object.keys(value as object).some((k) => allowed.includes(k) || closest(k, allowed) !== undefined);
  if (expected.startsWith('text') && pair !== undefined && !ownKeys) return `text with ": " in it must be in quotes: ${JSON.stringify(pair)}`;
  // `keywords: [solo, 8.99]` or `title: 2024`: YAML reads a bare number (or true, false) as one, not as text.
  // Not for a state name: "3" would break its rule too, and the example says what one looks like.
  const stateRef = key === 'goto' || key === 'start' || key === 'outOfTurns';
  if (expected.startsWith('text') && !stateRef && (typeof value === 'number' || typeof value === 'boolean')) return `put it in quotes: "${String(value)}"`;
  if (typeof key !== 'string') return undefined;
  // `done: resolved` for an ending.
  if (expected === 'a mapping' && path.length === 2 && path[0] === 'states' && typeof value === 'string' && LOWER_CASE_NAME.test(value)) {
    return `a state is a mapping; an ending is written ${key}: { end: ${value} }`;
  }
  if (expected === 'a list' && typeof value === 'string') {
    // The trainer's own word in the example when it is short; text with commas or colons in quotes.
    if (value.length > 30) return `make it a list: ${key}: [like, this], or one "- item" per line below the key`;
    // `traits: busy, polite` was meant as two items.
    const parts = value.split(',').map((part) => part.trim()).filter(Boolean);
    if (parts.length > 1 && parts.every((part) => /^[\w .'-]+$/u.test(part))) return `make it a list: ${key}: [${parts.join(', ')}], or one "- item" per line below the key`;
    const item = /^[\w .'-]+$/u.test(value) ? value : JSON.stringify(value);
    return `make it a list: ${key}: [${item}], or one "- ${item}" per line below the key`;
  }
  if (expected === 'a mapping' && key === 'set' && typeof value === 'string') return `flags to set are a mapping of names to true or false: set: { ${value}: true }`;
  if (expected === 'a mapping' && key === 'when' && typeof value === 'string' && (INTENTS as readonly string[]).includes(value)) {
    return `a condition is a mapping: when: { intent: ${value} }`;
  }
  return undefined;
}

/** Words trainers write for an intent ("thanks", "empathy", "sorry"). */
const INTENT_WORDS: Readonly<Record<string, string>> = {
  thanks: 'gratitude',
  thank: 'gratitude',
  'thank-you': 'gratitude',
  sorry: 'apology',
  apologise: 'apology',
  apologize: 'apology',
  empathy: 'empathy-statement',
  empathise: 'empathy-statement',
  empathize: 'empathy-statement',
  empathetic: 'empathy-statement',
  promise: 'commitment',
  commit: 'commitment',
  escalate: 'escalation',
  manager: 'escalation',
  handover: 'escalation',
  policy: 'policy-hiding',
  rude: 'dismissal',
  vague: 'vague-promise',
  hello: 'greeting',
  hi: 'greeting',
  goodbye: 'closing',
  bye: 'closing',
  summary: 'recap',
  honesty: 'honest-disclosure',
  honest: 'honest-disclosure',
  ask: 'question',
  'open-question': 'question',
};

/** The intent a word that is none most likely means: a common word for it, or the start of its name. */
function intentMeant(word: string): string | undefined {
  const lower = word.trim().toLowerCase();
  const meant = INTENT_WORDS[lower] ?? INTENTS.find((intent) => lower.length >= 4 && intent.startsWith(lower));
  return meant === undefined ? undefined : meantHint(meant);
}

/** A rubric names all three weights: the trainer's rubric with the missing ones at 0. */
function rubricHint(field: string, rubric: unknown): string {
  const given = rubric !== null && typeof rubric === 'object' ? (rubric as Record<string, unknown>) : {};
  const weight = (skill: string) => (typeof given[skill] === 'number' ? String(given[skill]) : '0');
  if (!['empathy', 'positivity', 'followThrough'].some((skill) => typeof given[skill] === 'number')) {
    return 'a rubric gives all three weights, each from 0 to 1, e.g. rubric: { empathy: 0.4, positivity: 0.3, followThrough: 0.3 }';
  }
  return `a rubric gives all three weights; add "${field}: 0" if it should not count: rubric: { empathy: ${weight('empathy')}, positivity: ${weight('positivity')}, followThrough: ${weight('followThrough')} }`;
}

/** `{ Update: "your parcel is held" }` back as the text the trainer wrote, when a mapping is one `key: text` pair. */
function textAsMapping(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length !== 1) return undefined;
  const [key, text] = entries[0]!;
  if (text !== null && typeof text !== 'string' && typeof text !== 'number' && typeof text !== 'boolean') return undefined;
  return text === null ? `${key}:` : `${key}: ${String(text)}`;
}

/** The comparison a trainer meant by `=>60`, `60+`, `≥ 60` or `at least 60`, written the way the format takes it. */
export function comparisonFix(value: string): string | undefined {
  const words: [RegExp, string][] = [
    [/^(?:at least|min(?:imum)?|from)\s*/u, '>='],
    [/^(?:at most|max(?:imum)?|up to)\s*/u, '<='],
    [/^(?:over|above|more than|greater than)\s*/u, '>'],
    [/^(?:under|below|less than)\s*/u, '<'],
  ];
  let text = value.trim().toLowerCase().replace(/≥/gu, '>=').replace(/≤/gu, '<=').replace(/≠/gu, '!=').replace(/%$/u, '').trim();
  for (const [pattern, operator] of words) if (pattern.test(text)) text = `${operator}${text.replace(pattern, '')}`;
  const plus = /^(-?\d+(?:\.\d+)?)\s*\+$/u.exec(text);
  if (plus) text = `>=${plus[1]}`;
  const match = /^(=>|=<|>\s*=|<\s*=|=\s*=|!\s*=|=|>|<)?\s*(-?\d+(?:\.\d+)?)$/u.exec(text);
  if (!match) return undefined;
  const operator = { '=>': '>=', '=<': '<=', '=': '==' }[match[1] ?? ''] ?? (match[1] ?? '>=').replace(/\s+/gu, '');
  const fixed = `${operator}${match[2]}`;
  return fixed === value ? undefined : fixed;
}

function describeIssue<T>(issue: Issue, data: unknown, locator: Locator, spec: DocumentSpec<T>): SchemaProblem {
  const path = issue.path as PathKey[];
  const where = placeName(path, spec.noun);
  const value = valueAt(data, path);
  const example = spec.example?.(path);
  const located = (message: string, hint?: string): SchemaProblem => ({ offset: locator.at(path), message, ...(hint ? { hint } : {}) });
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        const field = String(path[path.length - 1] ?? '');
        return {
          offset: locator.keyAt(path.slice(0, -1)),
          message: `missing required field "${field}"${path.length > 1 ? ` in ${placeName(path.slice(0, -1), spec.noun)}` : ''}`,
          hint: path[0] === 'rubric' && path.length === 2 ? rubricHint(field, valueAt(data, ['rubric'])) : `add "${field}:" here`,
        };
      }
      const expected = issue.message.startsWith('expected ') ? issue.message.slice('expected '.length) : typeWord(issue.expected);
      const hint = value === null ? `write a value after the colon${example ? `, ${example}` : ''}` : (valueHint(path, expected, value, spec.allowedKeysAt(path)) ?? example);
      return located(`${where} should be ${expected}, found ${describeValue(value)}`, hint);
    }
    case 'invalid_union': {
      // flattenIssue's "expected text or a list" when no branch of the union came close.
      const expected = unionWords(path) ?? issue.message.replace(/^expected /, '');
      // "a comparison such as ">=60" …" is its own example.
      const shown = expected.includes(' such as ') ? undefined : example;
      const hint = value === null ? `write a value after the colon${example ? `, ${example}` : ''}` : (valueHint(path, expected, value, spec.allowedKeysAt(path)) ?? shown);
      return located(`${where} should be ${expected}, found ${describeValue(value)}`, hint);
    }
    case 'invalid_key':
      // A state or flag name zod refused as a key ("Invalid key in record").
      return { offset: locator.keyAt(path), ...keyProblem(path, spec.noun) };
    case 'invalid_value': {
      const isIntent = path.includes('intent') || path.includes('notIntent');
      const options = issue.values.map(String);
      const suggestion = typeof value === 'string' ? (didYouMean(value, options) ?? (isIntent ? intentMeant(value) : undefined)) : undefined;
      // Strings are quoted, true and numbers are not: `otherwise` must be true, not "true".
      const shown = issue.values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v)));
      const allowed = shown.length === 1 ? `must be ${shown[0]}` : `must be one of ${shown.join(', ')}`;
      return located(
        isIntent ? `unknown intent ${JSON.stringify(value)}` : `${where} ${allowed}`,
        suggestion ??
          (isIntent
            ? `intents are: ${INTENTS.join(', ')}`
            : path[path.length - 1] === 'otherwise'
              ? 'a fallback branch is "otherwise: true"; to have no fallback, remove the branch'
              : undefined),
      );
    }
    case 'too_small':
    case 'too_big': {
      const found = rangeMessage(issue, value);
      // `empathy: 40`: a rubric weight written as a percentage.
      const weight = path[0] === 'rubric' && issue.code === 'too_big' && typeof value === 'number' && value <= 100 ? `weights go from 0 to 1: write ${String(path[1])}: ${value / 100}` : undefined;
      // A number out of range: the field's example says its range ("a whole number from 1 for gentle to 5 for hard").
      if (found) return located(`${where} ${found.message}`, found.hint ?? weight ?? (issue.origin === 'array' || issue.origin === 'number' ? example : undefined));
      return located(`${where} is ${issue.code === 'too_small' ? 'too small' : 'too big'}`, example);
    }
    case 'invalid_format': {
      if (issue.format === 'regex' && typeof value === 'string') {
        // Our own patterns: "expected a comparison such as …" is what the value should look like; any other
        // message is the rule of a name (a state name, an id), and the fix is a name that keeps it.
        if (issue.message.startsWith('expected ')) {
          const key = [...path].reverse().find((k) => typeof k === 'string');
          // `mood: -15 points` or `mood: "+10%"`: the change is the number in it.
          const change = issue.message.includes('change of mood') ? /^\s*([+-]?\s*\d+)(?!\s*\d)/u.exec(value)?.[1]?.replace(/\s+/gu, '') : undefined;
          const fixed = issue.message.includes('comparison') ? comparisonFix(value) : undefined;
          const hint = fixed !== undefined ? `write ${key}: "${fixed}"` : change !== undefined ? `write ${key}: ${change}` : undefined;
          return located(`${where} should be ${issue.message.slice('expected '.length)}, found ${describeValue(value)}`, hint);
        }
        const { message, hint } = nameProblem(issue, value, path, where, data);
        return located(message, hint);
      }
      return located(`${where} is not written the right way`, example);
    }
    case 'custom':
      // Our own refinements ("at least one rubric weight must be above 0"): already in words.
      return located(`${where}: ${issue.message}`, example);
    default:
      // No field uses another check; should one appear, its place and an example still help more than zod's words.
      return located(`${where} is not valid`, example);
  }
}
