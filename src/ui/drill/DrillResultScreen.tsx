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

/** The drill's result: pass or not, each scenario, each skill against its mark, and what to practise next. */
export function DrillResultScreen({ drill, outcome, onDone }: DrillResultScreenProps) {
  const tone = useTone();
  const { columns } = useTerminalSize();
  const { verdict } = outcome;
  useInput((input, key) => {
    if (key.ctrl) return;
    if (key.return || input === 'q' || key.escape) onDone();
  });
  const titleWidth = Math.max(20, Math.min(44, columns - 36));
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
          <Text>{`• ${inert(advice.reason, { multiline: false })} Practise "${advice.scenario}".`}</Text>
          {advice.example ? (
            <Text color={tone('muted')}>
              {`  You said ${advice.example.timedOut ? TIMED_OUT_REPLY : `“${inert(truncate(advice.example.reply, 90), { multiline: false })}”`} — try: “${inert(advice.example.rewrite, { multiline: false })}”`}
            </Text>
          ) : null}
        </Box>
      ))}
      <Text> </Text>
      <Text color={tone('muted')} wrap="truncate-middle">{`Submission saved: ${inert(outcome.submissionPaths.join(' and '), { multiline: false })}`}</Text>
      <Text color={tone('muted')}>Hand this file to your cohort lead.</Text>
      <KeyHints hints={[['Enter', 'done']]} />
    </Box>
  );
}
