import { Box, Text } from 'ink';
import { readingNotices, SKILLS, SKILL_LABELS } from '../../core/types.js';
import type { Evidence } from '../../core/types.js';
import { inert } from '../../core/sanitize.js';
import type { PlayTurn } from '../services.js';
import { HighlightedReply } from '../components/HighlightedReply.js';
import { SkillBars, scoreTone } from '../components/SkillBars.js';
import { cellWidth, tookItBadly, wrappedRows } from '../format.js';
import { condenseSegments, segmentReply } from '../reply-segments.js';
import { useTheme, useTone } from '../theme.js';

/** Picks the one tip to show: the one for the reply's weakest skill, else the first. */
export function pickTip(turn: PlayTurn) {
  const { scores, tips } = turn.analysis;
  const sorted = [...tips].sort((a, b) => scores[a.skill] - scores[b.skill]);
  return sorted[0] ?? null;
}

/** Fewest characters of the reply worth showing beside the bars; with less room the panel goes compact. */
const MIN_REPLY_CHARS = 30;

/**
 * The most characters of the reply (condensed around its scored spans) that
 * wrap into `rows` rows of `width`, or 0 when not even a short excerpt does.
 */
function replyBudget(reply: string, evidence: readonly Evidence[], width: number, rows: number, color: boolean, start: number): number {
  const segments = segmentReply(reply, evidence);
  for (let chars = start; chars >= MIN_REPLY_CHARS; chars = Math.floor(chars * 0.85)) {
    // Without colour the scored spans are shown as `[+…]`: count the brackets too.
    const shown = condenseSegments(segments, chars)
      .map((s) => (s.points === 0 || color ? s.text : `[+${s.text}]`))
      .join('');
    if (wrappedRows(shown, width) <= rows) return chars;
  }
  return 0;
}

/**
 * Coach-mode feedback on the last reply: a bar per skill, the reply with the
 * spans that earned or cost points, and one tip with a concrete rewrite.
 * Given `maxRows` (what the window leaves beside the chat), the reply is
 * shortened to fit; when even that does not fit, the panel goes compact: the
 * scores on one line, then the tip, so the customer's answer above stays on
 * screen.
 */
export function CoachingPanel({ turn, columns, maxRows = Infinity, hint }: { turn: PlayTurn; columns: number; maxRows?: number; hint?: string }) {
  const tone = useTone();
  const { color } = useTheme();
  const tip = pickTip(turn);
  // What the analysis could not read (another language, a cut-off paste): said before any tip.
  const notices = readingNotices(turn.analysis.evidence);
  const barWidth = columns >= 100 ? 16 : 10;
  const textWidth = columns - (18 + barWidth + 6);
  // No wording to fix is not praise when the customer took the reply badly: the scenario's hint for that moment
  // says what it needed, when there is one.
  const noTip = turn.moodDelta < 0 ? tookItBadly(turn.moodDelta, hint, 'read their answer and reply to what they asked.') : 'No tip this time: that reply did what it needed to.';
  const advice = (width: number) =>
    notices.reduce((sum, n) => sum + wrappedRows(inert(n.note), width), 0) +
    (tip
      ? wrappedRows(`Tip · ${SKILL_LABELS[tip.skill]}: ${inert(tip.message)}`, width) + wrappedRows(`Try: “${inert(tip.rewrite)}”`, width)
      : notices.length > 0
        ? 0
        : wrappedRows(noTip, width));
  // About four lines of the text column: a long reply must not push the customer's answer off the screen.
  const fullChars = Math.max(120, textWidth * 4);
  // The title, and beside the three bars the reply over the advice: shorten the reply to the rows left for it.
  const replyChars = !Number.isFinite(maxRows)
    ? fullChars
    : maxRows < 4
      ? 0
      : replyBudget(turn.reply, turn.analysis.evidence, textWidth, maxRows - 1 - advice(textWidth), color, fullChars);
  const compact = replyChars === 0;

  const adviceLines = (
    <>
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
      ) : notices.length > 0 ? null : (
        <Text color={tone(turn.moodDelta < 0 ? 'warn' : 'good')} wrap="wrap">
          {noTip}
        </Text>
      )}
    </>
  );

  if (compact) {
    const scores = SKILLS.map((skill) => [skill, Math.round(turn.analysis.scores[skill])] as const);
    const summary = scores.map(([skill, value]) => `${SKILL_LABELS[skill]} ${value}`).join(' · ');
    // "Feedback:" goes first when the line has room for it (not at 60 columns).
    const lead = cellWidth(`── Feedback: ${summary} `) <= columns ? '── Feedback: ' : '── ';
    const used = cellWidth(`${lead}${summary} `);
    return (
      // Cut at the bottom if the tip is longer still: squeezed, its lines would be drawn over each other.
      <Box flexDirection="column" flexShrink={0} overflowY="hidden" height={Math.max(1, Math.min(maxRows, 1 + advice(columns)))}>
        <Box flexDirection="column" flexShrink={0}>
          <Text color={tone('muted')} wrap="truncate-end">
            {lead}
            {scores.map(([skill, value], i) => (
              <Text key={skill}>
                {i > 0 ? ' · ' : ''}
                {`${SKILL_LABELS[skill]} `}
                <Text color={tone(scoreTone(value))} bold>
                  {String(value)}
                </Text>
              </Text>
            ))}
            {' ' + '─'.repeat(Math.max(0, columns - used))}
          </Text>
          {adviceLines}
        </Box>
      </Box>
    );
  }
  return (
    <Box flexDirection="column" flexShrink={0}>
      <Text color={tone('muted')}>{'── Feedback on your reply ' + '─'.repeat(Math.max(0, columns - 26))}</Text>
      <Box flexDirection="row" flexShrink={0}>
        <Box flexShrink={0} width={18 + barWidth + 6}>
          <SkillBars scores={turn.analysis.scores} width={barWidth} />
        </Box>
        <Box flexDirection="column" flexGrow={1} flexShrink={1}>
          <HighlightedReply reply={turn.reply} evidence={turn.analysis.evidence} maxChars={replyChars} />
          {adviceLines}
        </Box>
      </Box>
    </Box>
  );
}
