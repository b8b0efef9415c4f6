import { Box, Text, useInput } from 'ink';
import { inert } from '../../core/sanitize.js';
import { TIMED_OUT_REPLY } from '../../core/session-types.js';
import { SKILL_LABELS } from '../../core/types.js';
import { KeyHints } from '../components/KeyHints.js';
import { SkillBars } from '../components/SkillBars.js';
import { pad, truncate } from '../format.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
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

/** The drill's result: pass or not, each scenario, each skill against its mark, and what to practise next. */
export function DrillResultScreen({ drill, outcome, onDone }: DrillResultScreenProps) {
  const tone = useTone();
  const { columns } = useTerminalSize();
  const { verdict } = outcome;
  useInput((input, key) => {
    if (key.ctrl) return;
    if (key.return || input === 'q' || key.escape) onDone();
  });
  // Title, two spaces, the ending (12), a space, the score (3), inside the padding (2).
  const titleWidth = Math.max(20, Math.min(60, columns - 20));
  // The trainee knows scenarios by their titles (home lists them so); the grader's advice names ids.
  const titleOf = (id: string) => outcome.scenarios.find((s) => s.id === id)?.title ?? drill.scenarios.find((s) => s.id === id)?.title ?? id;
  const withTitles = (text: string) => outcome.scenarios.reduce((out, s) => out.split(`"${s.id}"`).join(`“${s.title}”`), text);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text>
        <Text bold color={tone('accent')}>Drill result</Text>
        {`  ·  ${inert(drill.title, { multiline: false })}`}
      </Text>
      <Text bold color={tone(verdict.passed ? 'good' : 'bad')}>
        {`${verdict.passed ? '✓ PASSED' : '✗ NOT PASSED'}  overall ${verdict.score} (pass mark ${verdict.overall.mark})`}
      </Text>
      <Text> </Text>
      {outcome.scenarios.map((s) => (
        <Text key={s.id} wrap="truncate-end">
          {pad(truncate(inert(s.title, { multiline: false }), titleWidth), titleWidth)}
          {`  ${pad(inert(s.ending), 12)} `}
          <Text bold>{String(s.score).padStart(3)}</Text>
        </Text>
      ))}
      <Text> </Text>
      <SkillBars scores={verdict.scores} width={Math.max(10, Math.min(24, columns - 50))} />
      {verdict.skills.map((s) => (
        <Text key={s.skill} color={tone(s.passed ? 'good' : 'bad')}>
          {`${s.passed ? '✓' : '✗'} ${pad(SKILL_LABELS[s.skill], 18)} ${String(s.score).padStart(5)}  ${s.mark === undefined ? 'no pass mark' : `pass mark ${s.mark}`}`}
        </Text>
      ))}
      <Text> </Text>
      <Text bold>What to practise next</Text>
      {verdict.practise.map((advice) => (
        <Box key={advice.skill} flexDirection="column">
          <Text>{`• ${practiseLine(withTitles(advice.reason), titleOf(advice.scenario))}`}</Text>
          {advice.example ? (
            <Text color={tone('muted')}>
              {`  You said ${advice.example.timedOut ? TIMED_OUT_REPLY : `“${inert(truncate(advice.example.reply, 90), { multiline: false })}”`} — try: “${inert(advice.example.rewrite, { multiline: false })}”`}
            </Text>
          ) : null}
        </Box>
      ))}
      <Text> </Text>
      {/* The whole path, on lines of its own: the trainee has to find this file and hand it in. */}
      <Text color={tone('muted')}>Submission saved:</Text>
      {outcome.submissionPaths.map((file) => (
        <Text key={file} wrap="wrap">{`  ${inert(file, { multiline: false })}`}</Text>
      ))}
      <Text color={tone('muted')}>Hand this file to your cohort lead.</Text>
      <KeyHints hints={[['Enter', 'done']]} />
    </Box>
  );
}
