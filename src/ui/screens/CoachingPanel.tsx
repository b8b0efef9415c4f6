import { Box, Text } from 'ink';
import { readingNotices, SKILL_LABELS } from '../../core/types.js';
import { inert } from '../../core/sanitize.js';
import type { PlayTurn } from '../services.js';
import { HighlightedReply } from '../components/HighlightedReply.js';
import { SkillBars } from '../components/SkillBars.js';
import { useTone } from '../theme.js';

/** Picks the one tip to show: the one for the reply's weakest skill, else the first. */
export function pickTip(turn: PlayTurn) {
  const { scores, tips } = turn.analysis;
  const sorted = [...tips].sort((a, b) => scores[a.skill] - scores[b.skill]);
  return sorted[0] ?? null;
}

/**
 * Coach-mode feedback on the last reply: a bar per skill, the reply with the
 * spans that earned or cost points, and one tip with a concrete rewrite.
 */
export function CoachingPanel({ turn, columns }: { turn: PlayTurn; columns: number }) {
  const tone = useTone();
  const tip = pickTip(turn);
  // What the analysis could not read (another language, a cut-off paste): said before any tip.
  const notices = readingNotices(turn.analysis.evidence);
  const barWidth = columns >= 100 ? 16 : 10;
  // About four lines of the text column: a long reply must not push the customer's answer off the screen.
  const replyChars = Math.max(120, (columns - (18 + barWidth + 6)) * 4);
  return (
    <Box flexDirection="column" flexShrink={0}>
      <Text color={tone('muted')}>{'── Feedback on your reply ' + '─'.repeat(Math.max(0, columns - 27))}</Text>
      <Box flexDirection="row">
        <Box flexShrink={0} width={18 + barWidth + 6}>
          <SkillBars scores={turn.analysis.scores} width={barWidth} />
        </Box>
        <Box flexDirection="column" flexGrow={1} flexShrink={1}>
          <HighlightedReply reply={turn.reply} evidence={turn.analysis.evidence} maxChars={replyChars} />
          {notices.map((n) => (
            <Text key={n.rule} wrap="wrap" color={tone('warn')}>
              {inert(n.note)}
            </Text>
          ))}
          {tip ? (
            <Box flexDirection="column">
              <Text wrap="wrap">
                <Text color={tone('accent')} bold>{`Tip · ${SKILL_LABELS[tip.skill]}: `}</Text>
                {inert(tip.message)}
              </Text>
              <Text wrap="wrap" color={tone('good')}>{`Try: “${inert(tip.rewrite)}”`}</Text>
            </Box>
          ) : notices.length > 0 ? null : turn.moodDelta < 0 ? (
            // No wording to fix is not praise when the customer took the reply badly.
            <Text color={tone('warn')} wrap="wrap">{`No wording to fix, but the customer took it badly (mood ${turn.moodDelta}): read their answer and reply to what they asked.`}</Text>
          ) : (
            <Text color={tone('good')}>No tip this time: that reply did what it needed to.</Text>
          )}
        </Box>
      </Box>
    </Box>
  );
}
