import { Box, Text } from 'ink';
import { SKILL_LABELS, SKILLS } from '../../core/types.js';
import { inert } from '../../core/sanitize.js';
import { KeyHints } from '../components/KeyHints.js';
import { stars } from '../format.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useScreenInput } from '../hooks/use-screen-input.js';
import { useTone } from '../theme.js';
import { blank, ScrolledLines, textLines, useScroll, wrapText } from './fit-lines.js';
import type { Line } from './fit-lines.js';
import type { DrillInfo, EarlierAttempt } from './services.js';

export interface DrillIntroScreenProps {
  drill: DrillInfo;
  trainee: string;
  /** The trainee's earlier submissions of this drill, oldest first. */
  earlier?: readonly EarlierAttempt[];
  onStart: () => void;
  onQuit: () => void;
  /** What `q` leads to, for the key hint (default "quit"). */
  leaveLabel?: string;
}

/** Why leaving part-way loses the attempt: said before the first reply, not discovered after. */
export const NO_RESUME = 'Leaving part-way (Ctrl-C twice, or Esc → Abandon) keeps nothing: a drill cannot be resumed, and the next start is a new attempt from scenario 1.';

/** `2026-11-23 09:30`, in the trainee's own time zone. */
function when(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** What taking the drill again means for the submissions already made. */
export function earlierNotice(earlier: readonly EarlierAttempt[]): string {
  const last = earlier.at(-1)!;
  const before = earlier.length === 1 ? 'You took this drill before' : `You took this drill ${earlier.length} times before`;
  return `${before} (latest ${when(last.finishedAt)}: ${last.score}, ${last.passed ? 'passed' : 'not passed'}). Taking it again writes a new submission, and the cohort report counts only the latest one you hand in, even if it scores lower.`;
}

/**
 * What the drill is: its scenarios in order, the rules (exam mode, time
 * limit, no resuming) and the pass marks. The title and the trainee's name
 * stay in view; in a short window the rest scrolls with ↑↓.
 */
export function DrillIntroScreen({ drill, trainee, earlier = [], onStart, onQuit, leaveLabel = 'quit' }: DrillIntroScreenProps) {
  const tone = useTone();
  const { columns, rows } = useTerminalSize();
  const width = columns - 2;
  const marks = [`overall ${drill.pass.overall}`, ...SKILLS.filter((s) => drill.pass[s] !== undefined).map((s) => `${SKILL_LABELS[s].toLowerCase()} ${drill.pass[s]}`)];
  // A rule reads "Label: text", the label in bold, wrapped like any text.
  const rule = (key: string, label: string, text: string): Line[] =>
    wrapText(`${label} ${text}`, width).map((row, i) => ({
      key: `${key}:${i}`,
      node:
        i === 0 && row.startsWith(label) ? (
          <Text wrap="truncate-end">
            <Text bold>{label}</Text>
            {row.slice(label.length)}
          </Text>
        ) : (
          <Text wrap="truncate-end">{row}</Text>
        ),
    }));

  const body: Line[] = [
    ...(earlier.length > 0 ? [...textLines('earlier', earlierNotice(earlier), width, { color: tone('warn') }), blank('gap-earlier')] : []),
    ...(drill.description ? textLines('description', inert(drill.description, { multiline: false }), width) : []),
    blank('gap-scenarios'),
    ...drill.scenarios.map((scenario, i) => ({
      key: `scenario:${scenario.id}`,
      node: (
        <Text wrap="truncate-end">
          {`${i + 1}. ${inert(scenario.title, { multiline: false })}  `}
          <Text color={tone('warn')}>{stars(scenario.difficulty)}</Text>
          <Text color={tone('muted')}>{`  ${inert(scenario.persona.name, { multiline: false })}, ${inert(scenario.category)}`}</Text>
        </Text>
      ),
    })),
    blank('gap-rules'),
    ...rule('exam', 'Exam mode:', 'no hints, and no feedback until the end. One attempt per scenario, in this order.'),
    ...(drill.replyTimeLimit !== undefined ? rule('time', 'Time limit:', `${drill.replyTimeLimit} s per reply; a reply not sent in time counts as no reply.`) : []),
    ...rule('marks', 'Pass marks:', `${marks.join(', ')}.`),
    ...textLines('submission', 'When you finish, a submission file is saved for your cohort lead.', width, { color: tone('muted') }),
    ...textLines('resume', NO_RESUME, width, { color: tone('muted') }),
  ];
  const head = 2;
  const foot = 2;
  const room = rows - 1 - head - foot;
  const scroll = useScroll(body.length, room);

  useScreenInput((input, key) => {
    if (key.ctrl) return;
    if (scroll.onKey(key)) return;
    if (key.return) onStart();
    else if (input === 'q' || key.escape) onQuit();
  });

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text wrap="truncate-end">
        <Text bold color={tone('accent')}>Drill</Text>
        {`  ·  ${inert(drill.title, { multiline: false })}`}
      </Text>
      <Text color={tone('muted')} wrap="truncate-end">{`Trainee: ${inert(trainee, { multiline: false })}`}</Text>
      <ScrolledLines lines={body} room={room} offset={scroll.offset} color={tone('accent')} />
      <Text> </Text>
      <KeyHints hints={[...(scroll.scrolls ? [['↑↓', 'read on'] as const] : []), ['Enter', 'start the drill'], ['q', leaveLabel]]} />
    </Box>
  );
}
