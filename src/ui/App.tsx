import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Box, Text, useInput } from 'ink';
import type { Scenario } from '../core/scenario/schema.js';
import { finishedSessions } from '../core/progress-stats.js';
import type { AppServices, AttemptRecord, DrillEntry, Mode, PlayResult, PlaySession, SavedAttempt, ScenarioEntry } from './services.js';
import { DrillApp } from './drill/DrillApp.js';
import type { DrillAppServices } from './drill/services.js';
import { ThemeContext } from './theme.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { KeyRouterContext, ScreenActiveContext } from './hooks/use-screen-input.js';
import { hasCtrlC, KeyRouter } from './keys.js';
import { BriefingScreen } from './screens/BriefingScreen.js';
import { ConversationScreen } from './screens/ConversationScreen.js';
import { DebriefScreen } from './screens/DebriefScreen.js';
import { ErrorScreen } from './screens/ErrorScreen.js';
import { HomeScreen } from './screens/HomeScreen.js';
import { NameScreen } from './screens/NameScreen.js';
import { ProgressScreen } from './screens/ProgressScreen.js';

/** How the app ended, for the shell to print after Ink has let go of the terminal. */
export interface ExitOutcome {
  code: number;
  /** Set when a conversation was cut short and saved as abandoned. */
  abandonedTranscript?: string;
  /** Set when the conversation could not be saved on the way out: why. */
  saveError?: string;
}

export interface AppProps {
  services: AppServices;
  /** Open this scenario's briefing straight away (`rapport play <id>`). */
  start?: { scenario: Scenario; mode: Mode; seed?: number };
  color?: boolean;
  /** Impatience tick in ms (tests shorten it). */
  tickMs?: number;
  /** Called once, after any save, when the app is done. */
  onExit: (outcome: ExitOutcome) => void;
  /**
   * Data the shell already read, so the first screen draws at once instead
   * of "Loading…" (scenarios undefined: load them on mount).
   */
  preload?: { trainee: string | null; scenarios?: ScenarioEntry[] };
  /** Lets the shell ask for a clean exit (SIGINT, SIGTERM, SIGHUP); returns an unsubscribe. */
  exitSignal?: (quit: () => void) => () => void;
}

type Route =
  | { name: 'loading' }
  | { name: 'name' }
  | { name: 'home' }
  | { name: 'briefing'; scenario: Scenario; mode: Mode }
  | { name: 'conversation'; key: number }
  | { name: 'debrief'; result: PlayResult; saved: SavedAttempt | Error | null; earlier: AttemptRecord[] }
  | { name: 'progress'; attempts: AttemptRecord[] }
  | { name: 'error'; error: Error }
  | { name: 'starting' }
  | { name: 'drill'; services: DrillAppServices }
  /** Quitting: `saving` while a conversation is written to disk. */
  | { name: 'exiting'; saving: boolean }
  /** Done: an empty last frame, so nothing stale ("Saving…") stays on the terminal; the shell says what was saved. */
  | { name: 'closed'; outcome: ExitOutcome };

/** Routes that show no screen taking keys: keys typed meanwhile wait for the next screen. */
const WAITING_ROUTES = new Set<Route['name']>(['loading', 'starting', 'exiting', 'closed']);

interface Play {
  scenario: Scenario;
  session: PlaySession;
  mode: Mode;
  seed: number;
  saving: Promise<SavedAttempt> | null;
}

/** The whole terminal app: home → briefing → conversation → debrief → progress. */
export function App({ services, start, color = true, tickMs, onExit, preload, exitSignal }: AppProps) {
  const [route, setRoute] = useState<Route>(() => {
    if (start) return { name: 'briefing', scenario: start.scenario, mode: start.mode };
    if (preload?.scenarios) return preload.trainee === null ? { name: 'name' } : { name: 'home' };
    return { name: 'loading' };
  });
  // Keys typed while the app moves between screens wait for the next one (keys.ts).
  const [router] = useState(() => new KeyRouter());
  // The route as last set, not as last drawn: a Ctrl-C that comes in as a drill opens is the drill's to handle.
  const routeName = useRef<Route['name']>(route.name);
  /** Moves to another screen; keys typed meanwhile wait for it. */
  const go = useCallback(
    (next: Route) => {
      router.hold();
      routeName.current = next.name;
      setRoute(next);
    },
    [router],
  );
  const [trainee, setTrainee] = useState<string | null>(preload?.trainee ?? null);
  const [scenarios, setScenarios] = useState<ScenarioEntry[]>(preload?.scenarios ?? []);
  const [drills, setDrills] = useState<DrillEntry[]>([]);
  const play = useRef<Play | null>(null);
  const conversationKey = useRef(0);
  // Back on the home screen, the scenario or drill last opened is the one selected, not the first in the list.
  const lastOpened = useRef<string | null>(null);
  const exiting = useRef(false);

  const fail = useCallback(
    (error: unknown) => {
      go({ name: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    },
    [go],
  );

  const goHome = useCallback(() => {
    go({ name: 'loading' });
    Promise.all([services.listScenarios(), services.getTraineeName()])
      .then(([list, name]) => {
        setScenarios(list);
        setTrainee(name);
        go(name === null ? { name: 'name' } : { name: 'home' });
      })
      .catch(fail);
  }, [services, fail, go]);

  useEffect(() => {
    if (preload) return;
    if (start) services.getTraineeName().then(setTrainee).catch(() => setTrainee(null));
    else goHome();
    // Only on mount: later navigation calls goHome itself.
  }, []);

  /** Saves the running conversation as abandoned if it has replies and is not saved yet. */
  const abandon = useCallback((): Promise<SavedAttempt> | null => {
    const current = play.current;
    if (!current) return null;
    if (!current.saving && current.session.turn > 0 && !current.session.done) {
      current.saving = services.saveAttempt({ ...current, trainee, abandoned: true });
    }
    return current.saving;
  }, [services, trainee]);

  const beginConversation = useCallback(
    (scenario: Scenario, mode: Mode) => {
      abandon();
      const seed = start?.seed ?? services.newSeed();
      go({ name: 'starting' });
      services
        .startSession(scenario, seed)
        .then((session) => {
          play.current = { scenario, session, mode, seed, saving: null };
          conversationKey.current += 1;
          go({ name: 'conversation', key: conversationKey.current });
        })
        .catch(fail);
    },
    [abandon, services, start, fail, go],
  );

  const openScenario = useCallback(
    (id: string, mode: Mode = 'coach') => {
      lastOpened.current = id;
      // Keys typed while the scenario loads are for its briefing, not for the screen still showing.
      router.hold();
      services
        .loadScenario(id)
        .then((scenario) => go({ name: 'briefing', scenario, mode }))
        .catch(fail);
    },
    [services, fail, go, router],
  );

  const showProgress = useCallback(() => {
    router.hold();
    Promise.all([services.attempts(), services.listScenarios()])
      .then(([attempts, list]) => {
        setScenarios(list);
        go({ name: 'progress', attempts });
      })
      .catch(fail);
  }, [services, fail, go, router]);

  const quit = useCallback(
    (code = 0) => {
      if (exiting.current) return;
      exiting.current = true;
      const pending = abandon();
      go({ name: 'exiting', saving: pending !== null });
      const wasAbandoned = pending !== null && play.current !== null && !play.current.session.done;
      (pending ?? Promise.resolve(null))
        .then((saved) => go({ name: 'closed', outcome: saved && wasAbandoned ? { code, abandonedTranscript: saved.transcriptPath } : { code } }))
        .catch((error: unknown) => go({ name: 'closed', outcome: { code: 1, saveError: error instanceof Error ? error.message : String(error) } }));
    },
    [abandon, go],
  );
  // Told only once the empty last frame is drawn: Ink leaves the last frame on the terminal when it exits.
  useEffect(() => {
    if (route.name === 'closed') onExit(route.outcome);
  }, [route, onExit]);

  // Ctrl-C anywhere (even among keys typed ahead): leave cleanly, keeping a partial conversation as abandoned.
  // A drill handles its own (it asks first: abandoning throws every graded reply away) and leads back home.
  // Every other key goes to the screen on show, or waits for the next one while the app moves on.
  useInput((input, key) => {
    if (routeName.current !== 'drill' && hasCtrlC(input, key)) quit(0);
    else router.dispatch(input, key);
  });
  // Once the screen a route shows is up (its key handlers registered: they run before this), it gets the keys
  // that waited; while the app is between screens, keys wait.
  useEffect(() => {
    if (WAITING_ROUTES.has(route.name)) router.hold();
    else router.release();
  }, [route, router]);
  useEffect(() => exitSignal?.(() => quit(0)), [exitSignal, quit]);
  // Drills are listed once the first screen is up (they load every scenario in full).
  useEffect(() => {
    services
      .listDrills?.()
      .then(setDrills)
      .catch(() => setDrills([]));
  }, [services]);

  const openDrill = useCallback(
    (id: string) => {
      if (!services.startDrill) return;
      lastOpened.current = id;
      go({ name: 'starting' });
      services
        .startDrill(id, trainee ?? 'trainee')
        .then((drill) => go({ name: 'drill', services: drill }))
        .catch(fail);
    },
    [services, trainee, fail, go],
  );

  // Once the first screen is up, load what conversations need in the background.
  useEffect(() => {
    const timer = setTimeout(() => services.warmUp?.(), 50);
    return () => clearTimeout(timer);
  }, [services]);

  const onEnded = useCallback(() => {
    const current = play.current;
    if (current && !current.saving) current.saving = services.saveAttempt({ ...current, trainee, abandoned: false });
  }, [services, trainee]);

  const onContinue = useCallback(() => {
    const current = play.current;
    if (!current) return;
    const result = current.session.result();
    go({ name: 'debrief', result, saved: null, earlier: [] });
    const saving = current.saving ?? services.saveAttempt({ ...current, trainee, abandoned: false });
    current.saving = saving;
    saving
      .then(async (saved) => {
        const all = await services.attempts();
        const earlier = finishedSessions(all).filter((a) => a.scenario === current.scenario.id && a.id !== saved.attempt.id);
        // The same screen, now with what was saved: no keys need to wait for it. A trainee who has already
        // left it (home, try again) stays where they went.
        setRoute((shown) => (shown.name === 'debrief' && shown.result === result ? { name: 'debrief', result, saved, earlier } : shown));
      })
      .catch((error: unknown) =>
        setRoute((shown) => (shown.name === 'debrief' && shown.result === result ? { name: 'debrief', result, saved: error instanceof Error ? error : new Error(String(error)), earlier: [] } : shown)),
      );
  }, [services, trainee, go]);

  const size = useTerminalSize();
  let screen: ReactNode;
  switch (route.name) {
    case 'loading':
      screen = <Text>Loading…</Text>;
      break;
    case 'exiting':
      screen = route.saving ? <Text>Saving and closing…</Text> : null;
      break;
    case 'closed':
      screen = null;
      break;
    case 'starting':
      screen = <Text>Starting the conversation…</Text>;
      break;
    case 'name':
      screen = (
        <NameScreen
          onName={(name) => {
            router.hold();
            services
              .setTraineeName(name)
              .then(() => {
                setTrainee(name);
                goHome();
              })
              .catch(fail);
          }}
        />
      );
      break;
    case 'home':
      screen = (
        <HomeScreen
          trainee={trainee}
          scenarios={scenarios}
          grade={services.grade}
          onPick={(id) => openScenario(id)}
          onProgress={showProgress}
          onQuit={() => quit(0)}
          drills={drills}
          onDrill={openDrill}
          selectedId={lastOpened.current}
        />
      );
      break;
    case 'drill':
      // The drill app handles its own keys; leaving it (done or abandoned) comes back home.
      screen = <DrillApp services={route.services} color={color} leaveLabel="back to home" {...(tickMs === undefined ? {} : { tickMs })} onExit={() => goHome()} />;
      break;
    case 'briefing':
      screen = <BriefingScreen scenario={route.scenario} mode={route.mode} onStart={(mode) => beginConversation(route.scenario, mode)} onBack={goHome} />;
      break;
    case 'conversation': {
      const current = play.current;
      if (!current) break;
      screen = (
        <ConversationScreen
          key={route.key}
          scenario={current.scenario}
          session={current.session}
          mode={current.mode}
          tickMs={tickMs}
          onEnded={onEnded}
          onContinue={onContinue}
          onRestart={() => beginConversation(current.scenario, current.mode)}
          onQuit={() => {
            abandon();
            goHome();
          }}
        />
      );
      break;
    }
    case 'debrief': {
      const current = play.current;
      if (!current) break;
      screen = (
        <DebriefScreen
          scenario={current.scenario}
          mode={current.mode}
          result={route.result}
          saved={route.saved}
          earlier={route.earlier}
          grade={services.grade}
          onHome={goHome}
          onRetry={() => go({ name: 'briefing', scenario: current.scenario, mode: current.mode })}
          onProgress={showProgress}
          onQuit={() => quit(0)}
        />
      );
      break;
    }
    case 'progress':
      screen = (
        <ProgressScreen
          trainee={trainee}
          attempts={route.attempts}
          scenarios={scenarios}
          grade={services.grade}
          onPractise={(id) => openScenario(id)}
          onHome={goHome}
          onQuit={() => quit(0)}
        />
      );
      break;
    case 'error':
      screen = <ErrorScreen error={route.error} onHome={goHome} onQuit={() => quit(1)} />;
      break;
  }
  // Below the size the screens are laid out for, parts of them fall off the edge (the reply box, the
  // score): say so instead. The screen stays mounted, hidden, so nothing of the conversation is lost;
  // it takes no keys meanwhile (an Enter typed blind sent a reply) and practice's clock waits.
  const tooSmall = size.columns < MIN_COLUMNS || size.rows < MIN_ROWS;
  if (route.name === 'closed') return null;
  return (
    <ThemeContext.Provider value={{ color }}>
      <KeyRouterContext.Provider value={router}>
        <ScreenActiveContext.Provider value={!tooSmall}>
          <Box flexDirection="column" display={tooSmall ? 'none' : 'flex'}>
            {screen}
          </Box>
        </ScreenActiveContext.Provider>
      </KeyRouterContext.Provider>
      {tooSmall ? <Text wrap="wrap">{`The window is ${size.columns}×${size.rows}; Rapport needs at least ${MIN_COLUMNS}×${MIN_ROWS}. Make it bigger to carry on: nothing is lost.`}</Text> : null}
    </ThemeContext.Provider>
  );
}

/** The smallest window the screens still fit (measured in tmux: a conversation with feedback fits 60×16; 80×24 or more is comfortable). */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 16;
