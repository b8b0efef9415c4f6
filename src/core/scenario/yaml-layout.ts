/**
 * YAML syntax errors a trainer makes, said in a trainer's words and at the
 * line that is wrong: a line indented one space too few or too many (the
 * parser notices on the line above or below, and says "Sequence item without
 * - indicator" or "All mapping items must start at the same column"), text
 * with ": " in it left unquoted (`say: Tip: be specific`, also inside
 * `{ … }`), and a value that YAML reads as something else because of its
 * first character (`mood: >=40`, where ">" starts a block of text).
 *
 * Each function returns undefined when it cannot tell what happened, and the
 * loader falls back to its general message.
 */

/** A syntax problem in words, located by offset in the file. */
export interface LayoutProblem {
  offset: number;
  message: string;
  hint: string;
}

/** One line of the file that holds YAML structure (not a comment, text of a block, or a blank). */
interface Row {
  /** 0-based line number. */
  index: number;
  /** Offset of the line's first character in the file. */
  start: number;
  /** Column (0-based) of the first character, a "-" of a list item included. */
  indent: number;
  /** Column (0-based) of the first character after any "- ". */
  keyCol: number;
  /** The key the line starts with, if it is `key: …`. */
  key?: string;
  /** The key's value as written, comment removed ("" for `key:` alone). */
  value?: string;
  dash: boolean;
}

/** A column at which the lines of one mapping (keys) or one list ("-" items) start, and the latest line there. */
interface Level {
  col: number;
  row: Row;
  kind: 'key' | 'dash';
  /** A `key:` whose list items start in its own column (`on:` above `- when: …`). */
  allowsDash?: boolean;
  /** Lines seen at this level so far. */
  lines: number;
}

const KEY_LINE = /^((?:"[^"]*"|'[^']*'|[^\s#'"{[\]},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)):(?:\s+(.*?))?\s*$/u;

/** The text with quoted parts blanked and any comment removed, so brackets and colons in text do not count. */
function code(text: string): string {
  return text
    .replace(/(?<=^|[\s[{,:])(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')(?=$|[\s,\]}:#])/gu, (quoted) => ' '.repeat(quoted.length))
    .replace(/(^|\s)#.*$/u, '');
}

/** Open brackets minus closed ones in a line of YAML. */
function bracketBalance(text: string): number {
  let depth = 0;
  for (const char of code(text)) {
    if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return depth;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** How a line is named in a message: `"goto:"`, or `"- when:"` at the "-" of a list item. */
function label(row: Row, atDash = false): string {
  if (row.key === undefined) return row.dash ? 'the "-" item' : 'the line';
  return `"${atDash ? '- ' : ''}${row.key}:"`;
}

const levelName = (level: Level) => label(level.row, level.kind === 'dash');

/** What the trainer wrote at the start of a line, to name it in a hint. */
const own = (row: Row) => (row.key !== undefined ? `"${row.dash ? '- ' : ''}${row.key}:"` : 'it');

const SAME_COLUMN = 'lines at the same level start in the same column';

/**
 * The first line, near the parser's error, that is indented so that it
 * cannot belong with the lines above it: one that starts between two of
 * their columns, a key in the column of a list's "-" (or the other way
 * round), a `key:` further in than the `key: value` line above it, or a line
 * of a block of text left of the lines before it.
 * @param errorOffset where the parser noticed the problem
 */
export function indentationProblem(text: string, errorOffset: number): LayoutProblem | undefined {
  const starts = lineStarts(text);
  const errorLine = starts.findLastIndex((start) => start <= errorOffset);
  // The parser notices a line out of place on it, on the line before it or on the line after it (comments and blanks aside).
  const isContent = (i: number) => !/^\s*(?:#.*)?\s*$/u.test(text.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1]! : text.length));
  let first = errorLine - 1;
  while (first > 0 && !isContent(first)) first--;
  let last = errorLine + 1;
  while (last < starts.length - 1 && !isContent(last)) last++;
  const levels: Level[] = [];
  let previous: Row | undefined;
  let opens = false;
  let block: { row: Row; textCol?: number; first?: number } | undefined;
  let flowDepth = 0;
  let quote: string | undefined;
  for (let index = 0; index < starts.length && index <= last; index++) {
    const start = starts[index]!;
    const raw = text.slice(start, index + 1 < starts.length ? starts[index + 1]! - 1 : text.length).replace(/\r$/u, '');
    const bom = index === 0 && raw.startsWith('\uFEFF') ? 1 : 0;
    const line = raw.slice(bom);
    const indent = line.length - line.trimStart().length;
    const content = line.trim();
    const near = index >= first;
    if (quote !== undefined) {
      // A quoted text that goes on over several lines: skip to its closing quote.
      if (line.includes(quote)) quote = undefined;
      continue;
    }
    if (flowDepth > 0) {
      // A { … } or [ … ] that goes on over several lines.
      flowDepth += bracketBalance(line);
      continue;
    }
    if (content === '') continue;
    // A tab is the loader's own error; without one every column here is a space.
    if (/^ *\t/u.test(line)) return undefined;
    if (block !== undefined) {
      // The lines of a block of text (`situation: >-`) start where its first line does, or further in.
      if (indent > block.row.keyCol) {
        if (block.textCol === undefined) {
          block.textCol = indent;
          block.first = index;
        } else if (indent < block.textCol) {
          if (!near) return undefined;
          return {
            offset: start + bom + indent,
            message: `this line of the text of ${label(block.row)} (line ${block.row.index + 1}) starts in column ${indent + 1}, left of the line before it`,
            hint: `start every line of the text in the same column: line ${block.first! + 1}, its first line, starts in column ${block.textCol + 1}`,
          };
        }
        continue;
      }
      block = undefined;
    }
    if (content.startsWith('#') || content === '---' || content === '...' || content.startsWith('%')) continue;
    const rest = content.replace(/^(?:-(?: +|$))+/u, '');
    const dash = rest.length < content.length;
    const keyCol = indent + (content.length - rest.length);
    const match = KEY_LINE.exec(rest);
    const value = match ? (match[2] ?? '').replace(/(^|\s)#.*$/u, '').trim() : undefined;
    const row: Row = { index, start: start + bom, indent, keyCol, dash, ...(match ? { key: match[1]!.replace(/^["']|["']$/gu, ''), value: value! } : {}) };
    const at = row.start + indent;

    if (previous !== undefined && indent > previous.keyCol && opens) {
      // The first line under `key:` starts a level of its own.
      levels.push({ col: indent, row, kind: dash ? 'dash' : 'key', lines: 1 });
    } else if (previous !== undefined && indent > previous.keyCol) {
      // Under a `key: value` line, a deeper line is more of its text (YAML allows that), unless it is a key or an item.
      if (row.key === undefined && !dash) continue;
      if (!near) return undefined;
      return {
        offset: at,
        message: `this line is indented further than ${label(previous)} on line ${previous.index + 1}, so it reads as more of that line's text`,
        hint: `start it in column ${previous.keyCol + 1}, like ${label(previous)}; or, if ${label(previous)} is the line out of place, indent it like the lines around it`,
      };
    } else if (opens && dash && previous !== undefined && indent === previous.keyCol) {
      // `on:` with its "- " items in its own column.
      const here = levels.findLastIndex((level) => level.col === indent && level.kind === 'key');
      if (here !== -1) {
        levels.splice(here + 1);
        levels[here]!.allowsDash = true;
      }
    } else {
      // Back out to a column a line above already uses; a line that fits none belongs nowhere.
      const same = levels.findLastIndex((level) => level.col === indent);
      if (same === -1 && levels.length > 0) return near ? between(row, levels) : undefined;
      const level = levels[same];
      if (level !== undefined && dash && level.kind === 'key' && !level.allowsDash) {
        if (!near) return undefined;
        const item = [...levels.slice(0, same)].reverse().find((l) => l.kind === 'dash');
        return {
          offset: at,
          message: `this list item starts in the column of ${levelName(level)} on line ${level.row.index + 1}, where keys go, not "- " items`,
          hint: item
            ? `start ${own(row)} in column ${item.col + 1}, like ${levelName(item)} on line ${item.row.index + 1}: ${SAME_COLUMN}`
            : `indent the "- " items of a list further than the key above them, e.g. on: then "  - when: …" on the next line`,
        };
      }
      if (level !== undefined && !dash && level.kind === 'dash') {
        if (!near) return undefined;
        // The keys of a "- key: …" item go after its "- "; after a "- text" item, the key is back with the key above the list.
        const keys = levels[same + 1]?.kind === 'key' && levels[same + 1]!.row === level.row ? levels[same + 1] : [...levels.slice(0, same)].reverse().find((l) => l.kind === 'key');
        return {
          offset: at,
          message: `this line starts in the column of the "-" of the list item on line ${level.row.index + 1}, but it is not a list item`,
          hint: keys
            ? `start ${own(row)} in column ${keys.col + 1}, like ${levelName(keys)} on line ${keys.row.index + 1}: ${SAME_COLUMN}`
            : `start it after the "-" column, or begin it with "- " if it is an item of the list`,
        };
      }
      levels.splice(same + 1);
      if (level === undefined) levels.push({ col: indent, row, kind: dash ? 'dash' : 'key', lines: 1 });
      else {
        level.row = row;
        level.lines++;
      }
    }
    // The keys of a list item's mapping line up after its "- ".
    if (dash && row.key !== undefined) levels.push({ col: keyCol, row, kind: 'key', lines: 1 });

    previous = row;
    opens = rest === '' || (row.key !== undefined && value === '');
    if (row.key !== undefined && /^[|>][-+0-9]*$/u.test(value!)) block = { row };
    const written = (row.key !== undefined ? (match![2] ?? '') : rest).trim();
    const balance = bracketBalance(written);
    if (balance > 0) flowDepth = balance;
    const opening = /^["']/u.exec(written)?.[0];
    if (opening !== undefined && !(written.length > 1 && written.endsWith(opening))) quote = opening;
  }
  return undefined;
}

/** A line that starts between the columns of the lines above it. */
function between(row: Row, levels: readonly Level[]): LayoutProblem {
  const upper = levels.find((level) => level.col > row.indent);
  const lower = [...levels].reverse().find((level) => level.col < row.indent);
  const place = (level: Level) => `${levelName(level)} on line ${level.row.index + 1} starts in column ${level.col + 1}`;
  const message = `this line starts in column ${row.indent + 1}, which lines it up with none of the lines above it`;
  // A key lines up with keys, a "- " item with the "-" of other items: when only one neighbour fits, that is where it goes.
  const fitting = [upper, lower].filter((level): level is Level => level !== undefined && (level.kind === 'dash') === row.dash);
  if (fitting.length !== 1 && upper && lower) {
    return {
      offset: row.start + row.indent,
      message: `${message}: ${place(upper)}, ${place(lower)}`,
      hint: `${SAME_COLUMN}: move ${own(row)} to the column of the lines it belongs with, or move the line that is out of place`,
    };
  }
  const target = fitting[0] ?? upper ?? lower!;
  // When the line it should line up with is the only one at its level so far, that line may be the one out of place
  // (not the key after a "- ", which moves with its item).
  const or = target.lines === 1 && !(target.kind === 'key' && target.row.dash) ? `; or, if ${levelName(target)} is the line out of place, start it in column ${row.indent + 1}` : '';
  return {
    offset: row.start + row.indent,
    message,
    hint: `start ${own(row)} in column ${target.col + 1}, like ${levelName(target)} on line ${target.row.index + 1}${or}: ${SAME_COLUMN}`,
  };
}

/** The unquoted value that starts at `offset`, and its key: to the end of the line, or inside `{ … }` to the next "," or "}". */
function valueFrom(text: string, offset: number): { key?: string; value: string } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset);
  const before = text.slice(lineStart, offset);
  const inFlow = bracketBalance(before) > 0;
  let value = text.slice(offset, lineEnd).replace(/\r$/u, '').replace(/\s#.*$/u, '');
  if (inFlow) value = value.replace(/\s*[,}\]].*$/u, '');
  const key = /([^\s{[,:"']+)\s*:\s*$/u.exec(before)?.[1];
  return { ...(key === undefined ? {} : { key }), value: value.trim() };
}

/** `key: "value"` as the trainer should write it, quoted so the value stays text. */
function quoted(key: string | undefined, value: string): string {
  const shown = value.length > 120 ? `${value.slice(0, 119)}…` : value;
  const text = shown.includes('"') && !shown.includes("'") ? `'${shown}'` : `"${shown.replace(/"/gu, '\\"')}"`;
  return key === undefined ? text : `${key}: ${text}`;
}

/**
 * Text YAML reads as something other than text: `say: Tip: be specific`
 * (the second ": " starts a key), the same inside `{ … }`, and a value that
 * starts with a character YAML reserves (`mood: >=40`, where ">" starts a
 * block of text), each with the line written the right way.
 */
export function quotingProblem(text: string, code: string, message: string, offset: number): LayoutProblem | undefined {
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'BLOCK_IN_FLOW') {
    // Only a value after its key: at the start of a line the cause is its indentation.
    const { key, value } = valueFrom(text, offset);
    if (key === undefined || !/:(\s|$)/u.test(value)) return undefined;
    return { offset, message: 'text with ": " in it reads as a new key here', hint: `put the whole text in quotes: ${quoted(key, value)}` };
  }
  if (message.startsWith('Unexpected block-seq-ind on same line with key')) {
    // `traits: - busy`: a "- " list starts on the lines below its key.
    const { key } = valueFrom(text, offset);
    return {
      offset,
      message: 'a "- " list cannot start on the same line as its key',
      hint: `put each item on a line of its own below ${key === undefined ? 'the key' : `"${key}:"`}, indented and starting with "- ", or write the list on one line in brackets: [a, b]`,
    };
  }
  const reserved = /^Plain value cannot start with (?:block scalar indicator|reserved character|directive indicator character) (.)/u.exec(message)?.[1];
  const header = /^Block scalar header includes extra characters: (.*)$/u.exec(message.split('\n')[0] ?? '')?.[1];
  if (reserved === undefined && header === undefined) return undefined;
  let at = offset;
  if (header !== undefined) {
    // The parser points after the ">" or "|" of the header: start from it.
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const found = text.slice(lineStart, offset + 1).search(/[>|][^>|]*$/u);
    if (found === -1) return undefined;
    at = lineStart + found;
  }
  const { key, value } = valueFrom(text, at);
  const first = value.charAt(0);
  if (first === '') return undefined;
  const why = first === '>' || first === '|' ? `a value that starts with "${first}" begins a block of text` : `a value cannot start with "${first}"`;
  return { offset: at, message: `"${value}" must be in quotes: ${why}`, hint: `write ${quoted(key, value)}` };
}
