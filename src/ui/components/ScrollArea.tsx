import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Box, Text, measureElement } from 'ink';
import type { DOMElement } from 'ink';
import { useStateRef } from '../hooks/use-state-ref.js';
import { useTone } from '../theme.js';
import { useScreenInput } from '../hooks/use-screen-input.js';

export interface ScrollAreaProps {
  children: ReactNode;
  /** Told whether the content overflows, so a screen can give ↑↓ another use when it does not. */
  onOverflow?: (overflow: boolean) => void;
}

/**
 * The part of a screen that may be taller than the window: it takes the rows
 * its parent leaves (the title above and the key hints below stay put),
 * shows as much of its content as fits, and when that is not all of it, says
 * how much more there is and scrolls with ↑↓ (PgUp/PgDn a page, Home/End).
 * Put it in a column whose height is the window's.
 */
export function ScrollArea({ children, onOverflow }: ScrollAreaProps) {
  const tone = useTone();
  const view = useRef<DOMElement>(null);
  const content = useRef<DOMElement>(null);
  // Heights come from the layout of the frame just drawn: measured after each render, kept when they change.
  const [size, setSize, sizeRef] = useStateRef({ view: 0, content: 0 });
  const [offset, setOffset] = useState(0);
  const last = (current: { view: number; content: number }) => Math.max(0, current.content - current.view);
  useEffect(() => {
    if (!view.current || !content.current) return;
    const next = { view: measureElement(view.current).height, content: measureElement(content.current).height };
    if (next.view !== sizeRef.current.view || next.content !== sizeRef.current.content) setSize(next);
    // Keys that came before this measurement may have gone past the end: bring the offset back to it.
    setOffset((old) => Math.min(old, last(next)));
  });
  const overflow = size.content > size.view;
  const onOverflowRef = useRef(onOverflow);
  onOverflowRef.current = onOverflow;
  useEffect(() => onOverflowRef.current?.(overflow), [overflow]);

  useScreenInput((_input, key) => {
    const current = sizeRef.current;
    if (current.content <= current.view) return;
    const page = Math.max(1, current.view - 1);
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
  const below = size.content - size.view - top;
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
            {below > 0 ? `↓ ${below} more ${below === 1 ? 'line' : 'lines'} below · ↑↓ scroll` : `↑ ${top} ${top === 1 ? 'line' : 'lines'} above · ↑↓ scroll`}
          </Text>
        </Box>
      ) : null}
    </Box>
  );
}
