import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { Box } from 'ink';
import { ChatLog } from '../../src/ui/components/ChatLog.js';
import type { ChatEntry } from '../../src/ui/components/ChatLog.js';
import { plain } from './fixtures.js';

afterEach(() => cleanup());

const URL = 'https://billing.example.com/refunds/status?account=123456789&ref=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123';

const entries: ChatEntry[] = [
  { who: 'customer', text: "I've been charged twice for the same renewal and I was told someone would call me back." },
  { who: 'trainee', text: "I'm so sorry about the double charge and the missed call." },
  { who: 'customer', text: 'Fine. At least someone is listening. So what are you going to do?' },
  { who: 'trainee', text: `I will refund it today, see ${URL}` },
  { who: 'customer', text: "Thank you. Honestly, that's how this should have gone on Monday. I'll watch for your email." },
];

/** The log alone, tall enough for everything: the reference the clipped view must end with. */
function fullLines(width: number): string[] {
  return plain(render(<Box width={width} flexDirection="column"><ChatLog entries={entries} customerName="Dana" /></Box>).lastFrame()).split('\n');
}

describe('ChatLog', () => {
  it('clips a chat taller than its box from the top, whole lines, newest line last', () => {
    const all = fullLines(50);
    expect(all.length).toBeGreaterThan(10);
    // The customer's latest line ends the full log.
    expect(all.at(-1)).toMatch(/email\.$/);
    for (const height of [4, 7, 10]) {
      const frame = plain(
        render(
          <Box width={50} height={height} flexDirection="column">
            <ChatLog entries={entries} customerName="Dana" />
          </Box>,
        ).lastFrame(),
      );
      // Exactly the last `height` lines of the full log: nothing squeezed, nothing overdrawn.
      expect(frame.split('\n')).toEqual(all.slice(-height));
      cleanup();
    }
  });

  it('starts no wrapped line with the space it broke at, and keeps indentation the writer typed', () => {
    // "You: " + 15 characters fill a 20-column row exactly, so the break falls on the space after "ccc":
    // unpatched, Ink (wrap-ansi with trim: false) carried that space to the start of the next row.
    const reply: ChatEntry[] = [{ who: 'trainee', text: 'aaaa bbbb ccccc dddd eeee' }];
    const lines = plain(render(<Box width={20} flexDirection="column"><ChatLog entries={reply} customerName="Dana" /></Box>).lastFrame()).split('\n');
    expect(lines[0]).toBe('You: aaaa bbbb ccccc');
    expect(lines[1]).toBe('dddd eeee');
    cleanup();
    // Two breaks in a row at the edge: the second row was full only with the space carried to it, and lost it.
    const twice: ChatEntry[] = [{ who: 'trainee', text: 'aaaa bbbb ccccc ddddddddd eeeeeeeee ffff' }];
    const rows2 = plain(render(<Box width={20} flexDirection="column"><ChatLog entries={twice} customerName="Dana" /></Box>).lastFrame()).split('\n');
    expect(rows2).toEqual(['You: aaaa bbbb ccccc', 'ddddddddd eeeeeeeee', 'ffff']);
    cleanup();
    const indented: ChatEntry[] = [{ who: 'trainee', text: 'first line\n  indented second line' }];
    const rows = plain(render(<Box width={20} flexDirection="column"><ChatLog entries={indented} customerName="Dana" /></Box>).lastFrame()).split('\n');
    expect(rows).toContain('  indented second');
  });
});
