/**
 * One way to measure and wrap text for every screen: the way Ink draws it
 * (string-width, wrap-ansi, with our ink patch), so a screen that counts the
 * rows of a text before drawing it (the chat, the reply box, the coaching
 * panel) gets the number Ink draws, in wide characters, emoji and colour too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Box, Text } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { cellWidth, wrappedRows, wrapText } from '../../src/ui/format.js';
import { plain } from './fixtures.js';

afterEach(() => cleanup());

/** The rows Ink draws `text` in, at `width` columns: the rows above a marker put after it. */
function drawnRows(text: string, width: number): number {
  const { lastFrame, unmount } = render(
    <Box flexDirection="column" width={width}>
      <Text wrap="wrap">{text}</Text>
      <Text>END</Text>
    </Box>,
  );
  const rows = plain(lastFrame()).split('\n').indexOf('END');
  unmount();
  return rows;
}

const RED = (text: string) => `\u001b[31m${text}\u001b[39m`;

describe('cellWidth', () => {
  it.each([
    ['abc', 3],
    ['李雷', 4],
    ['👍', 2],
    // e and a combining acute accent: one column.
    ['e\u0301', 1],
    [RED('red'), 3],
  ])('%j takes %i columns', (text, width) => expect(cellWidth(text)).toBe(width));
});

describe('wrappedRows', () => {
  it.each([
    // Wide characters take two columns: ten of them are two rows of ten columns, not one.
    ['李雷李雷李雷李雷李雷', 10, 2],
    ['👍👍👍👍👍👍', 10, 2],
    // Colour codes take none.
    [RED('x'.repeat(10)), 10, 1],
    // A break right at the edge: the space carried to the next row (which our ink patch drops) costs no row of its own.
    ['aaaa bbbb cccc', 9, 2],
  ])('%j at %i columns: %i rows, as Ink draws it', (text, width, rows) => {
    expect(wrappedRows(text, width)).toBe(rows);
    expect(drawnRows(text, width)).toBe(rows);
  });

  it('is the number of rows Ink draws, for any text of words, wide characters, emoji, colour and line breaks', () => {
    const token = fc.constantFrom('a', 'bb', 'word', 'x'.repeat(13), ' ', ' ', '  ', '李', '李雷', '👍', 'e\u0301', RED('red'), '\n', '—', '“quoted”');
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 30 }), fc.integer({ min: 4, max: 24 }), (tokens, width) => {
        const text = tokens.join('');
        expect(wrappedRows(text, width)).toBe(drawnRows(text, width));
      }),
      { numRuns: 150 },
    );
  });
});

describe('wrapText', () => {
  it('rows are never wider than asked, in wide characters too, and keep every character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'path/to/', 'file_name-', ' ', '李雷', '👍'), { minLength: 1, maxLength: 25 }), fc.integer({ min: 4, max: 30 }), (tokens, width) => {
        const text = tokens.join('');
        const rows = wrapText(text, width);
        for (const row of rows) expect(cellWidth(row)).toBeLessThanOrEqual(width);
        expect(rows.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
      { numRuns: 200 },
    );
  });
});
