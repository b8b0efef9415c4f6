import { Box, Text } from 'ink';
import { inert } from '../../core/sanitize.js';
import { TIMED_OUT_REPLY } from '../../core/session-types.js';
import { SKILL_LABELS } from '../../core/types.js';
import { KeyHints } from '../components/KeyHints.js';
import { bar, pad, truncate } from '../format.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useScreenInput } from '../hooks/use-screen-input.js';
import { useTone } from '../theme.js';
import { blank, ScrolledLines, textLines, useScroll } from './fit-lines.js';
import type { Line } from './fit-lines.js';
import type { DrillInfo, DrillOutcome } from './services.js';

export interface DrillResultScreenProps {
  drill: DrillInfo;
  outcome: DrillOutcome;
  onDone: () => void;
}

/** The advice, then where to practise, unless the advice already names that scenario. */
function practiseLine(reason: string, title: string): string {
  const where = reason.includes(`“${title}”`) ? 'Practise that scenario next.' : `Practise “${title}”.`;
  return inert(`${reason} ${where}`, { multiline: false });
}

/** A line per scenario in which turns ran out of time, e.g. `2 turns ran out of time in “…” (no reply within 120 s; each scored 0).` */
export function timedOutLines(outcome: DrillOutcome, limit: number | undefined): string[] {
  return outcome.scenarios
    .filter((s) => (s.timedOut ?? 0) > 0)
    .map((s) => {
      const turns = s.timedOut === 1 ? '1 turn' : `${s.timedOut} turns`;
      const within = limit === undefined ? '' : `no reply within ${limit} s; `;
      return inert(`${turns} ran out of time in “${s.title}” (${within}each scored 0).`, { multiline: false });
    });
}

/** For a retake: which of the trainee's submissions counts. */
export function retakeNote(earlier: number): string {
  return `It replaces your ${earlier === 1 ? 'earlier submission' : `${earlier} earlier submissions`} of this drill: the cohort report counts only the latest one you hand in.`;
}

/**
 * The drill's result: pass or not, each scenario, each skill against its
 * mark, and what to practise next. The verdict and the submission to hand
 * in always stay on screen; the rest scrolls when the window is too short.
 */
export function DrillResultScreen({ drill, outcome, onDone }: DrillResultScreenProps) {
  const tone = useTone();
  const { columns, rows } = useTerminalSize();
  const { verdict } = outcome;
  // Inside the padding of one column on each side.
  const width = columns - 2;
  // Title, two spaces, the ending (12), a space, the score (3).
  const titleWidth = Math.max(20, Math.min(60, width - 18));
  // The trainee knows scenarios by their titles (home lists them so); the grader's advice names ids.
  const titleOf = (id: string) => outcome.scenarios.find((s) => s.id === id)?.title ?? drill.scenarios.find((s) => s.id === id)?.title ?? id;
  const withTitles = (text: string) => outcome.scenarios.reduce((out, s) => out.split(`"${s.id}"`).join(`“${s.title}”`), text);
  // "✓ " + label (18) + " " + score (5) + "  pass mark NN" (14) + "  ": what is left is the bar's.
  const barWidth = Math.max(0, Math.min(24, width - 42));

  const body: Line[] = [
    blank('gap-scenarios'),
    ...outcome.scenarios.map((s) => ({
      key: `scenario:${s.id}`,
      node: (
        <Text wrap="truncate-end">
          {pad(truncate(inert(s.title, { multiline: false }), titleWidth), titleWidth)}
          {`  ${pad(inert(s.ending), 12)} `}
          <Text bold>{String(s.score).padStart(3)}</Text>
        </Text>
      ),
    })),
    // The time limit costs points without a word in the advice: say where it did.
    ...timedOutLines(outcome, drill.replyTimeLimit).flatMap((text, i) => textLines(`timed-out:${i}`, text, width, { color: tone('warn') })),
    blank('gap-skills'),
    ...verdict.skills.map((s) => ({
      key: `skill:${s.skill}`,
      node: (
        <Text wrap="truncate-end" color={tone(s.passed ? 'good' : 'bad')}>
          {`${s.passed ? '✓' : '✗'} ${pad(SKILL_LABELS[s.skill], 18)} ${String(s.score).padStart(5)}  ${s.mark === undefined ? 'no pass mark' : `pass mark ${s.mark}`}`}
          {barWidth >= 6 ? `  ${bar(s.score, barWidth)}` : ''}
        </Text>
      ),
    })),
    blank('gap-practise'),
    { key: 'practise', node: <Text bold>What to practise next</Text> },
    ...verdict.practise.flatMap((advice) => [
      ...textLines(`advice:${advice.skill}`, practiseLine(withTitles(advice.reason), titleOf(advice.scenario)), width, {}, '  ', '• '),
      ...(advice.example
        ? textLines(
            `example:${advice.skill}`,
            `You said ${advice.example.timedOut ? TIMED_OUT_REPLY : `“${inert(truncate(advice.example.reply, 90), { multiline: false })}”`} — try: “${inert(advice.example.rewrite, { multiline: false })}”`,
            width,
            { color: tone('muted') },
            '  ',
          )
        : []),
    ]),
  ];

  // The whole path, on lines of its own: the trainee has to find this file and hand it in.
  const foot: Line[] = [
    blank('gap-submission'),
    { key: 'saved', node: <Text color={tone('muted')}>Submission saved:</Text> },
    ...outcome.submissionPaths.flatMap((file) => textLines(`path:${file}`, inert(file, { multiline: false }), width, {}, '  ')),
    ...textLines('hand-in', `Hand this file to your cohort lead.${outcome.earlier ? ` ${retakeNote(outcome.earlier)}` : ''}`, width, { color: tone('muted') }),
  ];
  const head = 2;
  const keys = 1;
  // Ink clears the terminal for a frame as tall as the window: stay a row short of it.
  let room = rows - 1 - head - foot.length - keys;
  if (body.length > room) {
    // Short of room: the blank rows go first, so more of the result shows.
    body.shift();
    foot.shift();
    room += 1;
  }
  const scroll = useScroll(body.length, room);

  useScreenInput((input, key) => {
    if (key.ctrl) return;
    if (scroll.onKey(key)) return;
    if (key.return || input === 'q' || key.escape) onDone();
  });

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text wrap="truncate-end">
        <Text bold color={tone('accent')}>Drill result</Text>
        {`  ·  ${inert(drill.title, { multiline: false })}`}
      </Text>
      <Text bold color={tone(verdict.passed ? 'good' : 'bad')} wrap="truncate-end">
        {`${verdict.passed ? '✓ PASSED' : '✗ NOT PASSED'}  overall ${verdict.score} (pass mark ${verdict.overall.mark})`}
      </Text>
      <ScrolledLines lines={body} room={room} offset={scroll.offset} color={tone('accent')} />
      {foot.map((line) => (
        <Box key={line.key}>{line.node}</Box>
      ))}
      <KeyHints hints={scroll.scrolls ? [['↑↓', 'scroll'], ['Enter', 'done']] : [['Enter', 'done']]} />
    </Box>
  );
}
