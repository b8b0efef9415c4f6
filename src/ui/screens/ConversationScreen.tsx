import { useCallback, useRef, useState } from 'react';
import { Box, Text } from 'ink';
import type { Scenario } from '../../core/scenario/schema.js';
import { inert } from '../../core/sanitize.js';
import { TIMED_OUT_REPLY } from '../../core/session-types.js';
import { ChatLog, chatLineText } from '../components/ChatLog.js';
import type { ChatEntry } from '../components/ChatLog.js';
import { KeyHints } from '../components/KeyHints.js';
import { MoodMeter } from '../components/MoodMeter.js';
import { TextInput, textInputRows } from '../components/TextInput.js';
import { useImpatience } from '../hooks/use-impatience.js';
import { useStateRef } from '../hooks/use-state-ref.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { stateHint, truncate, wrappedRows } from '../format.js';
import type { Mode, PlaySession, PlayTurn, SilenceStep } from '../services.js';
import { useTone } from '../theme.js';
import { CoachingPanel } from './CoachingPanel.js';
import { useScreenActive, useScreenInput } from '../hooks/use-screen-input.js';

/** When to warn that the customer is waiting: halfway through their patience, or 15 s before it runs out if later. */
export function warnAfter(patienceSeconds: number): number {
  return Math.max(patienceSeconds / 2, patienceSeconds - 15);
}

export interface ConversationScreenProps {
  scenario: Scenario;
  session: PlaySession;
  mode: Mode;
  /** Impatience tick, in ms (tests shorten it). */
  tickMs?: number;
  /** The conversation reached an ending: save it now. */
  onEnded: () => void;
  /** The trainee asked for the debrief after the ending. */
  onContinue: () => void;
  /** What Enter leads to after the ending ("your debrief"; in a drill, the next scenario or the result). */
  continueLabel?: string;
  /** Start the scenario again. Without it the menu offers no restart (see `noRestart`). */
  onRestart?: () => void;
  /** Why there is no restart (a graded drill): shown in the menu and when `r` is pressed. */
  noRestart?: string;
  /**
   * Why there is no hint (a graded drill). When given, the menu offers no
   * hint and shows this instead, also when `h` is pressed; without it (practice)
   * the menu offers the scenario's hint.
   */
  noHint?: string;
  /**
   * Keep the silence clock running while the menu is open. Practice pauses
   * it (the trainee stepped away); a drill's reply time limit must not, or
   * the menu would be a place to think past the limit.
   */
  clockInMenu?: boolean;
  /**
   * Ask before quitting from the menu, with this question (a drill: abandoning
   * throws the whole attempt away, and the menu's `q` is one key away from
   * a reply typed after an Esc pressed by habit).
   */
  confirmQuit?: string;
  /** A drill's seconds per reply: the header counts them down, so the limit never comes as a surprise. */
  replyTimeLimit?: number;
  /** Quit to the home screen, abandoning the conversation. */
  onQuit: () => void;
  /** The menu's label for quitting, and the key hint for Ctrl-C (a drill abandons rather than saves). */
  quitLabel?: string;
  ctrlCLabel?: string;
}

type MenuItem = 'resume' | 'hint' | 'restart' | 'quit';

function menuItems(canHint: boolean, canRestart: boolean, quitLabel: string): [MenuItem, string][] {
  return [
    ['resume', 'Resume the conversation'],
    ...(canHint ? [['hint', 'Hint: what would help now'] as [MenuItem, string]] : []),
    ...(canRestart ? [['restart', 'Restart this scenario'] as [MenuItem, string]] : []),
    ['quit', quitLabel],
  ];
}

/** The keys that pick a menu item directly while the menu is open. */
const MENU_KEYS: Partial<Record<MenuItem, string>> = { hint: 'h', restart: 'r', quit: 'q' };

/** The footer's summary of the menu, e.g. "hint, restart, quit": only what the menu offers. */
function menuSummary(menu: readonly [MenuItem, string][]): string {
  return menu
    .map(([item]) => item)
    .filter((item) => item !== 'resume')
    .join(', ');
}

/** Falls back on general advice when the scenario gives no hint for this state. */
export function hintFor(scenario: Scenario, state: string): string {
  return stateHint(scenario, state) ?? 'No scenario hint here. Name the feeling you hear, say what you will do, and when.';
}

/** Chat lines for what happened during a silence; a timed-out turn shows as a missing reply, then the customer's reaction. */
function silenceEntries(step: SilenceStep): ChatEntry[] {
  if ('lines' in step) return step.lines.map((text) => ({ who: 'impatience', text }));
  return [{ who: 'no-reply', text: TIMED_OUT_REPLY }, ...step.timedOut.customer.map((text): ChatEntry => ({ who: 'customer', text }))];
}

/** The chat itself: customer lines, the trainee's replies, mood, turns and (coach mode) feedback. */
export function ConversationScreen({
  scenario,
  session,
  mode,
  tickMs = 1000,
  onEnded,
  onContinue,
  onRestart,
  noRestart,
  noHint,
  clockInMenu = false,
  replyTimeLimit,
  confirmQuit,
  continueLabel = 'your debrief',
  onQuit,
  quitLabel = 'Quit to home (saved as abandoned)',
  ctrlCLabel = 'exit and save',
}: ConversationScreenProps) {
  const tone = useTone();
  const { columns, rows } = useTerminalSize();
  const [entries, setEntries] = useState<ChatEntry[]>(() => session.opening.map((text) => ({ who: 'customer', text })));
  const [lastTurn, setLastTurn] = useState<PlayTurn | null>(null);
  const [mood, setMood, moodRef] = useStateRef(session.mood);
  const [moodDelta, setMoodDelta] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [menuOpen, setMenuOpen, menuOpenRef] = useStateRef(false);
  const [menuIndex, setMenuIndex, menuIndexRef] = useStateRef(0);
  const [confirming, setConfirming, confirmingRef] = useStateRef(false);
  const [ended, setEnded, endedRef] = useStateRef(session.done);
  // Seconds of silence since the last reply (or the last turn that ran out of time).
  const [waited, setWaited] = useState(0);
  // The reply being written: the field unmounts while the menu is open, and the draft must survive it.
  const draft = useRef('');
  // Seconds of silence since the last reply or customer reaction, and whether the trainee was warned in it.
  const silentRef = useRef(0);
  const warnedRef = useRef(false);
  // A notice the field withdraws (the cut paste was cleared) goes, unless another has replaced it.
  const withdrawNotice = useCallback((message: string) => setNotice((old) => (old === message ? null : old)), []);
  const name = scenario.persona.name;
  const placeholder = `Reply to ${name}…`;
  // In a short window the reply box keeps to one row (its tail in view), so the feedback and the chat keep theirs.
  const visibleChars = rows < 20 ? Math.max(20, columns - 10) : Math.max(60, columns * 2);
  const boxRows = (text: string) => textInputRows(text, { width: columns, visibleChars, placeholder });
  const boxRowsRef = useRef(boxRows);
  boxRowsRef.current = boxRows;
  // The reply box grows as the draft wraps: a new row count (not every key) lays the screen out again.
  const [, setDraftRows] = useState(1);
  const keepDraft = useCallback((text: string) => {
    draft.current = text;
    setDraftRows(boxRowsRef.current(text));
  }, []);
  const canHint = noHint === undefined;
  const menu = menuItems(canHint, onRestart !== undefined, quitLabel);

  const finishIfDone = useCallback(() => {
    // The ending takes effect after the key that caused it, so the Enter that
    // sent the last reply does not also open the debrief.
    if (session.done && !endedRef.current) {
      queueMicrotask(() => {
        if (endedRef.current) return;
        setEnded(true);
        onEnded();
      });
    }
  }, [session, endedRef, setEnded, onEnded]);

  const submit = useCallback(
    (text: string) => {
      if (session.done) return;
      // "/wait 90" is script syntax: typed here it would go to the customer as a reply.
      if (/^\/wait\b/iu.test(text)) {
        setNotice('"/wait" works in scripts; here, just wait: the customer reacts to the silence as it happens.');
        return;
      }
      const before = session.mood;
      const turn = session.reply(text);
      setEntries((old) => [...old, { who: 'trainee', text: turn.reply }, ...turn.customer.map((line) => ({ who: 'customer' as const, text: line }))]);
      setLastTurn(turn);
      setMood(session.mood);
      setMoodDelta(session.mood - before);
      setNotice(null);
      setWaited(0);
      silentRef.current = 0;
      warnedRef.current = false;
      finishIfDone();
    },
    [session, finishIfDone],
  );

  // Practice's clock waits while the menu is open or the window is too small to show the chat; a drill's does not.
  const shown = useScreenActive();
  useImpatience(session, {
    active: (clockInMenu || (!menuOpen && shown)) && !ended,
    tickMs,
    onTick: (seconds: number) => {
      if (replyTimeLimit !== undefined) setWaited((w) => w + seconds);
      // Warn before the customer's patience runs out, not as it does: reading coach feedback takes time too.
      silentRef.current += seconds;
      const patience = scenario.states[session.state]?.after?.seconds;
      if (patience !== undefined && !warnedRef.current && silentRef.current >= warnAfter(patience)) {
        warnedRef.current = true;
        setNotice(`${name} is waiting for your reply.`);
      }
    },
    onSilence: (steps) => {
      silentRef.current = 0;
      warnedRef.current = false;
      const before = moodRef.current;
      setEntries((old) => [...old, ...steps.flatMap(silenceEntries)]);
      const missed = steps.some((step) => 'timedOut' in step);
      if (missed) setWaited(0);
      setMood(session.mood);
      setMoodDelta(session.mood - before);
      if (missed) setNotice('Time ran out for that reply: it counts as no reply.');
      // A silence that ended the conversation needs no "reply soon": the box below says it is over.
      else if (session.done) setNotice(null);
      else if (steps.some((step) => 'lines' in step && step.lines.length > 0) || session.mood < before) setNotice(`${name} is getting impatient: reply soon.`);
      finishIfDone();
    },
  });

  const choose = (item: MenuItem) => {
    if (item === 'quit' && confirmQuit !== undefined && !confirmingRef.current) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    setMenuOpen(false);
    if (item === 'hint') {
      if (canHint) setEntries((old) => [...old, { who: 'system', text: `Hint: ${hintFor(scenario, session.state)}` }]);
      else setNotice(noHint);
    }
    if (item === 'restart') {
      if (onRestart) onRestart();
      else if (noRestart) setNotice(noRestart);
    }
    if (item === 'quit') onQuit();
  };

  useScreenInput((input, key) => {
    if (key.ctrl) return;
    if (endedRef.current) {
      if (key.return) onContinue();
      return;
    }
    if (!menuOpenRef.current) {
      if (key.escape) {
        setMenuIndex(0);
        setConfirming(false);
        setMenuOpen(true);
      }
      return;
    }
    if (confirmingRef.current) {
      // Only q or Enter confirms; anything else takes the question back.
      if (input === 'q' || key.return) choose('quit');
      else setConfirming(false);
      return;
    }
    if (key.escape) setMenuOpen(false);
    else if (key.upArrow) setMenuIndex((i) => (i + menu.length - 1) % menu.length);
    else if (key.downArrow) setMenuIndex((i) => (i + 1) % menu.length);
    else if (key.return) choose(menu[menuIndexRef.current]?.[0] ?? 'resume');
    else if (input === 'h') choose('hint');
    else if (input === 'r') choose('restart');
    else if (input === 'q') choose('quit');
  });

  const coaching = mode === 'coach' && lastTurn !== null;
  // The hint for the moment the last reply was given, for feedback on a reply taken badly (none in a drill).
  const replyHint = canHint ? stateHint(scenario, lastTurn?.stateBefore) : undefined;
  const clock = replyTimeLimit === undefined || ended ? '' : `  ${Math.max(0, Math.ceil(replyTimeLimit - waited - 1e-9))} s to reply`;
  const modeLabel = mode === 'coach' ? 'COACH' : 'EXAM';
  // Replies sent out of the most allowed; the reply that will be the last is said to be, before it is written.
  const last = !ended && session.turn === scenario.maxTurns - 1;
  const turnLabel = `  Turn ${session.turn}/${scenario.maxTurns}${last ? ' · last reply' : ''}`;
  const right = `${modeLabel}${clock}${turnLabel}`;
  // The menu's contents go in the key hints when the line has room (not at 60 columns, where Ctrl-C's label was cut).
  const menuHint = `menu (${menuSummary(menu)})`;
  const escHint = `Enter send · Esc ${menuHint} · Ctrl-C ${ctrlCLabel}`.length <= columns ? menuHint : 'menu';
  const endedText = `The conversation has ended: ${inert(session.ending ?? 'over')}. Press Enter for ${continueLabel}.`;
  // Rows under the chat: the ending, the menu (with its notes) or the reply box, in its border.
  const bottomRows = ended
    ? 2 + wrappedRows(endedText, columns - 4)
    : menuOpen
      ? 2 +
        menu.length +
        (confirming && confirmQuit ? wrappedRows(confirmQuit, columns - 4) : 0) +
        (!canHint && noHint ? wrappedRows(noHint, columns - 6) : 0) +
        (!onRestart && noRestart ? wrappedRows(noRestart, columns - 6) : 0)
      : boxRows(draft.current);
  // What the chat and the feedback share: the window less its last row, the header (3), the notice, the box and the key hints.
  const shared = rows - 1 - 3 - (notice ? wrappedRows(notice, columns) : 0) - bottomRows - 1;
  // The chat keeps the rows of the customer's answer to the last reply (and anything said since), so the feedback
  // never pushes it off the screen, and a quarter of the rows for what led to it; the feedback may have the rest
  // (the chat grows into what it leaves).
  const answer = entries.slice(entries.findLastIndex((e) => e.who === 'trainee' || e.who === 'no-reply') + 1);
  const answerRows = answer.reduce((sum, e) => sum + wrappedRows(chatLineText(e, name), columns), 0);
  const chatRows = Math.max(2, Math.min(shared - 2, Math.max(answerRows, Math.floor(shared / 4))));
  return (
    <Box flexDirection="column" width={columns} height={rows - 1}>
      <Box flexShrink={0} justifyContent="space-between">
        {/* The title gets the line but the right side ("COACH  Turn 10/10", a drill's reply clock) and a gap. */}
        <Text bold wrap="truncate-end">{truncate(inert(scenario.title), Math.max(10, columns - right.length - 3))}</Text>
        <Text>
          <Text color={tone('accent')}>{modeLabel}</Text>
          {clock ? <Text color={tone(replyTimeLimit !== undefined && replyTimeLimit - waited <= 30 ? 'warn' : 'muted')}>{clock}</Text> : null}
          {turnLabel}
        </Text>
      </Box>
      <Box flexShrink={0}>
        <Text wrap="truncate-end">
          <Text color={tone('customer')} bold>{inert(name)}</Text>
          {` (${inert(scenario.persona.tier)})  `}
        </Text>
        <MoodMeter mood={mood} delta={moodDelta} width={columns >= 100 ? 20 : 12} exact={mode === 'coach'} />
      </Box>
      <Box flexShrink={0}>
        <Text color={tone('muted')}>{'─'.repeat(columns)}</Text>
      </Box>
      <ChatLog entries={entries} customerName={name} minRows={chatRows} />
      {coaching && lastTurn ? (
        <CoachingPanel
          turn={lastTurn}
          columns={columns}
          maxRows={Math.max(1, shared - chatRows)}
          {...(replyHint ? { hint: replyHint } : {})}
        />
      ) : null}
      {notice ? (
        <Box flexShrink={0}>
          {/* Wrapped, not cut: a drill's "why no hint" is longer than 80 columns and must be read whole. */}
          <Text color={tone('warn')} wrap="wrap">{notice}</Text>
        </Box>
      ) : null}
      {ended ? (
        <Box flexShrink={0} borderStyle="round" borderColor={tone('accent')} paddingX={1}>
          <Text wrap="wrap">
            {`The conversation has ended: ${inert(session.ending ?? 'over')}. `}
            <Text bold>{`Press Enter for ${continueLabel}.`}</Text>
          </Text>
        </Box>
      ) : menuOpen ? (
        <Box flexShrink={0} flexDirection="column" borderStyle="round" borderColor={tone('accent')} paddingX={1}>
          {menu.map(([item, label], i) => (
            // The letter that picks it directly (h, r, q) follows its label, so the shortcut is not a secret.
            <Text key={item} inverse={i === menuIndex} wrap="truncate-end">{`${i === menuIndex ? '›' : ' '} ${label}${MENU_KEYS[item] ? `  (${MENU_KEYS[item]})` : ''}`}</Text>
          ))}
          {confirming ? (
            <Text color={tone('warn')} bold wrap="wrap">{confirmQuit}</Text>
          ) : null}
          {!canHint ? (
            <Box paddingLeft={2}>
              <Text color={tone('muted')} wrap="wrap">{noHint}</Text>
            </Box>
          ) : null}
          {!onRestart && noRestart ? (
            <Box paddingLeft={2}>
              <Text color={tone('muted')} wrap="wrap">{noRestart}</Text>
            </Box>
          ) : null}
        </Box>
      ) : (
        <Box flexShrink={0}>
          <TextInput
            onSubmit={submit}
            onNotice={setNotice}
            onNoticeWithdrawn={withdrawNotice}
            initialValue={draft.current}
            onChange={keepDraft}
            placeholder={placeholder}
            visibleChars={visibleChars}
          />
        </Box>
      )}
      <Box flexShrink={0}>
        <KeyHints
          hints={
            ended
              ? [['Enter', continueLabel.replace(/^(your|the) /, '')], ['Ctrl-C', onRestart ? 'exit' : ctrlCLabel]]
              : menuOpen
                ? confirming
                  ? [['q or Enter', 'yes'], ['any other key', 'no, keep going']]
                  : [['↑↓', 'choose'], ['Enter', 'select'], ['Esc', 'back to the chat']]
                : [['Enter', 'send'], ['Esc', escHint], ['Ctrl-C', ctrlCLabel]]
          }
        />
      </Box>
    </Box>
  );
}
