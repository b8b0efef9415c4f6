import { describe, expect, it } from 'vitest';
import { applyChunk, backspace, deleteWord, MAX_REPLY_CHARS } from '../../src/ui/input-chunk.js';

describe('applyChunk', () => {
  it.each([
    ['typed letter', 'I', ' ', { value: 'I ', submit: false, capped: false }],
    ['paste with LF submits', '', 'I am sorry\n', { value: 'I am sorry', submit: true, capped: false }],
    ['paste with CRLF submits', 'Ok ', 'thanks\r\n', { value: 'Ok thanks', submit: true, capped: false }],
    ['paste with CR submits', '', 'hello\r', { value: 'hello', submit: true, capped: false }],
    // Terminals send each line break of a paste as a CR: the words either side must stay apart.
    ['CR inside (a pasted line break) joins with a space', '', 'charge\rand the call', { value: 'charge and the call', submit: false, capped: false }],
    ['pasted lines ending in CR join and submit', '', 'one\rtwo\r', { value: 'one two', submit: true, capped: false }],
    ['inner line breaks join with a space', '', 'one\r\ntwo\nthree', { value: 'one two three', submit: false, capped: false }],
    ['escape and bell never enter', '', 'a\u001b[31mb\u0007', { value: 'a[31mb', submit: false, capped: false }],
    ['tab becomes a space', '', 'a\tb', { value: 'a b', submit: false, capped: false }],
    // Ctrl-U / Ctrl-W typed quickly arrive in one chunk with the letters after them.
    ['Ctrl-U then letters clears the line first', 'abc', '\u0015xyz', { value: 'xyz', submit: false, capped: false }],
    ['Ctrl-W then letters deletes the last word first', 'I will refund', '\u0017send\r', { value: 'I will send', submit: true, capped: false }],
  ])('%s', (_name, before, chunk, expected) => {
    expect(applyChunk(before, chunk)).toEqual(expected);
  });

  it('caps a huge paste and says so', () => {
    const result = applyChunk('', 'x'.repeat(MAX_REPLY_CHARS + 500) + '\n');
    expect(result.capped).toBe(true);
    expect(result.submit).toBe(true);
    expect(result.value).toHaveLength(MAX_REPLY_CHARS);
  });

  it('counts code points, so emoji are not split by the cap', () => {
    const result = applyChunk('', '😀'.repeat(5), 3);
    expect(result.value).toBe('😀😀😀');
  });
});

describe('editing', () => {
  it('backspace removes a whole emoji', () => expect(backspace('ok😀')).toBe('ok'));
  it('ctrl-w removes the last word', () => expect(deleteWord('I will call ')).toBe('I will '));
});
