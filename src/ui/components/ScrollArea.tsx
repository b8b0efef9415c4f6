import { useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Box, Text, measureElement } from 'ink';
import type { DOMElement } from 'ink';
import { useStateRef } from '../hooks/use-state-ref.js';
import { useTone } from '../theme.js';
import { useScreenInput } from '../hooks/use-screen-input.js';

export interface ScrollAreaProps {
  children: ReactNode;
  /**
   * Told whether the content overflows, so a screen can give ↑↓ another use
   * when it does not, or close up its gaps when it does. Told again each time
   * the heights change (a resize), even when the answer is the same.
   */
  onOverflow?: (overflow: boolean) => void;
}

/**
 * The part of a screen that may be taller than the window, on every screen
 * that has one (practice and drill alike): it takes the rows its parent
 * leaves (the title above and the key hints below stay put), shows as much of
 * its content as fits, and when that is not all of it, says how much more
 * there is above and below and scrolls with ↑↓ (PgUp/PgDn a page, Home/End).
 * Put it in a column a row shorter than the window (`height={rows - 1}`): Ink
 * redraws a frame as tall as the window by clearing the terminal, scrollback
 * and all, so a screen that tall would lose its top for good.
 */
export function ScrollArea({ children, onOverflow }: ScrollAreaProps) {
  const tone = useTone();
  const view = useRef<DOMElement>(null);
  const content = useRef<DOMElement>(null);
  // Heights come from the layout of the frame just drawn: measured after each render, kept when they change.
  // Ink lays the frame out before layout effects run, and what they change is drawn before Ink's next (throttled)
  // write: the frame on screen has the right "more below" at once, and a resize settles in one go.
  // `room` is the rows the area had, the note's row included: measured without it, content that fits exactly
  // once the note goes would never be found to fit.
  const [size, setSize, sizeRef] = useStateRef<Size>({ room: 0, content: 0 });
  const [offset, setOffset] = useState(0);
  const overflow = size.content > size.room;
  useLayoutEffect(() => {
    if (!view.current || !content.current) return;
    const next = { room: measureElement(view.current).height + (overflow ? 1 : 0), content: measureElement(content.current).height };
    if (next.room !== sizeRef.current.room || next.content !== sizeRef.current.content) {
      setSize(next);
      // Told here, by the props of the frame just measured: a later frame (drawn at another window size) may have changed them.
      onOverflow?.(next.content > next.room);
    }
    // Keys that came before this measurement may have gone past the end: bring the offset back to it.
    setOffset((old) => Math.min(old, last(next)));
  });

  useScreenInput((_input, key) => {
    const current = sizeRef.current;
    if (current.content <= current.room) return;
    // A page is the view less one row, which stays in sight.
    const page = Math.max(1, viewRows(current) - 1);
    // From where the view is; the end is checked once the frame is measured (the last measure may be a frame old).
    const move = (by: number) => setOffset((old) => Math.max(0, Math.min(old, last(current)) + by));
    if (key.downArrow) move(1);
    else if (key.upArrow) move(-1);
    else if (key.pageDown) move(page);
    else if (key.pageUp) move(-page);
    else if (key.home) move(-current.content);
    else if (key.end) move(current.content);
  });

  // A window that grew shows more: never scrolled past the end.
  const top = Math.min(offset, last(size));
  const below = size.content - viewRows(size) - top;
  return (
    <Box flexDirection="column" flexShrink={1} flexGrow={0}>
      <Box ref={view} flexDirection="column" flexShrink={1} overflowY="hidden">
        {/* Shifted up by the offset; the margin below gives the rows back, so the view's own height never depends on the offset. */}
        <Box ref={content} flexDirection="column" flexShrink={0} marginTop={-top} marginBottom={top}>
          {children}
        </Box>
      </Box>
      {overflow ? (
        // A row of its own that never shrinks: shrunk by a fraction, it let the clipped content show through.
        <Box flexShrink={0}>
          <Text color={tone('muted')} wrap="truncate-end">
            {scrollNote(top, below)}
          </Text>
        </Box>
      ) : null}
    </Box>
  );
}

interface Size {
  /** Rows the area has, the note's included. */
  room: number;
  /** Rows its content takes. */
  content: number;
}

/** Rows of content in view: the room, less the note's row when the content overflows. */
function viewRows(size: Size): number {
  return size.content > size.room ? size.room - 1 : size.room;
}

/** The last offset: the one that shows the content's last row at the bottom of the view. */
function last(size: Size): number {
  return Math.max(0, size.content - viewRows(size));
}

/**
 * The row under a scrolled view: how many rows are hidden above and below.
 * @example scrollNote(2, 3) // → '↑ 2 more above · ↓ 3 more below (↑↓ to scroll)'
 */
export function scrollNote(above: number, below: number): string {
  const parts = [above > 0 ? `↑ ${above} more above` : '', below > 0 ? `↓ ${below} more below` : ''].filter(Boolean);
  return `${parts.join(' · ')} (↑↓ to scroll)`;
}
