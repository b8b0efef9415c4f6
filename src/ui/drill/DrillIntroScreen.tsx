import { Box, Text, useInput } from 'ink';
import { SKILL_LABELS, SKILLS } from '../../core/types.js';
import { inert } from '../../core/sanitize.js';
import { KeyHints } from '../components/KeyHints.js';
import { stars } from '../format.js';
import { useTone } from '../theme.js';
import type { DrillInfo } from './services.js';

export interface DrillIntroScreenProps {
  drill: DrillInfo;
  trainee: string;
  onStart: () => void;
  onQuit: () => void;
  /** What `q` leads to, for the key hint (default "quit"). */
  leaveLabel?: string;
}

/** What the drill is: its scenarios in order, the rules (exam mode, time limit) and the pass marks. */
export function DrillIntroScreen({ drill, trainee, onStart, onQuit, leaveLabel = 'quit' }: DrillIntroScreenProps) {
  const tone = useTone();
  useInput((input, key) => {
    if (key.ctrl) return;
    if (key.return) onStart();
    else if (input === 'q' || key.escape) onQuit();
  });
  const marks = [`overall ${drill.pass.overall}`, ...SKILLS.filter((s) => drill.pass[s] !== undefined).map((s) => `${SKILL_LABELS[s].toLowerCase()} ${drill.pass[s]}`)];
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text>
        <Text bold color={tone('accent')}>Drill</Text>
        {`  ·  ${inert(drill.title, { multiline: false })}`}
      </Text>
      <Text color={tone('muted')}>{`Trainee: ${inert(trainee, { multiline: false })}`}</Text>
      {drill.description ? <Text>{inert(drill.description)}</Text> : null}
      <Text> </Text>
      {drill.scenarios.map((scenario, i) => (
        <Text key={scenario.id} wrap="truncate-end">
          {`${i + 1}. ${inert(scenario.title, { multiline: false })}  `}
          <Text color={tone('warn')}>{stars(scenario.difficulty)}</Text>
          <Text color={tone('muted')}>{`  ${inert(scenario.persona.name, { multiline: false })}, ${inert(scenario.category)}`}</Text>
        </Text>
      ))}
      <Text> </Text>
      <Text>
        <Text bold>Exam mode:</Text> no hints, and no feedback until the end. One attempt per scenario, in this order.
      </Text>
      {drill.replyTimeLimit !== undefined ? (
        <Text>
          <Text bold>Time limit:</Text>
          {` ${drill.replyTimeLimit} s per reply; a reply not sent in time counts as no reply.`}
        </Text>
      ) : null}
      <Text>
        <Text bold>Pass marks:</Text>
        {` ${marks.join(', ')}.`}
      </Text>
      <Text color={tone('muted')}>When you finish, a submission file is saved for your cohort lead.</Text>
      <Text> </Text>
      <KeyHints hints={[['Enter', 'start the drill'], ['q', leaveLabel]]} />
    </Box>
  );
}
