import { describe, expect, it } from 'vitest';
import { parseCsvRecords, parseCsvRows } from '../../src/core/csv.js';

describe('parseCsvRows', () => {
  it.each([
    ['plain fields, CRLF rows', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['LF and CR rows', 'a,b\n1,2\r3,4', [['a', 'b'], ['1', '2'], ['3', '4']]],
    ['quoted comma, doubled quote, line break inside quotes', '"x,y","say ""hi""","two\r\nlines"\r\n', [['x,y', 'say "hi"', 'two\r\nlines']]],
    ['empty fields', ',,\r\n', [['', '', '']]],
    ['no text', '', []],
  ])('%s', (_, text, rows) => {
    expect(parseCsvRows(text)).toEqual(rows);
  });
});

describe('parseCsvRecords', () => {
  it('keys each row by the header and leaves out rows of another width', () => {
    expect(parseCsvRecords('text,label\nhi,1\nbroken\n"a, b",0\n')).toEqual([
      { text: 'hi', label: '1' },
      { text: 'a, b', label: '0' },
    ]);
  });
});
