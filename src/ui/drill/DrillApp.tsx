import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Box, Text, useInput } from 'ink';
import { ConversationScreen } from '../screens/ConversationScreen.js';
import { ErrorScreen } from '../screens/ErrorScreen.js';
import type { PlaySession } from '../services.js';
import { ThemeContext } from '../theme.js';
import { DrillIntroScreen } from './DrillIntroScreen.js';
import { DrillResultScreen } from './DrillResultScreen.js';
import { DrillStepScreen } from './DrillStepScreen.js';
import type { DrillAppServices, DrillOutcome } from './services.js';

/** How the drill app ended. */
export interface DrillExit {
  /** 0 when the drill was finished and saved; 1 when abandoned or saving failed. */
  code: number;
  outcome?: DrillOutcome;
}

export interface DrillAppProps {
  services: DrillAppServices;
  color?: boolean;
  /** Impatience tick in ms (tests shorten it). */
  tickMs?: number;
  onExit: (exit: DrillExit) => void;
  /** Where leaving the intro leads, for its key hint: "quit" (`rapport drill`) or "back to home" (opened from home). */
  leaveLabel?: string;
  /** Lets the shell ask for a clean exit (SIGINT, SIGTERM, SIGHUP); returns an unsubscribe. */
  exitSignal?: (quit: () => void) => () => void;
}

/** Why the conversation menu of a drill has no "Restart". */
export const NO_RESTART = 'No restart in a drill: each scenario is one graded attempt, like the exam it stands for.';
/** Why the conversation menu of a drill has no "Hint". */
export const NO_HINT = 'No hint in a drill: the grade is for your own replies, unaided, as in the exam it stands for.';

type Route =
  | { name: 'intro' }
  | { name: 'step'; index: number }
  | { name: 'conversation'; index: number; session: PlaySession }
  | { name: 'finishing' }
  | { name: 'result'; outcome: DrillOutcome }
  | { name: 'error'; error: Error }
  | { name: 'exiting' };

/**
 * A graded drill in the terminal: intro → for each scenario, a short card
 * and the conversation in exam mode → the result screen. There is no
 * restart and no hint: a drill is one unaided attempt, like the exam it
 * stands for.
 */
export function DrillApp({ services, color = true, tickMs, onExit, leaveLabel = 'quit', exitSignal }: DrillAppProps) {
  const [route, setRoute] = useState<Route>({ name: 'intro' });
  const exited = useRef(false);
  const { drill } = services;

  const exit = useCallback(
    (result: DrillExit) => {
      if (exited.current) return;
      exited.current = true;
      setRoute({ name: 'exiting' });
      onExit(result);
    },
    [onExit],
  );

  useInput((input, key) => {
    if (key.ctrl && input === 'c') exit({ code: 1 });
  });
  useEffect(() => exitSignal?.(() => exit({ code: 1 })), [exitSignal, exit]);

  const begin = useCallback(
    (index: number) => {
      try {
        setRoute({ name: 'conversation', index, session: services.startScenario(index) });
      } catch (error) {
        setRoute({ name: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      }
    },
    [services],
  );

  const next = useCallback(
    (index: number) => {
      if (index + 1 < drill.scenarios.length) {
        setRoute({ name: 'step', index: index + 1 });
        return;
      }
      setRoute({ name: 'finishing' });
      services
        .finish()
        .then((outcome) => setRoute({ name: 'result', outcome }))
        .catch((error: unknown) => setRoute({ name: 'error', error: error instanceof Error ? error : new Error(String(error)) }));
    },
    [drill.scenarios.length, services],
  );

  let screen: ReactNode = null;
  switch (route.name) {
    case 'intro':
      screen = <DrillIntroScreen drill={drill} trainee={services.trainee} onStart={() => setRoute({ name: 'step', index: 0 })} onQuit={() => exit({ code: 1 })} leaveLabel={leaveLabel} />;
      break;
    case 'step':
      screen = <DrillStepScreen scenario={drill.scenarios[route.index]!} index={route.index} total={drill.scenarios.length} onBegin={() => begin(route.index)} />;
      break;
    case 'conversation': {
      const index = route.index;
      screen = (
        <ConversationScreen
          key={index}
          scenario={drill.scenarios[index]!}
          session={route.session}
          mode="exam"
          {...(tickMs === undefined ? {} : { tickMs })}
          onEnded={() => services.endScenario(index)}
          onContinue={() => next(index)}
          continueLabel={index + 1 < drill.scenarios.length ? 'the next scenario' : 'the drill result'}
          // One attempt per scenario (docs/drills.md): a restart would let a trainee
          // retry until the customer's lines suit them, so the menu offers none and says why.
          noRestart={NO_RESTART}
          // A cohort lead grades what the trainee writes unaided: a hint would put the
          // scenario author's answer into a graded attempt, so the menu offers none and says why.
          noHint={NO_HINT}
          // The reply time limit is part of the grade: the menu does not stop it.
          clockInMenu
          {...(drill.replyTimeLimit === undefined ? {} : { replyTimeLimit: drill.replyTimeLimit })}
          quitLabel="Abandon the drill (no submission is written)"
          confirmQuit="Abandon the whole drill? Nothing is graded and no submission is written."
          ctrlCLabel="abandon the drill"
          onQuit={() => exit({ code: 1 })}
        />
      );
      break;
    }
    case 'finishing':
      screen = <Text>Grading and saving your submission…</Text>;
      break;
    case 'result':
      screen = <DrillResultScreen drill={drill} outcome={route.outcome} onDone={() => exit({ code: 0, outcome: route.outcome })} />;
      break;
    case 'error':
      screen = <ErrorScreen error={route.error} onHome={() => exit({ code: 1 })} onQuit={() => exit({ code: 1 })} />;
      break;
    case 'exiting':
      screen = <Text>Closing…</Text>;
      break;
  }
  return (
    <ThemeContext.Provider value={{ color }}>
      <Box flexDirection="column">{screen}</Box>
    </ThemeContext.Provider>
  );
}
