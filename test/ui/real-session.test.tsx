/**
 * The screens driven by the real engine and analysis on a built-in scenario:
 * the Session from src/core satisfies the UI's PlaySession as it is.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { analyze } from '../../src/core/analyze.js';
import { loadScenarioText } from '../../src/core/scenario/load.js';
import { createSession } from '../../src/core/session.js';
import type { Scenario } from '../../src/core/scenario/schema.js';
import type { PlaySession } from '../../src/ui/services.js';
import { ConversationScreen } from '../../src/ui/screens/ConversationScreen.js';
import { plain, tick, waitFor } from './fixtures.js';

afterEach(() => cleanup());

function builtIn(id: string): Scenario {
  const path = `scenarios/${id}.yaml`;
  const loaded = loadScenarioText(readFileSync(path, 'utf8'), path);
  if (!loaded.scenario) throw new Error(`${path} did not load: ${JSON.stringify(loaded.problems)}`);
  return loaded.scenario;
}

describe('ConversationScreen with the real engine', () => {
  const scenario = builtIn('irate-double-charge');
  const start = (mode: 'coach' | 'exam', tickMs = 60_000) => {
    const session: PlaySession = createSession(scenario, { seed: 7, analyze });
    const view = render(
      <ConversationScreen scenario={scenario} session={session} mode={mode} tickMs={tickMs} onEnded={() => {}} onContinue={() => {}} onRestart={() => {}} onQuit={() => {}} />,
    );
    return { ...view, session };
  };

  it('coach mode: a real reply gets a real answer, skill bars and highlighted evidence', async () => {
    const { stdin, lastFrame, session } = start('coach');
    const opening = session.opening[0] ?? '';
    expect(plain(lastFrame())).toContain(opening.slice(0, 40));
    await tick();
    const reply = "I'm so sorry you were charged twice and nobody called you back. I will refund the extra 89.99 today and email you the confirmation by 5 pm.";
    stdin.write(reply + '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Feedback on your reply'));
    const frame = plain(lastFrame());
    expect(session.turn).toBe(1);
    const turnLines = session.result().turns[0]?.customer ?? [];
    expect(turnLines.length).toBeGreaterThan(0);
    expect(frame).toContain((turnLines.at(-1) ?? '').slice(0, 30));
    for (const skill of ['Empathy', 'Positive language', 'Follow-through']) expect(frame).toContain(skill);
    expect(frame).toContain('Turn 1/10');
  });

  it('the real persona timer shows impatience after its seconds of silence', async () => {
    // 45 s of silence at 1 s per 5 ms tick.
    const session: PlaySession = createSession(scenario, { seed: 7, analyze });
    const fast = { ...session, wait: (s: number) => session.wait(s * 200), opening: session.opening } as PlaySession;
    Object.defineProperties(fast, {
      mood: { get: () => session.mood },
      done: { get: () => session.done },
      state: { get: () => session.state },
      turn: { get: () => session.turn },
      ending: { get: () => session.ending },
    });
    const { lastFrame } = render(
      <ConversationScreen scenario={scenario} session={fast} mode="exam" tickMs={5} onEnded={() => {}} onContinue={() => {}} onRestart={() => {}} onQuit={() => {}} />,
    );
    await waitFor(() => expect(plain(lastFrame())).toContain('is getting impatient'));
    expect(plain(lastFrame())).toMatch(/⏳ Dana Whitfield \(waiting\): (Hello\?|Are you there\?)/);
    // Exam mode: the bar and the word show how the customer seems; the number and its change are feedback, kept for the end.
    expect(plain(lastFrame())).toMatch(/Mood [█░]+ furious$/m);
    expect(plain(lastFrame())).not.toContain('▼10');
  });
});
