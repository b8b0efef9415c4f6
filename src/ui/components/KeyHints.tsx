import { Text } from 'ink';
import { useTone } from '../theme.js';

/** The keys that work on this screen, as `key action · key action`. */
export function KeyHints({ hints }: { hints: readonly (readonly [string, string])[] }) {
  const tone = useTone();
  return (
    <Text color={tone('muted')} wrap="truncate-end">
      {hints.map(([key, action], i) => (
        <Text key={key}>
          {i > 0 ? ' · ' : ''}
          <Text bold>{key}</Text> {action}
        </Text>
      ))}
    </Text>
  );
}
