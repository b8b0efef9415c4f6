/**
 * Escaping user text (trainee names, replies, file names, scenario titles)
 * for each report format. Every piece of text that came from a file goes
 * through one of these; nothing is trusted.
 */

// C0/C1 controls, DEL and bidirectional overrides (which can visually reorder text).
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Drop control characters and fold line breaks into spaces: one clean line. */
export function oneLine(text: string): string {
  return text.replace(/\r\n?|\n|\t/g, ' ').replace(UNSAFE, '').trim();
}

/** Escape for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return oneLine(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Escape for Markdown text inside a table cell or a list: backslash-escape
 * the characters that start formatting, links, HTML or break a table.
 */
export function escapeMarkdown(text: string): string {
  // Parentheses are harmless once brackets are escaped; the rest start emphasis, code, HTML or a cell.
  return oneLine(text)
    .replace(/[\\`*_{}[\]|<>~]/g, (c) => `\\${c}`)
    .replace(/^([-=+#!]+)/, '\\$1')
    .replace(/^(\d+)\./, '$1\\.');
}

/**
 * One CSV field (RFC 4180). A cell a spreadsheet would run as a formula
 * (starting with =, +, -, @ or a tab) is prefixed with an apostrophe.
 * Numbers pass through unchanged.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = value.replace(/\r\n?/g, '\n').replace(UNSAFE, '');
  if (/^[=+\-@\t]/.test(text)) text = `'${text}`;
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
