import { Box, Text } from 'ink';
import type { Scenario } from '../../core/scenario/schema.js';
import { SKILL_LABELS } from '../../core/types.js';
import { costliestTurn } from '../../core/costliest-turn.js';
import { inert } from '../../core/sanitize.js';
import { KeyHints } from '../components/KeyHints.js';
import { ScrollArea } from '../components/ScrollArea.js';
import { SkillBars, scoreTone } from '../components/SkillBars.js';
import { sparkline, signed, stateHint, tookItBadly, truncate, truncateWords } from '../format.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import type { AttemptRecord, Mode, PlayResult, SavedAttempt } from '../services.js';
import { useTone } from '../theme.js';
import { useScreenInput } from '../hooks/use-screen-input.js';

export interface DebriefScreenProps {
  scenario: Scenario;
  mode: Mode;
  result: PlayResult;
  /** Where it was saved; null while saving, an Error when saving failed. */
  saved: SavedAttempt | Error | null;
  /** Earlier finished attempts at this scenario, oldest first (not this one). */
  earlier: readonly AttemptRecord[];
  grade: (score: number) => string;
  onHome: () => void;
  onRetry: () => void;
  onProgress: () => void;
  onQuit: () => void;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** After the conversation: how it ended, the grade, what worked and the reply to redo. */
export function DebriefScreen({ scenario, mode, result, saved, earlier, grade, onHome, onRetry, onProgress, onQuit }: DebriefScreenProps) {
  const tone = useTone();
  const { columns, rows } = useTerminalSize();
  useScreenInput((input, key) => {
    if (key.ctrl) return;
    if (key.return || input === 'h' || key.escape) onHome();
    else if (input === 'r') onRetry();
    else if (input === 'p') onProgress();
    else if (input === 'q') onQuit();
  });

  const score = Math.round(result.score);
  const previous = earlier.at(-1) ?? null;
  const bestBefore = earlier.length > 0 ? Math.max(...earlier.map((a) => a.score)) : null;
  const costly = costliestTurn(result.turns, scenario.rubric);
  const costlyHint = stateHint(scenario, costly?.turn.stateBefore);
  // With one reply there is no "lowest" or "costliest" to pick out.
  const only = result.turns.length === 1;
  const ending = result.ending ?? 'abandoned';
  const endingTone = ending === 'resolved' ? 'good' : ending === 'lost' || ending === 'abandoned' ? 'bad' : 'warn';
  const textWidth = Math.max(30, columns - 6);
  const modeText = mode === 'coach' ? 'coach mode' : 'exam mode';

  return (
    // The title and the key hints stay on screen; what is between scrolls when the window is short.
    <Box flexDirection="column" paddingX={1} height={rows - 1}>
      <Box justifyContent="space-between" flexShrink={0}>
        {/* The title gets the line less the padding, "Debrief · ", a gap and the mode. */}
        <Text bold color={tone('accent')} wrap="truncate-end">{`Debrief · ${truncate(inert(scenario.title), Math.max(10, columns - 14 - modeText.length))}`}</Text>
        <Text color={tone('muted')}>{modeText}</Text>
      </Box>
      <ScrollArea>
        <Text wrap="wrap">
          {'Ending: '}
          <Text bold color={tone(endingTone)}>{inert(ending)}</Text>
          {result.endingSummary ? ` — ${inert(result.endingSummary)}` : ''}
        </Text>
        {/* Three parts that wrap whole: a narrow window breaks the line between them, not before the mood's number. */}
        <Box flexWrap="wrap">
          <Text>
            {'Score '}
            <Text bold color={tone(scoreTone(score))}>{`${score}/100  grade ${grade(score)}`}</Text>
            {'  ·  '}
          </Text>
          <Text>{`${result.turns.length} ${result.turns.length === 1 ? 'reply' : 'replies'}  ·  `}</Text>
          <Text>{`mood at the end ${Math.round(result.mood)}`}</Text>
        </Box>
        <Box flexDirection="column" marginTop={1}>
          <SkillBars scores={result.scores} width={columns >= 100 ? 24 : 16} previous={previous?.scores ?? null} />
        </Box>
        <Box flexDirection="column" marginTop={1}>
          {result.goals.length === 0 ? <Text color={tone('muted')}>No goals in this scenario.</Text> : null}
          {result.goals.map((goal) => (
            <Text key={goal.id} wrap="wrap">
              <Text color={tone(goal.met ? 'good' : 'bad')}>{goal.met ? '✓ ' : '✗ '}</Text>
              {inert(goal.description ?? goal.id)}
              {goal.met && goal.turn !== undefined ? <Text color={tone('muted')}>{` (turn ${goal.turn})`}</Text> : null}
            </Text>
          ))}
        </Box>
        {costly ? (
          <Box flexDirection="column" marginTop={1}>
            <Text wrap="wrap">
              <Text bold>{`${only ? 'Your only reply' : costly.turn.moodDelta > 0 ? 'Your lowest-scoring reply, though every reply won some ground' : 'The reply that cost most'} (turn ${result.turns.indexOf(costly.turn) + 1}, ${costly.weighted}/100): `}</Text>
              {`“${truncateWords(inert(costly.turn.reply), textWidth * 2)}”`}
            </Text>
            {costly.tip ? (
              <Box flexDirection="column" paddingLeft={2}>
                <Text wrap="wrap">
                  <Text color={tone('accent')}>{`${SKILL_LABELS[costly.tip.skill]}: `}</Text>
                  {inert(costly.tip.message)}
                </Text>
                <Text wrap="wrap" color={tone('good')}>{`Better: “${inert(costly.tip.rewrite)}”`}</Text>
              </Box>
            ) : costly.turn.moodDelta < 0 ? (
              // The wording had nothing to fix, but the customer still took it badly: say so rather than "sound".
              // The scenario's hint for that moment says what it needed, when there is one.
              <Text color={tone('warn')} wrap="wrap">{`  ${tookItBadly(costly.turn.moodDelta, costlyHint, 'what it said or promised was the problem.')}`}</Text>
            ) : costly.weighted < 50 ? (
              // Nothing in it cost points, but a low score is not "sound": say which skill it was short on.
              <Text color={tone('muted')} wrap="wrap">{`  No wording to fix: it scored low because it showed little ${SKILL_LABELS[costly.weakest].toLowerCase()}.`}</Text>
            ) : (
              <Text color={tone('muted')}>{`  No rewrite needed: ${only ? 'your reply' : 'even your weakest reply'} was sound.`}</Text>
            )}
          </Box>
        ) : (
          <Text color={tone('muted')}>No replies were sent.</Text>
        )}
        <Box marginTop={1}>
          {earlier.length === 0 ? (
            <Text>First attempt at this scenario: the next one will be compared with it.</Text>
          ) : (
            <Text wrap="wrap">
              {`${ordinal(earlier.length + 1)} attempt · earlier ${earlier.slice(-5).map((a) => a.score).join(', ')} `}
              <Text color={tone('accent')}>{sparkline([...earlier.slice(-11).map((a) => a.score), score])}</Text>
              {' · vs best before '}
              <Text color={tone(bestBefore !== null && score >= bestBefore ? 'good' : 'bad')}>{`${bestBefore} (${signed(score - (bestBefore ?? 0))})`}</Text>
            </Text>
          )}
        </Box>
        {saved === null ? (
          <Text color={tone('muted')}>Saving the transcript…</Text>
        ) : saved instanceof Error ? (
          <Text color={tone('bad')} wrap="wrap">{`Could not save the transcript: ${inert(saved.message)}`}</Text>
        ) : (
          <Text wrap="wrap">
            {'Transcript: '}
            <Text color={tone('accent')}>{inert(saved.transcriptPath)}</Text>
          </Text>
        )}
      </ScrollArea>
      <Box flexShrink={0}>
        <KeyHints hints={[['Enter', 'home'], ['r', 'try again'], ['p', 'progress'], ['q', 'quit']]} />
      </Box>
    </Box>
  );
}
