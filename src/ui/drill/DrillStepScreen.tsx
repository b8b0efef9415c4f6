import { Box, Text } from 'ink';
import type { Scenario } from '../../core/scenario/schema.js';
import { inert } from '../../core/sanitize.js';
import { KeyHints } from '../components/KeyHints.js';
import { useScreenInput } from '../hooks/use-screen-input.js';
import { useTone } from '../theme.js';

export interface DrillStepScreenProps {
  scenario: Scenario;
  /** 0-based position in the drill, and how many scenarios it has. */
  index: number;
  total: number;
  onBegin: () => void;
}

/** Between scenarios: which one is next and who the customer is. */
export function DrillStepScreen({ scenario, index, total, onBegin }: DrillStepScreenProps) {
  const tone = useTone();
  useScreenInput((_input, key) => {
    if (!key.ctrl && key.return) onBegin();
  });
  const persona = scenario.persona;
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text color={tone('accent')} bold>{`Scenario ${index + 1} of ${total}`}</Text>
      <Text bold>{inert(scenario.title, { multiline: false })}</Text>
      <Text> </Text>
      <Text>
        <Text color={tone('customer')} bold>{inert(persona.name, { multiline: false })}</Text>
        {` · ${inert(persona.tier, { multiline: false })} customer`}
      </Text>
      <Text>{inert(persona.situation)}</Text>
      <Text> </Text>
      <KeyHints hints={[['Enter', 'begin'], ['Ctrl-C', 'abandon the drill']]} />
    </Box>
  );
}
