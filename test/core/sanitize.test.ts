import { describe, expect, it } from 'vitest';
import { inert } from '../../src/core/sanitize.js';

describe('inert', () => {
  it.each([
    ['\x1b[31mred\x1b[0m', '␛[31mred␛[0m'],
    ['title\x1b]0;pwned\x07', 'title␛]0;pwned␇'],
    ['bell\x07 nul\x00 bs\x08', 'bell␇ nul␀ bs␈'],
    ['del\x7f', 'del␡'],
    ['csi\x9b2J', 'csi\\u009b2J'],
    ['rtl\u202eevil', 'rtl\\u202eevil'],
    ['lone\rcr', 'lone␍cr'],
    ['crlf\r\nline', 'crlf\nline'],
    ['tab\tstays', 'tab\tstays'],
    ['plain text, “quotes” and émojis 🙂', 'plain text, “quotes” and émojis 🙂'],
  ])('%j → %j', (input, expected) => {
    expect(inert(input)).toBe(expected);
  });

  it('shows line breaks when asked for one line', () => {
    expect(inert('a\nb', { multiline: false })).toBe('a␤b');
  });

  it('leaves no control character except tab and newline, whatever the input', () => {
    let all = '';
    for (let code = 0; code < 0x250; code++) all += String.fromCharCode(code);
    expect(inert(all)).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });
});
