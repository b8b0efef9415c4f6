import { Box, Text } from 'ink';
import { inert } from '../../core/sanitize.js';
import { useTone } from '../theme.js';

/** One line in the conversation as the trainee sees it. */
export interface ChatEntry {
  /** `no-reply`: a drill turn that passed with no reply in time (text is what to show). */
  who: 'customer' | 'trainee' | 'impatience' | 'no-reply' | 'system';
  text: string;
}

/**
 * The conversation, newest at the bottom. The box clips what does not fit,
 * so the oldest lines scroll off the top as the chat grows. Each line sits in
 * a box that never shrinks: a Text shrinks by default, and a chat taller than
 * its box would otherwise squeeze every entry and draw them over each other
 * (the customer's latest answer lost its last lines). `minRows` keeps that
 * many rows for it when what is below (the feedback) would squeeze it.
 */
export function ChatLog({ entries, customerName, minRows = 0 }: { entries: readonly ChatEntry[]; customerName: string; minRows?: number }) {
  return (
    <Box flexDirection="column" flexGrow={1} flexShrink={1} minHeight={minRows} overflowY="hidden" justifyContent="flex-end">
      {entries.map((entry, i) => (
        <Box key={i} flexShrink={0}>
          <ChatLine entry={entry} customerName={customerName} />
        </Box>
      ))}
    </Box>
  );
}

/** An entry as the log shows it, without colour: what a screen measures to leave it room. */
export function chatLineText(entry: ChatEntry, customerName: string): string {
  const text = inert(entry.text);
  const name = inert(customerName);
  switch (entry.who) {
    case 'customer':
      return `${name}: ${text}`;
    case 'impatience':
      return `⏳ ${name} (waiting): ${text}`;
    case 'trainee':
    case 'no-reply':
      return `You: ${text}`;
    default:
      return `· ${text}`;
  }
}

/** One entry, with the speaker in their colour. */
function ChatLine({ entry, customerName }: { entry: ChatEntry; customerName: string }) {
  const tone = useTone();
  const text = inert(entry.text);
  switch (entry.who) {
    case 'customer':
      return (
        <Text wrap="wrap">
          <Text color={tone('customer')} bold>{`${inert(customerName)}: `}</Text>
          {text}
        </Text>
      );
    case 'impatience':
      return (
        <Text wrap="wrap">
          <Text color={tone('warn')} bold>{`⏳ ${inert(customerName)} (waiting): `}</Text>
          {text}
        </Text>
      );
    case 'trainee':
      return (
        <Text wrap="wrap">
          <Text color={tone('trainee')} bold>{'You: '}</Text>
          {text}
        </Text>
      );
    case 'no-reply':
      return (
        <Text wrap="wrap" dimColor>
          <Text bold>{'You: '}</Text>
          {text}
        </Text>
      );
    default:
      return (
        <Text wrap="wrap" color={tone('accent')}>
          {`· ${text}`}
        </Text>
      );
  }
}
