/**
 * Load a scenario from YAML text: parse, validate against the schema, check
 * the dialogue graph, and return every problem at once with its position.
 *
 * The file is data only: the YAML core schema with no custom tags, bounded
 * alias expansion, and nothing in it is ever evaluated.
 */
import { createHash } from 'node:crypto';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { closest, meantHint } from '../did-you-mean.js';
import type { Problem } from '../problem.js';
import { sortProblems } from '../problem.js';
import { checkScenarioGraph } from './check.js';
import type { GraphProblem } from './check.js';
import { fieldExample } from './field-examples.js';
import type { Scenario } from './schema.js';
import { MAX_NESTING, tooDeepOffset, tooDeepPath } from './nesting.js';
import { describeValue, schemaProblems } from './schema-issues.js';
import { allowedKeysAt, ScenarioSchema } from './schema.js';
import { indentationProblem, quotingProblem } from './yaml-layout.js';

/** What {@link loadScenarioText} returns: the scenario when valid, and every problem found. */
export interface LoadResult {
  /** Present only when there are no errors (warnings allowed). */
  scenario?: Scenario;
  /** First 12 hex digits of the SHA-256 of the text: identifies the exact file a session used. */
  version: string;
  /** Errors and warnings, sorted by position. */
  problems: Problem[];
}

/** More aliases than this in one file is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;
/** Larger files are refused before parsing (a scenario is a few KB). */
export const MAX_SCENARIO_BYTES = 1_000_000;

type PathKey = string | number;

/** Where a path points in the YAML document, as close as it can get. */
export interface Locator {
  /** Offset of the node at `path` (or of its deepest existing ancestor). */
  at(path: readonly PathKey[]): number;
  /** Offset of the key of the pair at `path` (falls back to {@link at}). */
  keyAt(path: readonly PathKey[]): number;
}

/**
 * What a kind of YAML file (scenario, drill) needs from the shared loader:
 * its schema, the keys allowed at each path (for "did you mean"), the checks
 * the schema cannot express, and the words its messages use.
 */
export interface DocumentSpec<T> {
  /** What one file holds, for messages: "scenario", "drill". */
  noun: string;
  schema: z.ZodType<T>;
  /** Keys allowed in the mapping at a path, for "did you mean" on unknown keys. */
  allowedKeysAt(path: readonly (string | number)[]): string[];
  /** Hint for an empty file: which fields are needed. */
  emptyHint: string;
  /** Hint when the file is not a mapping, e.g. `start with "id: my-scenario" on the first line`. */
  startHint: string;
  /** Cross-reference checks on the raw parsed data (run even when the schema fails). */
  check?(data: unknown): GraphProblem[];
  /** How the value at a path looks when right ("e.g. traits: [busy]"), for the hint of a wrong one. */
  example?(path: readonly (string | number)[]): string | undefined;
}

/**
 * 1-based line and column of an offset in `text`, as an editor shows them: a
 * byte-order mark is a character of the text but not a column on screen.
 */
export function linePosition(text: string, lineCounter: LineCounter, offset: number): { line: number; col: number } {
  const { line, col } = lineCounter.linePos(offset);
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  return line <= 1 ? { line: 1, col: Math.max(1, col - bom) } : { line, col: Math.max(1, col) };
}

/** What {@link loadYamlText} returns: the value when valid, and every problem found. */
export interface YamlLoadResult<T> {
  value?: T;
  version: string;
  problems: Problem[];
}

const SCENARIO_SPEC: DocumentSpec<Scenario> = {
  noun: 'scenario',
  schema: ScenarioSchema,
  allowedKeysAt,
  emptyHint: 'a scenario needs at least id, title, category, difficulty, persona, start and states',
  startHint: 'start with "id: my-scenario" on the first line',
  check: checkScenarioGraph,
  example: fieldExample,
};

/**
 * Parse and validate scenario YAML.
 * @param text the file's contents
 * @param path the file's name as the user gave it, used in every problem
 * @example const { scenario, problems } = loadScenarioText(yaml, 'scenarios/irate.yaml');
 */
export function loadScenarioText(text: string, path: string): LoadResult {
  const { value, version, problems } = loadYamlText(text, path, SCENARIO_SPEC);
  return value ? { scenario: value, version, problems } : { version, problems };
}

/**
 * Parse and validate one YAML data file of any kind described by a
 * {@link DocumentSpec}: text checks, bounded aliases, schema issues and the
 * spec's own checks, all as located problems.
 * @example loadYamlText(text, 'scenarios/drills/week-1.yaml', DRILL_SPEC)
 */
export function loadYamlText<T>(text: string, path: string, spec: DocumentSpec<T>): YamlLoadResult<T> {
  const version = createHash('sha256').update(text).digest('hex').slice(0, 12);
  const problems: Problem[] = [];
  const lineCounter = new LineCounter();
  const position = (offset: number) => linePosition(text, lineCounter, offset);
  const report = (offset: number, message: string, hint?: string, severity: Problem['severity'] = 'error') => {
    problems.push({ path, ...position(offset), severity, message, ...(hint ? { hint } : {}) });
  };
  const done = (value?: T): YamlLoadResult<T> => {
    // A mistake inside an anchored value is found again at every alias of it, at the anchor's position: say it once.
    const sorted = sortProblems(uniqueProblems(problems));
    const ok = value !== undefined && !sorted.some((p) => p.severity === 'error');
    return ok ? { value, version, problems: sorted } : { version, problems: sorted };
  };

  // Text checks come first: parsing binary junk yields a pile of misleading YAML errors.
  if (isUtf16(text)) {
    lineCounterFromText(lineCounter, text);
    report(0, 'this file is saved as UTF-16, not UTF-8', `save it as UTF-8: in your editor, use "Save with Encoding" or the encoding menu and choose UTF-8; a ${spec.noun} is a UTF-8 YAML text file`);
    return done();
  }
  const junk = findNonText(text);
  if (junk) {
    lineCounterFromText(lineCounter, text);
    if (junk.what === NOT_UTF8 && !/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
      // Text, but with a character that is not UTF-8: an accented letter, a curly quote or a euro sign saved in
      // an older encoding (Windows-1252, Latin-1) by an editor or a spreadsheet export.
      report(
        junk.offset,
        'this file is not saved as UTF-8: the character here (often an accented letter, a curly quote or a currency sign) is in another encoding, such as Windows-1252 or Latin-1',
        `save it as UTF-8: in your editor, use "Save with Encoding" or the encoding menu and choose UTF-8; a ${spec.noun} is a UTF-8 YAML text file`,
      );
      return done();
    }
    report(junk.offset, `this is not a text file (${junk.what})`, `a ${spec.noun} is a UTF-8 YAML text file`);
    return done();
  }
  if (text.length > MAX_SCENARIO_BYTES) {
    report(0, `file is too large (${text.length} characters)`, `a ${spec.noun} must be under ${MAX_SCENARIO_BYTES} characters`);
    return done();
  }
  if (stripComments(text).trim() === '') {
    report(0, 'file is empty', spec.emptyHint);
    return done();
  }

  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    schema: 'core',
    customTags: [],
    uniqueKeys: true,
    merge: false,
    version: '1.2',
  });
  // Before anything walks the document: every later step recurses into it.
  const deep = tooDeepOffset(doc);
  if (deep !== undefined) {
    report(deep, NESTED_TOO_DEEPLY, nestingHint(spec.noun));
    return done();
  }
  // Only the first syntax error: the parser reads what follows it wrongly, so the
  // rest are mostly echoes of it (one tab gave six errors, most with wrong hints).
  const firstError = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  const duplicate = firstError?.code === 'DUPLICATE_KEY' ? duplicateKeyAt(doc, firstError.pos[0]) : undefined;
  // A line indented with a tab is the cause whatever the parser noticed first (often the line above it,
  // as "text with ': '…", or a block of text "less indented than its first line"): name the tab.
  const tabbed = firstError ? /^ *\t/m.exec(text) : null;
  if (tabbed) {
    report(tabbed.index + tabbed[0].length - 1, 'Tabs are not allowed as indentation', yamlHint('TAB_AS_INDENT', spec.noun));
  } else if (duplicate) {
    const first = position(duplicate.firstOffset);
    const empty = duplicate.empty && position(duplicate.empty.offset);
    report(
      duplicate.offset,
      `the key "${duplicate.key}" appears twice in the same mapping (first on line ${first.line})`,
      duplicate.empty && empty
        ? `"${duplicate.empty.key}:" on line ${empty.line} has nothing under it, so the lines below it are read as more keys of the mapping around it: indent them further than "${duplicate.empty.key}:"; or, if "${duplicate.empty.key}:" is indented too far, line it up with the keys it belongs with`
        : 'each key may appear once: rename one of them, or merge the two',
    );
  } else if (firstError) {
    // "{ name: Dana, mood: 20" with no "}": the parser notices on the next line; point at the bracket left open.
    const bracket = /^Flow (map|sequence) in block collection/.exec(firstError.message)?.[1];
    const open = bracket ? unclosedBracket(text, firstError.pos[0], bracket === 'map' ? '{' : '[') : undefined;
    const quote = quoteProblem(text, firstError.code, firstError.message, firstError.pos[0]) ?? quotingProblem(text, firstError.code, firstError.message, firstError.pos[0]);
    // A line one space out, or a key indented under a "key: value" line: the parser often notices a line early or late.
    const layout = quote === undefined && LAYOUT_CODES.has(firstError.code) ? indentationProblem(text, firstError.pos[0]) : undefined;
    if (open !== undefined) {
      const [opener, closer] = bracket === 'map' ? ['{', '}'] : ['[', ']'];
      report(open, `this "${opener}" is never closed with "${closer}"`, `add the "${closer}" where the ${bracket === 'map' ? 'mapping' : 'list'} ends; if it goes on over several lines, indent them further than this line's key`);
    } else if (quote) {
      report(quote.offset, quote.message, quote.hint);
    } else if (layout) {
      report(layout.offset, layout.message, layout.hint);
    } else {
      report(yamlErrorOffset(text, firstError.code, firstError.pos[0]), yamlMessage(firstError.code, firstError.message), yamlHint(firstError.code, spec.noun));
    }
  }
  for (const warning of doc.warnings) {
    report(warning.pos[0], firstLine(warning.message), yamlHint(warning.code, spec.noun), 'warning');
  }
  if (doc.errors.length > 0) return done();
  // An alias with no anchor before it fails only when converted, with no position: check them here.
  const aliases = aliasProblems(doc);
  for (const problem of aliases) report(problem.offset, problem.message, problem.hint);
  if (aliases.length > 0) return done();

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml library's alias-count error carries no position: point at the first alias.
    const message = error instanceof Error ? error.message : String(error);
    const alias = firstAliasOffset(doc);
    if (error instanceof RangeError) {
      // Not expected below the nesting limit; if a small stack overflows anyway, say what the file can change.
      report(alias ?? 0, NESTED_TOO_DEEPLY, nestingHint(spec.noun));
    } else if (/alias/i.test(message)) {
      report(alias ?? 0, 'too many YAML aliases: this looks like an alias bomb', `use at most ${MAX_ALIAS_COUNT} aliases and avoid nesting them`);
    } else {
      report(alias ?? 0, `cannot read YAML: ${firstLine(message)}`);
    }
    return done();
  }
  if (data === null || data === undefined) {
    report(0, 'file is empty', spec.emptyHint);
    return done();
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    report(doc.contents?.range?.[0] ?? 0, `expected a mapping of ${spec.noun} fields, found ${describeValue(data)}`, spec.startHint);
    return done();
  }

  const locator = makeLocator(doc);
  // The file is shallow enough (checked above), but aliases inside anchored values can nest the data deeper.
  const deepData = tooDeepPath(data);
  if (deepData !== undefined) {
    report(
      locator.at(deepData),
      `the YAML is nested too deeply once its aliases are filled in (more than ${MAX_NESTING} lists and mappings inside one another)`,
      'an alias (*name) repeats the whole value marked &name: do not repeat values inside values that are repeated themselves; write the deep part out once',
    );
    return done();
  }
  const parsed = spec.schema.safeParse(data);
  if (!parsed.success) {
    for (const problem of schemaProblems(parsed.error.issues, data, locator, spec)) report(problem.offset, problem.message, problem.hint);
  }
  // Graph checks run on the raw data too, so a trainer sees schema and graph problems in one pass.
  for (const found of spec.check?.(data) ?? []) {
    const offset = found.key ? locator.keyAt(found.path) : locator.at(found.path);
    report(offset, found.message, found.hint, found.severity);
  }
  return done(parsed.success ? parsed.data : undefined);
}

/** Parser errors that a line indented wrongly causes, for {@link indentationProblem} to place. */
const LAYOUT_CODES = new Set(['BAD_INDENT', 'MISSING_CHAR', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN']);

const NESTED_TOO_DEEPLY = `the YAML is nested too deeply (more than ${MAX_NESTING} lists and mappings inside one another)`;

function nestingHint(noun: string): string {
  return `a ${noun} needs only a few levels: look for "[" or "{" typed many times over, or lines indented further and further, and remove the extra levels`;
}

function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.line, p.col, p.severity, p.message, p.hint]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * True for UTF-16 read as UTF-8, as files are read: its byte-order mark (FF FE
 * or FE FF) becomes two U+FFFD, and the ASCII of the YAML keys comes out with
 * a NUL beside every character. Some editors on Windows save "Unicode" so.
 */
function isUtf16(text: string): boolean {
  const body = text.startsWith('\ufffd\ufffd') ? text.slice(2) : text;
  return /^(?:[^\0]\0){2}|^(?:\0[^\0]){2}/.test(body);
}

const NOT_UTF8 = 'it is not valid UTF-8';

/** Finds NUL bytes, other control characters or U+FFFD (what invalid UTF-8 decodes to). */
function findNonText(text: string): { offset: number; what: string } | undefined {
  const match = /[\u0000-\u0008\u000e-\u001f\ufffd]/.exec(text);
  if (!match) return undefined;
  const char = match[0];
  const what =
    char === '\u0000' ? 'it contains NUL bytes' : char === '\ufffd' ? NOT_UTF8 : `it contains control character U+${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
  return { offset: match.index, what };
}

function lineCounterFromText(lineCounter: LineCounter, text: string): void {
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
}

function stripComments(text: string): string {
  return text.replace(/^\s*#.*$/gm, '').replace(/^---\s*$/gm, '');
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** A key used twice in one mapping. */
interface Duplicate {
  key: string;
  offset: number;
  firstOffset: number;
  empty?: { key: string; offset: number };
}

/**
 * The repeated key whose second use starts at `offset` (or, when the parser
 * points elsewhere, the first repeated key in the file), where its first use
 * is, and a key with nothing under it just above the repeat: `probing:`
 * indented like the keys of the state before it takes that state's `say:`
 * and `on:` for its own, which then appear twice.
 */
function duplicateKeyAt(doc: Document, offset: number): Duplicate | undefined {
  const all: Duplicate[] = [];
  visit(doc, {
    Map(_, map) {
      const keys = map.items.map((pair) => ({
        key: isScalar(pair.key) ? String(pair.key.value) : undefined,
        at: isScalar(pair.key) ? pair.key.range?.[0] : undefined,
        empty: pair.value === null || (isScalar(pair.value) && pair.value.value === null),
      }));
      keys.forEach(({ key, at }, index) => {
        const first = keys.findIndex((other) => other.key === key);
        if (key === undefined || at === undefined || first === index) return;
        const empty = keys.slice(first + 1, index).reverse().find((other) => other.empty && other.key !== undefined && other.at !== undefined);
        all.push({ key, offset: at, firstOffset: keys[first]!.at ?? 0, ...(empty ? { empty: { key: empty.key!, offset: empty.at! } } : {}) });
      });
    },
  });
  return all.find((d) => d.offset === offset) ?? all.sort((a, b) => a.offset - b.offset)[0];
}

/**
 * The offset of the `open` bracket left unclosed before `offset`, looking back
 * line by line (text in quotes and comments skipped), or undefined.
 */
function unclosedBracket(text: string, offset: number, open: '{' | '['): number | undefined {
  const close = open === '{' ? '}' : ']';
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let depth = 0;
  for (let end = lineStart - 1; end > 0; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    // Brackets inside quotes or after a comment are text, not structure.
    const code = line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, (quoted) => ' '.repeat(quoted.length)).replace(/(^|\s)#.*$/, '');
    for (let i = code.length - 1; i >= 0; i--) {
      if (code[i] === close) depth++;
      else if (code[i] === open && --depth < 0) return start + i;
    }
    end = start - 1;
  }
  return undefined;
}

/**
 * Quotes gone wrong, in words: a `"` never closed (located at the quote that
 * opens it, not at the end of the file), a `'` never closed, or text after
 * the closing quote (`title: "The birthday" present`).
 */
function quoteProblem(text: string, code: string, message: string, offset: number): { offset: number; message: string; hint: string } | undefined {
  if (code === 'MISSING_CHAR' && message.startsWith('Missing closing "quote')) {
    // The nearest line at or above the error with an odd number of unescaped double quotes holds the opener.
    for (let end = text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset); end > 0; ) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      const quotes = [...text.slice(start, end).matchAll(/(?<!\\)"/g)].map((m) => start + m.index);
      if (quotes.length % 2 === 1) {
        return { offset: quotes[quotes.length - 1]!, message: 'this " opens a text that is never closed', hint: 'end the text with " on the same line (write a " inside it as \\"), or leave the quotes out' };
      }
      end = start - 1;
    }
    return { offset, message: 'a text in " quotes is never closed', hint: 'end the text with " (write a " inside it as \\"), or leave the quotes out' };
  }
  if (code === 'MISSING_CHAR' && message.startsWith("Missing closing 'quote")) {
    return { offset, message: "a text in ' quotes is never closed", hint: "end it with '; inside ' quotes an apostrophe is written twice (it''s), or use \" quotes" };
  }
  if (code === 'UNEXPECTED_TOKEN' && message.startsWith('Unexpected scalar at node end') && /["']\s*$/.test(text.slice(0, offset))) {
    return {
      offset,
      message: 'text goes on after the closing quote',
      hint: 'put all of the text inside the quotes, e.g. title: "The birthday present"; write a " inside the text as \\", or put the whole text in single quotes',
    };
  }
  return undefined;
}

/** A misaligned key is reported from the blank space before it: point at the key itself. */
function yamlErrorOffset(text: string, code: string, offset: number): number {
  if (code !== 'BAD_INDENT') return offset;
  let at = offset;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at < text.length ? at : offset;
}

/** The library's message, except where it speaks to programmers rather than scenario authors. */
function yamlMessage(code: string, message: string): string {
  switch (code) {
    case 'MULTIPLE_DOCS':
      return 'this file holds more than one YAML document (a second "---")';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'text with ": " in it reads as a new key here';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'this line is not "key: value"';
    case 'RESOURCE_EXHAUSTION':
      // The parser's own report of a stack overflow ("Maximum call stack size exceeded"), should a
      // small stack overflow below the nesting limit.
      return NESTED_TOO_DEEPLY;
    default:
      return firstLine(message);
  }
}

function yamlHint(code: string, noun: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once in a mapping';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation and that every "key:" has a colon and a space';
    case 'TAG_RESOLVE_FAILED':
      return `custom tags are not supported; ${noun} files are plain data`;
    case 'BLOCK_AS_IMPLICIT_KEY':
      // The usual causes: unquoted text containing ": " (`summary: Tip: be specific`), or the
      // next line indented further than its neighbours, which continues this line's text.
      return 'quote text that contains ": ", e.g. summary: "Tip: be specific"; if the next line is a key of its own, indent it like the keys above it';
    case 'MULTILINE_IMPLICIT_KEY':
      // `goto confirm` or `goto:confirm`: the parser reads it as the start of a key that never gets its colon.
      return 'write a colon and a space after the key (goto: confirm), or quote the line if it is text that goes with the line above';
    case 'TAB_AS_INDENT':
      return 'indent with spaces: YAML does not allow tabs; most editors can insert spaces when you press Tab';
    case 'MULTIPLE_DOCS':
      return `put one ${noun} per file`;
    case 'RESOURCE_EXHAUSTION':
      return nestingHint(noun);
    default:
      return undefined;
  }
}

/**
 * Aliases that name no anchor (`*hostil` for `&hostile`), come before their
 * anchor (YAML resolves an alias only against anchors earlier in the file),
 * or stand inside the value they repeat (`&n { not: *n }`), which would
 * repeat itself for ever.
 */
export function aliasProblems(doc: Document): { offset: number; message: string; hint: string }[] {
  const anchors = new Map<string, number>();
  visit(doc, {
    Node(_, node) {
      if (!isAlias(node) && node.anchor && !anchors.has(node.anchor)) anchors.set(node.anchor, node.range?.[0] ?? 0);
    },
  });
  const problems: { offset: number; message: string; hint: string }[] = [];
  // The value each name marks so far: an alias repeats the latest one before it.
  const seen = new Map<string, YamlNode>();
  visit(doc, {
    Node(_, node, ancestors) {
      if (!isAlias(node)) {
        if (node.anchor) seen.set(node.anchor, node);
        return;
      }
      const target = seen.get(node.source);
      if (target !== undefined && ancestors.includes(target)) {
        problems.push({
          offset: node.range?.[0] ?? 0,
          message: `the alias "*${node.source}" is inside the value marked "&${node.source}" that it repeats, so it would repeat itself for ever`,
          hint: `an alias can only repeat a value that ends before it: move "*${node.source}" out of that value, or write this part out`,
        });
        return;
      }
      if (target !== undefined) return;
      const offset = node.range?.[0] ?? 0;
      const later = anchors.get(node.source);
      if (later !== undefined) {
        problems.push({
          offset,
          message: `the alias "*${node.source}" comes before its anchor "&${node.source}"`,
          hint: `an alias can only repeat a value marked with & earlier in the file: put "&${node.source}" on the first use, and "*${node.source}" after it`,
        });
      } else {
        const meant = closest(node.source, anchors.keys());
        problems.push({
          offset,
          message: `no anchor "&${node.source}" for the alias "*${node.source}"`,
          hint: meant !== undefined ? meantHint(`*${meant}`) : `mark the value to repeat with "&${node.source}" where it first appears`,
        });
      }
    },
  });
  return problems;
}

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

export function makeLocator(doc: Document): Locator {
  const walk = (path: readonly PathKey[]): { node: YamlNode | null; keyOffset?: number } => {
    let node: unknown = doc.contents;
    let keyOffset: number | undefined;
    for (const key of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        keyOffset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        // A key with no value ("title:") still has a position: its key.
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (item === undefined) break;
        keyOffset = undefined;
        node = item;
      } else {
        break;
      }
    }
    return { node: (node as YamlNode | null) ?? null, ...(keyOffset === undefined ? {} : { keyOffset }) };
  };
  return {
    at(path) {
      return walk(path).node?.range?.[0] ?? 0;
    },
    keyAt(path) {
      const found = walk(path);
      return found.keyOffset ?? found.node?.range?.[0] ?? 0;
    },
  };
}
