import { Box, Text } from 'ink';
import { SKILLS, SKILL_LABELS } from '../../core/types.js';
import type { SkillScores } from '../../core/types.js';
import { bar, pad } from '../format.js';
import { useTone } from '../theme.js';
import type { Tone } from '../theme.js';

/** The tone for a 0–100 score: green from 70, yellow from 40, red below. */
export function scoreTone(score: number): Tone {
  if (score >= 70) return 'good';
  if (score >= 40) return 'warn';
  return 'bad';
}

export interface SkillBarsProps {
  scores: SkillScores;
  width?: number;
  /** Optional per-skill comparison (e.g. the previous attempt), shown as a signed change. */
  previous?: SkillScores | null;
}

/** One bar per skill, labelled, with the number. */
export function SkillBars({ scores, width = 20, previous }: SkillBarsProps) {
  const tone = useTone();
  return (
    <Box flexDirection="column">
      {SKILLS.map((skill) => {
        const value = Math.round(scores[skill]);
        const change = previous ? value - Math.round(previous[skill]) : null;
        return (
          <Text key={skill}>
            {pad(SKILL_LABELS[skill], 18)}
            <Text color={tone(scoreTone(value))}>{bar(value, width)}</Text>
            {' '}
            {String(value).padStart(3)}
            {change !== null && change !== 0 ? (
              <Text color={tone(change > 0 ? 'good' : 'bad')}>{` ${change > 0 ? '▲' : '▼'}${Math.abs(change)}`}</Text>
            ) : null}
          </Text>
        );
      })}
    </Box>
  );
}
