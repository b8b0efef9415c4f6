/**
 * One way to fit a screen into a short window, for practice and drill screens
 * alike: the ScrollArea. The title above it and the keys below stay put, it
 * says how many rows are hidden above and below, and ↑↓, PgUp/PgDn,
 * Home/End scroll it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Box, Text } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { ScrollArea, scrollNote } from '../../src/ui/components/ScrollArea.js';
import { DrillResultScreen } from '../../src/ui/drill/DrillResultScreen.js';
import { DrillIntroScreen } from '../../src/ui/drill/DrillIntroScreen.js';
import type { DrillInfo, DrillOutcome } from '../../src/ui/drill/services.js';
import { BriefingScreen } from '../../src/ui/screens/BriefingScreen.js';
import { plain, resize, scenario, tick, waitFor } from './fixtures.js';

afterEach(() => cleanup());

const ESC = '\u001b';
const KEY = { down: `${ESC}[B`, up: `${ESC}[A`, pageDown: `${ESC}[6~`, pageUp: `${ESC}[5~`, home: `${ESC}[H`, end: `${ESC}[F` };

describe('scrollNote', () => {
  it.each([
    [0, 3, '↓ 3 more below (↑↓ to scroll)'],
    [2, 3, '↑ 2 more above · ↓ 3 more below (↑↓ to scroll)'],
    [4, 0, '↑ 4 more above (↑↓ to scroll)'],
  ])('%i above, %i below: %s', (above, below, note) => expect(scrollNote(above, below)).toBe(note));
});

describe('ScrollArea', () => {
  /** A title, twenty numbered rows and a row of keys, in a column `height` rows tall. */
  function Twenty({ height }: { height: number }) {
    return (
      <Box flexDirection="column" height={height}>
        <Box flexShrink={0}>
          <Text>Title</Text>
        </Box>
        <ScrollArea>
          {Array.from({ length: 20 }, (_, i) => (
            <Text key={i}>{`row ${i + 1}`}</Text>
          ))}
        </ScrollArea>
        <Box flexShrink={0}>
          <Text>Keys</Text>
        </Box>
      </Box>
    );
  }

  /** Twenty rows ten rows tall: seven rows of view and the note. */
  function twenty() {
    const view = render(<Twenty height={10} />);
    const rows = () => plain(view.lastFrame()).split('\n');
    const press = async (key: string, expected: string) => {
      view.stdin.write(key);
      await waitFor(() => expect(rows()).toContain(expected));
    };
    return { rows, press };
  }

  it('keeps the title and the keys, says what is hidden, and scrolls a row, a page (less one row), to the end and back', async () => {
    const { rows, press } = twenty();
    await waitFor(() => expect(rows()).toEqual(['Title', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `row ${n}`), '↓ 13 more below (↑↓ to scroll)', 'Keys']));
    await press(KEY.down, '↑ 1 more above · ↓ 12 more below (↑↓ to scroll)');
    expect(rows().slice(1, 3)).toEqual(['row 2', 'row 3']);
    // A page is the view less one row, which stays in sight: row 8 was the last, now it is the first.
    await press(KEY.pageDown, '↑ 7 more above · ↓ 6 more below (↑↓ to scroll)');
    expect(rows()[1]).toBe('row 8');
    await press(KEY.end, '↑ 13 more above (↑↓ to scroll)');
    expect(rows().slice(-3)).toEqual(['row 20', '↑ 13 more above (↑↓ to scroll)', 'Keys']);
    // Not past the end.
    await press(KEY.down, '↑ 13 more above (↑↓ to scroll)');
    await tick();
    expect(rows()).toContain('↑ 13 more above (↑↓ to scroll)');
    await press(KEY.pageUp, '↑ 7 more above · ↓ 6 more below (↑↓ to scroll)');
    await press(KEY.home, '↓ 13 more below (↑↓ to scroll)');
    expect(rows()[0]).toBe('Title');
    expect(rows()[1]).toBe('row 1');
  });

  it('a window grown to fit the content exactly shows it all, with no note; shrunk by a row, the note is back', async () => {
    const { lastFrame, rerender } = render(<Twenty height={10} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('↓ 13 more below (↑↓ to scroll)'));
    // The title, twenty rows and the keys: the note's row is needed for the twentieth.
    rerender(<Twenty height={22} />);
    await waitFor(() => expect(plain(lastFrame()).split('\n')).toEqual(['Title', ...Array.from({ length: 20 }, (_, i) => `row ${i + 1}`), 'Keys']));
    rerender(<Twenty height={21} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('↓ 2 more below (↑↓ to scroll)'));
  });

  it('with room for it all, draws it all and no note, and ↑↓ move nothing', async () => {
    const view = render(
      <Box flexDirection="column" height={10}>
        <ScrollArea>
          <Text>one</Text>
          <Text>two</Text>
        </ScrollArea>
      </Box>,
    );
    await tick();
    view.stdin.write(KEY.down);
    await tick();
    expect(plain(view.lastFrame()).split('\n').slice(0, 2)).toEqual(['one', 'two']);
    expect(plain(view.lastFrame())).not.toContain('to scroll');
  });
});

describe('practice and drill screens scroll alike', () => {
  const drill: DrillInfo = {
    id: 'week-1',
    title: 'Onboarding, week 1',
    pass: { overall: 55, empathy: 40 },
    replyTimeLimit: 120,
    scenarios: [scenario, { ...scenario, id: 'second', title: 'A second call about the same double charge' }],
  };
  const long = { ...scenario, persona: { ...scenario.persona, situation: `${scenario.persona.situation} ${'Dana has kept notes of every call. '.repeat(6)}` } };

  it.each([
    ['the briefing', () => <BriefingScreen scenario={long} mode="coach" onStart={() => {}} onBack={() => {}} />],
    ['the drill intro', () => <DrillIntroScreen drill={drill} trainee="Sam" onStart={() => {}} onQuit={() => {}} />],
  ])('at 60×16 %s says what is below in the same words, ↓ shows what was above, End reaches the end; the frame stays shorter than the window', async (_name, screen) => {
    const { stdin, stdout, lastFrame } = render(screen());
    resize(stdout, 60, 16);
    await waitFor(() => expect(plain(lastFrame())).toMatch(/^ ↓ \d+ more below \(↑↓ to scroll\)$/m));
    expect(plain(lastFrame()).split('\n').length).toBeLessThan(16);
    stdin.write(KEY.down);
    await waitFor(() => expect(plain(lastFrame())).toMatch(/^ ↑ 1 more above · ↓ \d+ more below \(↑↓ to scroll\)$/m));
    stdin.write(KEY.end);
    await waitFor(() => expect(plain(lastFrame())).toMatch(/^ ↑ \d+ more above \(↑↓ to scroll\)$/m));
    expect(plain(lastFrame()).split('\n').length).toBeLessThan(16);
  });

  it('the drill intro wraps its text as Ink does elsewhere: a row that ends at the edge does not start the next row with a space', async () => {
    // At 38 columns of text, "…or Esc" ends right at the edge: wrap-ansi carries the space after it to the next row, and our ink patch drops it.
    const { stdout, lastFrame } = render(<DrillIntroScreen drill={drill} trainee="Sam" onStart={() => {}} onQuit={() => {}} />);
    resize(stdout, 40, 40);
    // The whole check waits: under load a frame drawn at the old width can still be the last one for a moment.
    await waitFor(() => {
      const rows = plain(lastFrame()).split('\n');
      const leaving = rows.findIndex((row) => row.startsWith(' Leaving part-way'));
      expect(rows[leaving]).toBe(' Leaving part-way (Ctrl-C twice, or Esc');
      expect(rows[leaving + 1]).toBe(' → Abandon) keeps nothing: a drill');
    });
  });

  describe('the drill result', () => {
    const scores = { empathy: 35, positivity: 50, followThrough: 48 };
    const outcome: DrillOutcome = {
      verdict: {
        score: 47.2,
        scores,
        overall: { score: 47.2, mark: 55, passed: false },
        skills: [
          { skill: 'empathy', score: 18, mark: 40, passed: false },
          { skill: 'positivity', score: 24.3, mark: 45, passed: false },
          { skill: 'followThrough', score: 22.7, mark: 40, passed: false },
        ],
        passed: false,
        practise: (['empathy', 'followThrough'] as const).map((skill, i) => ({
          skill,
          score: 20,
          scenario: 'irate-double-charge',
          reason: `Advice ${i + 1}: this skill averaged 20, below the pass mark.`,
        })),
      },
      scenarios: [{ id: 'irate-double-charge', title: 'Charged twice, and nobody called back', ending: 'resolved', score: 50, scores }],
      submissionPaths: ['/home/sam/submissions/week-1_sam_20261123T161401Z.json'],
    };

    it('in a window a little short, drops its blank rows before it scrolls; with room, keeps them; never a frame as tall as the window', async () => {
      const seen = { blanks: 0, tight: 0, scrolled: 0 };
      for (let rows = 16; rows <= 30; rows++) {
        const { stdout, lastFrame, unmount } = render(<DrillResultScreen drill={drill} outcome={outcome} onDone={() => {}} />);
        resize(stdout, 80, rows);
        await tick();
        const frame = plain(lastFrame()).split('\n');
        expect(frame.length).toBeLessThan(rows);
        const blanks = frame[2] === '';
        const scrolls = frame.some((row) => row.includes('(↑↓ to scroll)'));
        // Blank rows are kept only when it all fits with them.
        if (blanks) expect(scrolls).toBe(false);
        // Without a note, the whole result is on screen.
        if (!scrolls) expect(frame.join('\n')).toContain('Advice 2: this skill averaged 20');
        seen.blanks += blanks ? 1 : 0;
        seen.tight += !blanks && !scrolls ? 1 : 0;
        seen.scrolled += scrolls ? 1 : 0;
        unmount();
      }
      // Some sizes scroll, some fit only without the blanks (two rows), and the rest fit with them.
      expect(seen.scrolled).toBeGreaterThan(0);
      expect(seen.tight).toBe(2);
      expect(seen.blanks).toBeGreaterThan(0);
    });
  });
});
