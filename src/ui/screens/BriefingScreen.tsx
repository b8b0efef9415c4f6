import { useCallback, useRef } from 'react';
import { Box, Text } from 'ink';
import type { Scenario } from '../../core/scenario/schema.js';
import { SKILLS, SKILL_LABELS } from '../../core/types.js';
import { inert } from '../../core/sanitize.js';
import { KeyHints } from '../components/KeyHints.js';
import { MoodMeter } from '../components/MoodMeter.js';
import { ScrollArea } from '../components/ScrollArea.js';
import { useStateRef } from '../hooks/use-state-ref.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { categoryTitle, stars } from '../format.js';
import type { Mode } from '../services.js';
import { useTone } from '../theme.js';
import { useScreenInput } from '../hooks/use-screen-input.js';

export interface BriefingScreenProps {
  scenario: Scenario;
  mode: Mode;
  onStart: (mode: Mode) => void;
  onBack: () => void;
}

const MODE_TEXT: Record<Mode, string> = {
  coach: 'Coach: feedback after every reply',
  exam: 'Exam: feedback only at the end',
};

/** Who the customer is, what to achieve, and coach or exam mode. */
export function BriefingScreen({ scenario, mode: initialMode, onStart, onBack }: BriefingScreenProps) {
  const tone = useTone();
  const [mode, setMode, modeRef] = useStateRef<Mode>(initialMode);
  const { persona } = scenario;
  const { rows } = useTerminalSize();
  // In a short window ↑↓ scroll the briefing; otherwise they move between the two modes, like ←→.
  const scrolling = useRef(false);
  const onOverflow = useCallback((overflow: boolean) => {
    scrolling.current = overflow;
  }, []);

  useScreenInput((input, key) => {
    if (key.ctrl) return;
    if (key.leftArrow || key.rightArrow || key.tab || ((key.upArrow || key.downArrow) && !scrolling.current)) setMode((m) => (m === 'coach' ? 'exam' : 'coach'));
    else if (input === 'c') setMode('coach');
    else if (input === 'e') setMode('exam');
    else if (key.return) onStart(modeRef.current);
    else if (key.escape || input === 'b') onBack();
  });

  const weights = SKILLS.map((s) => `${SKILL_LABELS[s]} ${Math.round(scenario.rubric[s] * 100)}%`).join(' · ');
  return (
    // The title, the mode and the keys stay on screen; the briefing between them scrolls when the window is short.
    <Box flexDirection="column" paddingX={1} height={rows - 1}>
      <Box flexShrink={0}>
        <Text wrap="wrap">
          <Text bold color={tone('accent')}>{inert(scenario.title)}</Text>
          <Text color={tone('muted')}>{`  ${categoryTitle(scenario.category)} · `}</Text>
          <Text color={tone('warn')}>{stars(scenario.difficulty)}</Text>
        </Text>
      </Box>
      <ScrollArea onOverflow={onOverflow}>
        {scenario.description ? <Text wrap="wrap">{inert(scenario.description)}</Text> : null}
        <Box flexDirection="column" borderStyle="round" borderColor={tone('customer')} paddingX={1}>
          <Text>
            <Text bold color={tone('customer')}>{inert(persona.name)}</Text>
            {`  ·  ${inert(persona.tier)} customer`}
            {persona.traits.length > 0 ? `  ·  ${persona.traits.map((t) => inert(t)).join(', ')}` : ''}
          </Text>
          <MoodMeter mood={persona.mood} width={16} />
          <Text wrap="wrap">{inert(persona.situation)}</Text>
        </Box>
        <Text bold>Goals</Text>
        {scenario.goals.length === 0 ? <Text color={tone('muted')}>  Reach a good ending.</Text> : null}
        {scenario.goals.map((goal) => (
          // A goal that wraps goes on under its first word, not under the bullet.
          <Box key={goal.id}>
            <Box width={4} flexShrink={0}>
              <Text>{'  • '}</Text>
            </Box>
            <Text wrap="wrap">{inert(goal.description ?? goal.id)}</Text>
          </Box>
        ))}
        <Text color={tone('muted')} wrap="wrap">{`Scored on: ${weights}`}</Text>
      </ScrollArea>
      <Box flexDirection="column" flexShrink={0}>
        <Text bold>Mode</Text>
        {(['coach', 'exam'] as const).map((m) => (
          <Text key={m} inverse={m === mode}>
            {`  ${m === mode ? '(•)' : '( )'} ${MODE_TEXT[m]}`}
          </Text>
        ))}
        <KeyHints hints={[['Enter', 'start'], ['←→', 'mode'], ['Esc', 'back'], ['Ctrl-C', 'exit']]} />
      </Box>
    </Box>
  );
}
