/**
 * Makes control characters and terminal escapes visible instead of active.
 * (Temporary copy on the `ui` branch; the `shell` branch owns this file.)
 */
export function inert(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}
