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
    ['escape sequences go whole, and a bell never enters', '', 'a\u001b[31mb\u0007', { value: 'ab', submit: false, capped: false }],
    ['a screen-clearing sequence leaves nothing behind', 'Sorry', ' \u001b[2J clear \u001b[?1049h alt', { value: 'Sorry  clear  alt', submit: false, capped: false }],
    ['tab becomes a space', '', 'a\tb', { value: 'a b', submit: false, capped: false }],
    // Ctrl-U / Ctrl-W typed quickly arrive in one chunk with the letters after them.
    ['Ctrl-U then letters clears the line first', 'abc', '\u0015xyz', { value: 'xyz', submit: false, capped: false }],
    ['Ctrl-W then letters deletes the last word first', 'I will refund', '\u0017send\r', { value: 'I will send', submit: true, capped: false }],
  ])('%s', (_name, before, chunk, expected) => {
    expect(applyChunk(before, chunk)).toEqual(expected);
  });

  it('a window-title sequence split across chunks (as Ink hands it over, ESC gone) leaves none of its text', () => {
    const first = applyChunk('Sorry ', ']');
    expect(first).toEqual({ value: 'Sorry ]', submit: false, capped: false, titleOpen: true });
    expect(applyChunk(first.value, '0;pwned title\u0007 and more', MAX_REPLY_CHARS, true).value).toBe('Sorry  and more');
    // Without the end of the sequence, the next chunk is ordinary typing: nothing is swallowed, the "]" stays.
    expect(applyChunk('Sorry ]', 'about that', MAX_REPLY_CHARS, true).value).toBe('Sorry ]about that');
    expect(applyChunk('Sorry ', '\u001b]0;title', MAX_REPLY_CHARS).titleOpen).toBe(true);
  });

  it.each(['[2J', '[0m', '[?1049h', '[200~'])('a control sequence Ink passed on without its ESC ("%s") is dropped', (chunk) => {
    expect(applyChunk('Sorry ', chunk).value).toBe('Sorry ');
  });

  it.each(['[', '[1]', '[2J] is a note', 'J'])('text that only looks like one ("%s") is kept', (chunk) => {
    expect(applyChunk('', chunk).value).toBe(chunk);
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
