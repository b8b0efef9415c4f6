import { Box, Text } from 'ink';
import { TextInput } from '../components/TextInput.js';
import { KeyHints } from '../components/KeyHints.js';
import { useTone } from '../theme.js';

/** First run: asks what to call the trainee (asked once, then remembered). */
export function NameScreen({ onName }: { onName: (name: string) => void }) {
  const tone = useTone();
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold color={tone('accent')}>Welcome to Rapport</Text>
      <Text>Practise customer conversations, get feedback on every reply, and watch your skills grow.</Text>
      <Text> </Text>
      <Text>What should we call you? (It goes on your transcripts and stays on this computer.)</Text>
      <TextInput onSubmit={(name) => onName(name.slice(0, 60))} placeholder="Your name" />
      <KeyHints hints={[['Enter', 'continue'], ['Ctrl-C', 'exit']]} />
    </Box>
  );
}
