import { Text } from 'ink';
import { bar, moodWord } from '../format.js';
import { useTone } from '../theme.js';

export interface MoodMeterProps {
  mood: number;
  /** The last change, shown as an arrow so the trainee sees the meter move. */
  delta?: number;
  width?: number;
  /** False in exam mode: the bar and the word show how the customer seems, not the number or its change. */
  exact?: boolean;
}

/** The customer's mood, 0 (furious) to 100 (happy), with the last change. */
export function MoodMeter({ mood, delta = 0, width = 16, exact = true }: MoodMeterProps) {
  const tone = useTone();
  const colour = tone(mood < 30 ? 'bad' : mood < 60 ? 'warn' : 'good');
  return (
    <Text>
      Mood <Text color={colour}>{bar(mood, width)}</Text> {exact ? `${String(Math.round(mood)).padStart(3)} ` : ''}{moodWord(mood)}
      {/* Like the skill changes in the debrief and progress: the arrow gives the sign (it read "▼-5"). */}
      {exact && delta !== 0 ? <Text color={tone(delta > 0 ? 'good' : 'bad')}>{` ${delta > 0 ? '▲' : '▼'}${Math.abs(Math.round(delta))}`}</Text> : null}
    </Text>
  );
}
