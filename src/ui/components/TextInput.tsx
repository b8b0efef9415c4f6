import { useCallback, useRef, useState } from 'react';
import { Box, Text } from 'ink';
import type { Key } from 'ink';
import { inert } from '../../core/sanitize.js';
import { applyChunk, backspace, deleteWord, MAX_REPLY_CHARS } from '../input-chunk.js';
import { wrappedRows } from '../format.js';
import { useTone } from '../theme.js';
import { useScreenInput } from '../hooks/use-screen-input.js';

export interface TextInputProps {
  onSubmit: (text: string) => void;
  /** Told when a paste was cut to the maximum length. */
  onNotice?: (message: string) => void;
  /** Told when that notice no longer applies: the field was cleared (Ctrl-U, or deleted back to empty). */
  onNoticeWithdrawn?: (message: string) => void;
  isActive?: boolean;
  placeholder?: string;
  /** Characters of the reply kept in view (the tail); longer replies show `…` first. */
  visibleChars?: number;
  /** Text to start from (a draft kept while the field was hidden, e.g. behind a menu). */
  initialValue?: string;
  /** Told of every change, so a parent can keep the draft when the field unmounts. */
  onChange?: (text: string) => void;
}

/** What the field shows of a value: the last `visibleChars` characters, after `…` when there are more. */
function shownPart(value: string, visibleChars: number): string {
  const chars = Array.from(value);
  return chars.length > visibleChars ? '…' + chars.slice(-visibleChars).join('') : value;
}

/** Rows the field takes at this width (its border included), so a screen can leave room for it. */
export function textInputRows(value: string, { width, visibleChars = 240, placeholder = '' }: { width: number; visibleChars?: number; placeholder?: string }): number {
  return 2 + wrappedRows(`› ${value === '' ? placeholder : inert(shownPart(value, visibleChars))} `, width - 4);
}

/**
 * A one-reply text field. It keeps its text in a ref as well as in state:
 * a paste and the Enter after it can arrive before React re-renders, and the
 * Enter must see the pasted text.
 */
export function TextInput({ onSubmit, onNotice, onNoticeWithdrawn, isActive = true, placeholder = '', visibleChars = 240, initialValue = '', onChange }: TextInputProps) {
  const tone = useTone();
  const valueRef = useRef(initialValue);
  const [value, setValue] = useState(initialValue);
  // The notice this field gave (a paste cut short), until the text it was about is gone.
  const issuedRef = useRef<string | null>(null);
  // A pasted window-title sequence arrives in pieces: its text, in the next chunk, is not part of the reply.
  const titleOpenRef = useRef(false);
  const notify = useCallback(
    (message: string) => {
      issuedRef.current = message;
      onNotice?.(message);
    },
    [onNotice],
  );
  const update = useCallback(
    (next: string) => {
      valueRef.current = next;
      setValue(next);
      onChange?.(next);
      if (next === '' && issuedRef.current !== null) {
        onNoticeWithdrawn?.(issuedRef.current);
        issuedRef.current = null;
      }
    },
    [onChange, onNoticeWithdrawn],
  );

  const handle = useCallback(
    (input: string, key: Key) => {
      if (key.ctrl && input === 'c') return; // the app handles Ctrl-C
      if (key.escape || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown) return;
      if (key.return) {
        const text = valueRef.current.trim();
        if (text !== '') {
          update('');
          onSubmit(text);
        }
        return;
      }
      if (key.backspace || key.delete) {
        update(backspace(valueRef.current));
        return;
      }
      if (key.ctrl && input === 'u') {
        update('');
        return;
      }
      if (key.ctrl && input === 'w') {
        update(deleteWord(valueRef.current));
        return;
      }
      if (key.ctrl || key.meta) return;
      const result = applyChunk(valueRef.current, input, MAX_REPLY_CHARS, titleOpenRef.current);
      titleOpenRef.current = result.titleOpen === true;
      const cut = `That paste was long: the reply keeps its first ${MAX_REPLY_CHARS} characters.`;
      if (result.submit && result.value.trim() !== '') {
        update('');
        onSubmit(result.value.trim());
        // After the submit, which clears the screen's notice: a long paste sent with its line break is still said to be cut.
        if (result.capped) notify(cut);
        return;
      }
      update(result.value);
      if (result.capped) notify(cut);
    },
    [notify, onSubmit, update],
  );
  useScreenInput(handle, { isActive, text: true });

  const shown = shownPart(value, visibleChars);
  return (
    <Box borderStyle="round" borderColor={tone(isActive ? 'accent' : 'muted')} paddingX={1} flexGrow={1}>
      <Text wrap="wrap">
        <Text color={tone('accent')}>› </Text>
        {value === '' && placeholder ? <Text color={tone('muted')}>{placeholder}</Text> : inert(shown)}
        {isActive ? <Text inverse> </Text> : null}
      </Text>
    </Box>
  );
}
