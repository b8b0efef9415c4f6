import { Text } from 'ink';
import type { Evidence } from '../../core/types.js';
import { inert } from '../../core/sanitize.js';
import { condenseSegments, segmentReply } from '../reply-segments.js';
import { useTheme, useTone } from '../theme.js';

/**
 * The trainee's reply with the words that earned points in green and those
 * that cost points in red. Without colour the spans read `[+…]` and `[-…]`.
 * With `maxChars`, a longer reply is shortened around its scored spans.
 */
export function HighlightedReply({ reply, evidence, maxChars = Infinity }: { reply: string; evidence: readonly Evidence[]; maxChars?: number }) {
  const { color } = useTheme();
  const tone = useTone();
  return (
    <Text wrap="wrap">
      {condenseSegments(segmentReply(reply, evidence), maxChars).map((segment, i) => {
        const text = inert(segment.text);
        if (segment.points === 0) return <Text key={i}>{text}</Text>;
        const good = segment.points > 0;
        if (!color) return <Text key={i} bold>{`[${good ? '+' : '-'}${text}]`}</Text>;
        return (
          <Text key={i} color={tone(good ? 'good' : 'bad')} bold underline>
            {text}
          </Text>
        );
      })}
    </Text>
  );
}
