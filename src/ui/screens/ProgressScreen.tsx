import { Box, Text } from 'ink';
import { SKILLS, SKILL_LABELS } from '../../core/types.js';
import type { Skill } from '../../core/types.js';
import { finishedSessions, NEUTRAL_SCORES, recentAverages, skillTrends, suggestScenario, weakestSkill } from '../../core/progress-stats.js';
import { inert } from '../../core/sanitize.js';
import { KeyHints } from '../components/KeyHints.js';
import { ScrollArea } from '../components/ScrollArea.js';
import { TrendChart } from '../components/TrendChart.js';
import { stars } from '../format.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import type { AttemptRecord, ScenarioEntry } from '../services.js';
import { useTone } from '../theme.js';
import { useScreenInput } from '../hooks/use-screen-input.js';

export interface ProgressScreenProps {
  trainee: string | null;
  attempts: readonly AttemptRecord[];
  scenarios: readonly ScenarioEntry[];
  grade: (score: number) => string;
  onPractise: (id: string) => void;
  onHome: () => void;
  onQuit: () => void;
}

/** The share of a scenario's rubric on one skill, 0–1. */
function share(scenario: ScenarioEntry, skill: Skill): number {
  const total = SKILLS.reduce((sum, s) => sum + scenario.rubric[s], 0);
  return total > 0 ? scenario.rubric[skill] / total : 0;
}

/** "last 3 finished sessions", or "one finished session" (not "last 1 finished sessions"). */
function sessionsLabel(n: number): string {
  return n === 1 ? 'one finished session' : `last ${n} finished sessions`;
}

/** Skills over time, the weakest one and a scenario that trains it. */
export function ProgressScreen({ trainee, attempts, scenarios, grade, onPractise, onHome, onQuit }: ProgressScreenProps) {
  const tone = useTone();
  const { columns, rows } = useTerminalSize();
  const finished = finishedSessions(attempts);
  const weakest = weakestSkill(attempts);
  const averages = recentAverages(attempts);
  const suggestion = weakest ? suggestScenario(scenarios, weakest) : null;
  const maxColumns = Math.max(10, Math.min(60, columns - 48));
  const trends = skillTrends(attempts, maxColumns);

  useScreenInput((input, key) => {
    if (key.ctrl) return;
    if (key.return && suggestion) onPractise(suggestion.id);
    else if (key.escape || input === 'h' || (key.return && !suggestion)) onHome();
    else if (input === 'q') onQuit();
  });

  const legend = `← older    ${sessionsLabel(trends.empathy.length)}    newer →`;
  const meanScore = finished.length > 0 ? Math.round(finished.reduce((a, s) => a + s.score, 0) / finished.length) : null;
  return (
    // The title and the keys stay on screen; the charts and advice between them scroll when the window is short.
    <Box flexDirection="column" paddingX={1} height={rows - 1}>
      <Box flexShrink={0}>
        <Text>
          <Text bold color={tone('accent')}>Progress</Text>
          {trainee ? ` · ${inert(trainee)}` : ''}
          {` · ${attempts.length} ${attempts.length === 1 ? 'session' : 'sessions'}, ${finished.length} finished`}
          {meanScore !== null ? ` · mean score ${meanScore} ${grade(meanScore)}` : ''}
        </Text>
      </Box>
      <ScrollArea>
        {finished.length === 0 ? (
          <Box flexDirection="column" marginTop={1}>
            <Text>No finished conversations yet. Play a scenario to the end and your skills will show here.</Text>
          </Box>
        ) : (
          <Box flexDirection="column" marginTop={1}>
            {SKILLS.map((skill) => (
              <TrendChart key={skill} label={SKILL_LABELS[skill]} values={trends[skill]} maxColumns={maxColumns} />
            ))}
            {/* Under the columns, or further left when the line is short: wrapped, "newer →" lost its place. */}
            <Text color={tone('muted')} wrap="truncate-end">{`${' '.repeat(Math.max(0, Math.min(22, columns - 2 - legend.length)))}${legend}`}</Text>
          </Box>
        )}
        {weakest && averages ? (
          <Box flexDirection="column" marginTop={1}>
            <Text>
              {'Weakest skill: '}
              <Text bold color={tone('bad')}>{SKILL_LABELS[weakest]}</Text>
              {` (mean ${averages[weakest]} over your ${sessionsLabel(Math.min(5, finished.length))}; a neutral reply scores ${NEUTRAL_SCORES[weakest]})`}
            </Text>
            {suggestion ? (
              <Box flexDirection="column">
                <Text wrap="wrap">
                  {'Practise next: '}
                  <Text bold>{inert(suggestion.title)}</Text>
                  <Text color={tone('warn')}>{`  ${stars(suggestion.difficulty)}`}</Text>
                </Text>
                <Box paddingLeft={2}>
                  <Text color={tone('muted')} wrap="wrap">
                    {`It weighs ${SKILL_LABELS[weakest].toLowerCase()} ${Math.round(share(suggestion, weakest) * 100)}%; ${suggestion.best === null ? 'you have not finished it yet.' : `your best there is ${suggestion.best}.`}`}
                  </Text>
                </Box>
              </Box>
            ) : null}
          </Box>
        ) : null}
      </ScrollArea>
      <Box marginTop={1} flexShrink={0}>
        <KeyHints hints={suggestion ? [['Enter', 'practise it'], ['Esc', 'home'], ['q', 'quit']] : [['Esc', 'home'], ['q', 'quit']]} />
      </Box>
    </Box>
  );
}
