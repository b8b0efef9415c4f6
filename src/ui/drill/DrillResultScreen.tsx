import { useState } from 'react';
import { Box, Text } from 'ink';
import { inert } from '../../core/sanitize.js';
import { TIMED_OUT_REPLY } from '../../core/session-types.js';
import { failedOnSkills } from '../../core/drill/grade-drill.js';
import { SKILL_LABELS } from '../../core/types.js';
import { KeyHints } from '../components/KeyHints.js';
import { ScrollArea } from '../components/ScrollArea.js';
import { bar, pad, truncate, wrapText } from '../format.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useScreenInput } from '../hooks/use-screen-input.js';
import { useTone } from '../theme.js';
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
  const [scrolls, setScrolls] = useState(false);
  // Short of room at this window size, the blank rows after the verdict and above the submission go first, so more of the
  // result shows. Kept for the size: without them it may fit, and putting them back would not.
  const size = `${columns}×${rows}`;
  const [tightAt, setTightAt] = useState<string | null>(null);
  const tight = tightAt === size;
  const onOverflow = (overflow: boolean) => {
    setScrolls(overflow);
    if (overflow) setTightAt(size);
  };

  useScreenInput((input, key) => {
    if (key.ctrl) return;
    if (key.return || input === 'q' || key.escape) onDone();
  });

  return (
    // The verdict and the submission to hand in stay on screen, and so do the keys; the result between them scrolls.
    <Box flexDirection="column" paddingX={1} height={rows - 1}>
      <Box flexDirection="column" flexShrink={0}>
        <Text wrap="truncate-end">
          <Text bold color={tone('accent')}>Drill result</Text>
          {`  ·  ${inert(drill.title, { multiline: false })}`}
        </Text>
        {/* A fail with the overall at or above its mark says which skill failed it, as the text result does; it wraps rather than lose the reason. */}
        <Text bold color={tone(verdict.passed ? 'good' : 'bad')} wrap="wrap">
          {`${verdict.passed ? '✓ PASSED' : '✗ NOT PASSED'}  overall ${verdict.score} (pass mark ${verdict.overall.mark})${verdict.passed ? '' : failedOnSkills(verdict)}`}
        </Text>
      </Box>
      <ScrollArea onOverflow={onOverflow}>
        {tight ? null : <Text> </Text>}
        {outcome.scenarios.map((s) => (
          <Text key={s.id} wrap="truncate-end">
            {pad(truncate(inert(s.title, { multiline: false }), titleWidth), titleWidth)}
            {`  ${pad(inert(s.ending), 12)} `}
            <Text bold>{String(s.score).padStart(3)}</Text>
          </Text>
        ))}
        {/* The time limit costs points without a word in the advice: say where it did. */}
        {timedOutLines(outcome, drill.replyTimeLimit).map((text, i) => (
          <Text key={i} color={tone('warn')} wrap="wrap">
            {text}
          </Text>
        ))}
        <Text> </Text>
        {verdict.skills.map((s) => (
          <Text key={s.skill} wrap="truncate-end" color={tone(s.passed ? 'good' : 'bad')}>
            {`${s.passed ? '✓' : '✗'} ${pad(SKILL_LABELS[s.skill], 18)} ${String(s.score).padStart(5)}  ${s.mark === undefined ? 'no pass mark' : `pass mark ${s.mark}`}`}
            {barWidth >= 6 ? `  ${bar(s.score, barWidth)}` : ''}
          </Text>
        ))}
        <Text> </Text>
        <Text bold>What to practise next</Text>
        {verdict.practise.map((advice) => (
          <Box key={advice.skill} flexDirection="column">
            <Indented first="• ">{practiseLine(withTitles(advice.reason), titleOf(advice.scenario))}</Indented>
            {advice.example ? (
              <Indented color={tone('muted')}>
                {`You said ${advice.example.timedOut ? TIMED_OUT_REPLY : `“${inert(truncate(advice.example.reply, 90), { multiline: false })}”`} — try: “${inert(advice.example.rewrite, { multiline: false })}”`}
              </Indented>
            ) : null}
          </Box>
        ))}
      </ScrollArea>
      <Box flexDirection="column" flexShrink={0}>
        {tight ? null : <Text> </Text>}
        <Text color={tone('muted')}>Submission saved:</Text>
        {/* The whole path, on rows of its own, cut after a / or _: the trainee has to find this file and hand it in. */}
        {outcome.submissionPaths.flatMap((file) => wrapText(inert(file, { multiline: false }), width - 2).map((row, i) => <Text key={`${file}:${i}`}>{`  ${row}`}</Text>))}
        <Text color={tone('muted')} wrap="wrap">{`Hand this file to your cohort lead.${outcome.earlier ? ` ${retakeNote(outcome.earlier)}` : ''}`}</Text>
        <KeyHints hints={scrolls ? [['↑↓', 'scroll'], ['Enter', 'done']] : [['Enter', 'done']]} />
      </Box>
    </Box>
  );
}

/** Text wrapped under its own first word, after a two-column `first` (a bullet) that the rows below leave blank. */
function Indented({ first = '  ', color, children }: { first?: string; color?: string | undefined; children: string }) {
  return (
    <Box>
      <Box width={2} flexShrink={0}>
        <Text>{first}</Text>
      </Box>
      <Text wrap="wrap" {...(color ? { color } : {})}>
        {children}
      </Text>
    </Box>
  );
}
