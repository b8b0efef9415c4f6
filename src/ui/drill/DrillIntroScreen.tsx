import { useState } from 'react';
import { Box, Text } from 'ink';
import { SKILL_LABELS, SKILLS } from '../../core/types.js';
import { inert } from '../../core/sanitize.js';
import { KeyHints } from '../components/KeyHints.js';
import { ScrollArea } from '../components/ScrollArea.js';
import { stars } from '../format.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useScreenInput } from '../hooks/use-screen-input.js';
import { useTone } from '../theme.js';
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
  const { rows } = useTerminalSize();
  const [scrolls, setScrolls] = useState(false);
  const marks = [`overall ${drill.pass.overall}`, ...SKILLS.filter((s) => drill.pass[s] !== undefined).map((s) => `${SKILL_LABELS[s].toLowerCase()} ${drill.pass[s]}`)];
  // A rule reads "Label: text", the label in bold, wrapped like any text.
  const rule = (label: string, text: string) => (
    <Text wrap="wrap">
      <Text bold>{label}</Text>
      {` ${text}`}
    </Text>
  );

  useScreenInput((input, key) => {
    if (key.ctrl) return;
    if (key.return) onStart();
    else if (input === 'q' || key.escape) onQuit();
  });

  return (
    // The title and the trainee's name stay on screen, and so do the keys; what is between scrolls when the window is short.
    <Box flexDirection="column" paddingX={1} height={rows - 1}>
      <Box flexDirection="column" flexShrink={0}>
        <Text wrap="truncate-end">
          <Text bold color={tone('accent')}>Drill</Text>
          {`  ·  ${inert(drill.title, { multiline: false })}`}
        </Text>
        <Text color={tone('muted')} wrap="truncate-end">{`Trainee: ${inert(trainee, { multiline: false })}`}</Text>
      </Box>
      <ScrollArea onOverflow={setScrolls}>
        {earlier.length > 0 ? (
          <>
            <Text color={tone('warn')} wrap="wrap">{earlierNotice(earlier)}</Text>
            <Text> </Text>
          </>
        ) : null}
        {drill.description ? <Text wrap="wrap">{inert(drill.description, { multiline: false })}</Text> : null}
        <Text> </Text>
        {drill.scenarios.map((scenario, i) => (
          <Text key={scenario.id} wrap="truncate-end">
            {`${i + 1}. ${inert(scenario.title, { multiline: false })}  `}
            <Text color={tone('warn')}>{stars(scenario.difficulty)}</Text>
            <Text color={tone('muted')}>{`  ${inert(scenario.persona.name, { multiline: false })}, ${inert(scenario.category)}`}</Text>
          </Text>
        ))}
        <Text> </Text>
        {rule('Exam mode:', 'no hints, and no feedback until the end. One attempt per scenario, in this order.')}
        {drill.replyTimeLimit !== undefined ? rule('Time limit:', `${drill.replyTimeLimit} s per reply; a reply not sent in time counts as no reply.`) : null}
        {rule('Pass marks:', `${marks.join(', ')}.`)}
        <Text color={tone('muted')} wrap="wrap">When you finish, a submission file is saved for your cohort lead.</Text>
        <Text color={tone('muted')} wrap="wrap">{NO_RESUME}</Text>
      </ScrollArea>
      <Box flexDirection="column" flexShrink={0}>
        <Text> </Text>
        <KeyHints hints={[...(scrolls ? [['↑↓', 'read on'] as const] : []), ['Enter', 'start the drill'], ['q', leaveLabel]]} />
      </Box>
    </Box>
  );
}
