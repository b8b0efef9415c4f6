import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Box, Text, useInput } from 'ink';
import { KeyHints } from '../components/KeyHints.js';
import { ScreenActiveContext, useScreenActive, useScreenInput } from '../hooks/use-screen-input.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { ConversationScreen } from '../screens/ConversationScreen.js';
import { ErrorScreen } from '../screens/ErrorScreen.js';
import type { PlaySession } from '../services.js';
import { inert } from '../../core/sanitize.js';
import { ThemeContext, useTone } from '../theme.js';
import { DrillIntroScreen } from './DrillIntroScreen.js';
import { DrillResultScreen } from './DrillResultScreen.js';
import { DrillStepScreen } from './DrillStepScreen.js';
import type { DrillAppServices, DrillOutcome, EarlierAttempt } from './services.js';

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

/** The smallest window the drill screens fit, as for the rest of the app (App.tsx). */
export const DRILL_MIN_COLUMNS = 60;
export const DRILL_MIN_ROWS = 16;

/** What a Ctrl-C during the drill asks, before a stray one throws the attempt away. */
export const CONFIRM_ABANDON = 'Abandon the drill? Nothing of this attempt is kept and no submission is written. A drill cannot be resumed: the next start begins again at scenario 1.';

type Route =
  | { name: 'intro' }
  | { name: 'step'; index: number }
  | { name: 'conversation'; index: number; session: PlaySession }
  | { name: 'finishing' }
  | { name: 'result'; outcome: DrillOutcome }
  | { name: 'save-failed'; error: Error }
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
  const [earlier, setEarlier] = useState<readonly EarlierAttempt[]>([]);
  // A first Ctrl-C once replies are at stake asks; a second one abandons.
  const [confirming, setConfirmingState] = useState(false);
  // Read by the key handler: Ink attaches a new handler only after the render that follows a key, so a key
  // typed right after Ctrl-C (or right after answering) would otherwise meet the handler of the state before.
  const confirmingNow = useRef(false);
  const setConfirming = useCallback((value: boolean) => {
    confirmingNow.current = value;
    setConfirmingState(value);
  }, []);
  const exited = useRef(false);
  const { drill } = services;
  const size = useTerminalSize();
  // Opened from home, the app hides the drill too when its window is too small.
  const outerShown = useScreenActive();

  const exit = useCallback(
    (result: DrillExit) => {
      if (exited.current) return;
      exited.current = true;
      setConfirming(false);
      setRoute({ name: 'exiting' });
      onExit(result);
    },
    [onExit, setConfirming],
  );

  useEffect(() => {
    let live = true;
    services
      .earlierAttempts?.()
      .then((found) => live && setEarlier(found))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [services]);

  useInput((input, key) => {
    const ctrlC = key.ctrl && input === 'c';
    if (confirmingNow.current) {
      // Ctrl-C again abandons; any other key takes the question back (the hidden screen does not get it).
      if (ctrlC) exit({ code: 1 });
      else setConfirming(false);
      return;
    }
    if (!ctrlC) return;
    // Saving the submission takes a moment: quitting halfway would leave the trainee unsure it was written.
    if (route.name === 'finishing') return;
    // Saved already: leaving is done, not abandoned.
    if (route.name === 'result') exit({ code: 0, outcome: route.outcome });
    // Once a scenario has begun, one Ctrl-C (a copy shortcut by habit) must not throw every reply away.
    else if (route.name === 'conversation' || route.name === 'save-failed' || (route.name === 'step' && route.index > 0)) setConfirming(true);
    else exit({ code: 1 });
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

  const finish = useCallback(() => {
    setRoute({ name: 'finishing' });
    services
      .finish()
      .then((outcome) => setRoute({ name: 'result', outcome }))
      .catch((error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        // A full disk or a folder that cannot be written: the replies are still here, so saving can be tried again.
        setRoute(Array.isArray((failure as { next?: unknown }).next) ? { name: 'save-failed', error: failure } : { name: 'error', error: failure });
      });
  }, [services]);

  const next = useCallback(
    (index: number) => {
      if (index + 1 < drill.scenarios.length) setRoute({ name: 'step', index: index + 1 });
      else finish();
    },
    [drill.scenarios.length, finish],
  );

  let screen: ReactNode = null;
  switch (route.name) {
    case 'intro':
      screen = <DrillIntroScreen drill={drill} trainee={services.trainee} earlier={earlier} onStart={() => setRoute({ name: 'step', index: 0 })} onQuit={() => exit({ code: 1 })} leaveLabel={leaveLabel} />;
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
    case 'save-failed':
      screen = <SaveFailed error={route.error} onRetry={finish} onAbandon={() => setConfirming(true)} />;
      break;
    case 'error':
      screen = <ErrorScreen error={route.error} onHome={() => exit({ code: 1 })} onQuit={() => exit({ code: 1 })} />;
      break;
    case 'exiting':
      screen = <Text>Closing…</Text>;
      break;
  }
  // Below the size the screens are laid out for, parts of them fall off the edge: say so, as the app
  // does. The screen stays mounted, hidden, so the conversation (and its clock) carries on.
  const tooSmall = size.columns < DRILL_MIN_COLUMNS || size.rows < DRILL_MIN_ROWS;
  // A hidden screen takes no keys: a key that answers the question, or is typed blind, must not send a reply.
  const shown = outerShown && !tooSmall && !confirming;
  return (
    <ThemeContext.Provider value={{ color }}>
      <ScreenActiveContext.Provider value={shown}>
        <Box flexDirection="column" display={tooSmall || confirming ? 'none' : 'flex'}>
          {screen}
        </Box>
      </ScreenActiveContext.Provider>
      {confirming ? (
        <ConfirmAbandon />
      ) : tooSmall ? (
        <Text wrap="wrap">{`The window is ${size.columns}×${size.rows}; the drill needs at least ${DRILL_MIN_COLUMNS}×${DRILL_MIN_ROWS}. Make it bigger to carry on: nothing is lost, but the reply clock keeps running.`}</Text>
      ) : null}
    </ThemeContext.Provider>
  );
}

/** Saving the submission failed: the graded replies are still in memory, so say what to fix and offer to try again. */
function SaveFailed({ error, onRetry, onAbandon }: { error: Error; onRetry: () => void; onAbandon: () => void }) {
  const tone = useTone();
  useScreenInput((input, key) => {
    if (key.ctrl) return;
    if (input === 'r' || key.return) onRetry();
    else if (input === 'q') onAbandon();
  });
  const next = (error as { next?: unknown }).next;
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold color={tone('bad')}>Your drill is finished, but the submission could not be saved.</Text>
      <Text wrap="wrap">{inert(error.message)}</Text>
      {Array.isArray(next) ? next.map((line, i) => <Text key={i} wrap="wrap">{`→ ${inert(String(line))}`}</Text>) : null}
      <Text color={tone('muted')} wrap="wrap">Your replies are kept while this screen is open: fix it, then try again.</Text>
      <KeyHints hints={[['r', 'try again'], ['q', 'abandon the drill']]} />
    </Box>
  );
}

/** The question a Ctrl-C asks during the drill. */
function ConfirmAbandon() {
  const tone = useTone();
  return (
    <Box flexDirection="column" paddingX={1} borderStyle="round" borderColor={tone('warn')}>
      <Text color={tone('warn')} bold wrap="wrap">{CONFIRM_ABANDON}</Text>
      <Text color={tone('muted')} wrap="wrap">The reply clock keeps running while you decide.</Text>
      <KeyHints hints={[['Ctrl-C', 'abandon the drill'], ['any other key', 'back to the drill']]} />
    </Box>
  );
}
