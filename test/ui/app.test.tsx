import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import type { ExitOutcome } from '../../src/ui/App.js';
import { MemoryServices, attempt, plain, resize, scenario, tick, waitFor } from './fixtures.js';

afterEach(() => cleanup());
const ESC = '\u001b';
const DOWN = `${ESC}[B`;

async function keys(stdin: { write: (s: string) => void }, ...sequence: string[]) {
  // Ink attaches key listeners in effects that run just after a frame is drawn.
  await tick();
  for (const k of sequence) {
    stdin.write(k);
    await tick();
  }
}

describe('App', () => {
  it('a window smaller than 60×16 says so instead of drawing screens cut off; growing it back shows the screen, nothing lost', async () => {
    const services = new MemoryServices({ name: 'Priya' });
    const { stdout, lastFrame } = render(<App services={services} onExit={() => {}} tickMs={60_000} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('Hello, Priya'));
    const size = (columns: number) => resize(stdout, columns, 24);
    size(50);
    await waitFor(() => expect(plain(lastFrame())).toContain('The window is 50×24; Rapport needs at least 60×16.'));
    expect(plain(lastFrame())).not.toContain('Hello, Priya');
    size(100);
    await waitFor(() => expect(plain(lastFrame())).toContain('Hello, Priya'));
    expect(plain(lastFrame())).not.toContain('Rapport needs at least');
  });

  it('while the window is too small the hidden conversation takes no keys and its clock waits; Ctrl-C still leaves', async () => {
    // The customer's patience is 0.2 s of silence, in 10 ms ticks.
    const services = new MemoryServices({ patience: 0.2 });
    const onExit = vi.fn<(outcome: ExitOutcome) => void>();
    const { stdin, stdout, lastFrame } = render(<App services={services} start={{ scenario, mode: 'coach' }} onExit={onExit} tickMs={10} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Coach'));
    const size = (columns: number) => resize(stdout, columns, 24);
    size(50);
    await waitFor(() => expect(plain(lastFrame())).toContain('Rapport needs at least'));
    // Typed blind: Enter would have started the conversation, and the reply would have been sent.
    await keys(stdin, '\r', 'Hello?', '\r');
    await tick(400);
    size(100);
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Coach'));
    expect(services.sessions).toHaveLength(0);
    await keys(stdin, '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Turn 0/8'));
    size(50);
    await waitFor(() => expect(plain(lastFrame())).toContain('Rapport needs at least'));
    await keys(stdin, 'Hello?', '\r');
    // Far past the customer's patience: while hidden, nothing happens.
    await tick(500);
    const session = services.sessions[0]!;
    expect(session.turns).toHaveLength(0);
    expect(session.mood).toBe(20);
    size(100);
    await waitFor(() => expect(plain(lastFrame())).toContain('Turn 0/8'));
    expect(plain(lastFrame())).not.toContain('Hello?');
    await keys(stdin, '\u0003');
    await waitFor(() => expect(onExit).toHaveBeenCalled());
  });

  it('asks the name once, then home → briefing → conversation; Ctrl-C saves the partial conversation as abandoned', async () => {
    const services = new MemoryServices({ name: null });
    const onExit = vi.fn<(outcome: ExitOutcome) => void>();
    const { stdin, lastFrame } = render(<App services={services} onExit={onExit} tickMs={60_000} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('What should we call you?'));
    await keys(stdin, 'Priya', '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Hello, Priya'));
    expect(services.name).toBe('Priya');
    await keys(stdin, DOWN, '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Coach'));
    await keys(stdin, '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Dana: Second time writing'));
    await keys(stdin, "I'm sorry someone will check", '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Feedback on your reply'));
    await keys(stdin, '\u0003');
    await waitFor(() => expect(onExit).toHaveBeenCalled());
    expect(services.saved).toHaveLength(1);
    expect(services.saved[0]).toMatchObject({ abandoned: true, mode: 'coach', trainee: 'Priya' });
    expect(services.saved[0]?.session.turn).toBe(1);
    expect(onExit).toHaveBeenCalledWith({ code: 0, abandonedTranscript: '/tmp/rapport/transcripts/saved1.md' });
  });

  it('Ctrl-C mid-conversation: the last frame, drawn before the app reports its exit, is empty (no stale "Saving and closing…" left on the terminal)', async () => {
    let release!: () => void;
    const services = new MemoryServices();
    const save = services.saveAttempt;
    // The save takes a moment, as on a real disk: the in-progress frame is drawn meanwhile.
    services.saveAttempt = (request) => new Promise<void>((resolve) => (release = resolve)).then(() => save(request));
    const frameAtExit: string[] = [];
    const { stdin, lastFrame } = render(
      <App services={services} start={{ scenario, mode: 'coach' }} onExit={(outcome) => frameAtExit.push(JSON.stringify(outcome), plain(lastFrame()))} tickMs={60_000} />,
    );
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Coach'));
    await keys(stdin, '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Turn 0/8'));
    await keys(stdin, 'Hello there\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Turn 1/8'));
    await keys(stdin, '\u0003');
    await waitFor(() => expect(plain(lastFrame())).toContain('Saving and closing…'));
    expect(frameAtExit).toEqual([]);
    release();
    await waitFor(() => expect(frameAtExit).toHaveLength(2));
    expect(JSON.parse(frameAtExit[0]!)).toEqual({ code: 0, abandonedTranscript: '/tmp/rapport/transcripts/saved1.md' });
    expect(frameAtExit[1]!.trim()).toBe('');
    // Nothing lost: the reply is in what was saved.
    expect(services.saved).toHaveLength(1);
    expect(services.saved[0]).toMatchObject({ abandoned: true });
    expect(services.saved[0]?.session.result().turns.map((t) => t.reply)).toEqual(['Hello there']);
  });

  it('quitting from home (nothing to save) never claims to be saving, and leaves an empty last frame', async () => {
    const services = new MemoryServices({ name: 'Priya' });
    const frames: string[] = [];
    const { stdin, lastFrame } = render(<App services={services} onExit={() => frames.push(plain(lastFrame()))} tickMs={60_000} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('Hello, Priya'));
    await keys(stdin, 'q');
    await waitFor(() => expect(frames).toHaveLength(1));
    expect(frames[0]!.trim()).toBe('');
  });

  it('a save that fails on the way out is reported (exit 1 with the reason), not swallowed', async () => {
    const services = new MemoryServices();
    services.saveAttempt = async () => {
      throw new Error('no space left on the device (ENOSPC)');
    };
    const onExit = vi.fn<(outcome: ExitOutcome) => void>();
    const { stdin, lastFrame } = render(<App services={services} start={{ scenario, mode: 'coach' }} onExit={onExit} tickMs={60_000} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Coach'));
    await keys(stdin, '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Turn 0/8'));
    await keys(stdin, 'Hello there\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Turn 1/8'));
    await keys(stdin, '\u0003');
    await waitFor(() => expect(onExit).toHaveBeenCalledWith({ code: 1, saveError: 'no space left on the device (ENOSPC)' }));
  });

  it('back on the home screen, the scenario just opened is still the one selected', async () => {
    const services = new MemoryServices({ name: 'Priya' });
    const { stdin, lastFrame } = render(<App services={services} onExit={() => {}} tickMs={60_000} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('Hello, Priya'));
    expect(plain(lastFrame())).toMatch(/› The competitor sells it cheaper/);
    await keys(stdin, DOWN, '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Coach'));
    await keys(stdin, ESC);
    await waitFor(() => expect(plain(lastFrame())).toContain('Hello, Priya'));
    expect(plain(lastFrame())).toMatch(/› Charged twice, and nobody called back/);
    expect(plain(lastFrame())).not.toMatch(/› The competitor sells it cheaper/);
  });

  it('Ctrl-C before any reply saves nothing', async () => {
    const services = new MemoryServices();
    const onExit = vi.fn();
    const { stdin, lastFrame } = render(<App services={services} start={{ scenario, mode: 'exam' }} onExit={onExit} tickMs={60_000} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Exam'));
    await keys(stdin, '\r', '\u0003');
    await waitFor(() => expect(onExit).toHaveBeenCalledWith({ code: 0 }));
    expect(services.saved).toHaveLength(0);
  });

  it('plays to the end: debrief with the saved transcript and earlier attempts, then progress, then home', async () => {
    const services = new MemoryServices({ history: [attempt(1, scenario.id, { empathy: 40, positivity: 40, followThrough: 40 })] });
    const onExit = vi.fn();
    const { stdin, lastFrame } = render(<App services={services} start={{ scenario, mode: 'exam' }} onExit={onExit} tickMs={60_000} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Exam'));
    await keys(stdin, '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('EXAM'));
    await keys(stdin, "I'm sorry someone will check\r", 'Thanks for waiting\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Press Enter for your debrief'));
    expect(services.saved).toHaveLength(1);
    expect(services.saved[0]?.abandoned).toBe(false);
    await keys(stdin, '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Transcript: /tmp/rapport/transcripts/saved1.md'));
    expect(plain(lastFrame())).toMatch(/2nd attempt · earlier 40/);
    expect(plain(lastFrame())).toContain('Score 64/100  grade B');
    await keys(stdin, 'p');
    await waitFor(() => expect(plain(lastFrame())).toContain('Weakest skill'));
    expect(plain(lastFrame())).toContain('2 sessions, 2 finished');
    await keys(stdin, ESC);
    await waitFor(() => expect(plain(lastFrame())).toContain('Pick a customer to talk to'));
    await keys(stdin, 'q');
    await waitFor(() => expect(onExit).toHaveBeenCalledWith({ code: 0 }));
    expect(services.saved).toHaveLength(1);
  });

  it('a debrief still loading its earlier attempts does not call the trainee back once they have gone home', async () => {
    const services = new MemoryServices();
    const { stdin, lastFrame } = render(<App services={services} start={{ scenario, mode: 'exam' }} onExit={() => {}} tickMs={60_000} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Exam'));
    await keys(stdin, '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('EXAM'));
    await keys(stdin, "I'm sorry someone will check\r", 'Thanks for waiting\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Press Enter for your debrief'));
    // The progress store is slow today: the debrief's earlier attempts come after the trainee has left it.
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const history = services.attempts;
    services.attempts = async () => {
      await slow;
      return history();
    };
    await keys(stdin, '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Score 64/100'));
    await keys(stdin, '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Pick a customer to talk to'));
    release();
    await tick(50);
    expect(plain(lastFrame())).toContain('Pick a customer to talk to');
    expect(plain(lastFrame())).not.toContain('Score 64/100');
  });

  it('restart from the menu abandons the first conversation and starts a fresh one', async () => {
    const services = new MemoryServices();
    const { stdin, lastFrame } = render(<App services={services} start={{ scenario, mode: 'coach' }} onExit={() => {}} tickMs={60_000} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Coach'));
    await keys(stdin, '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Turn 0/8'));
    await keys(stdin, 'Hello there\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Turn 1/8'));
    await keys(stdin, ESC, 'r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Turn 0/8'));
    expect(services.sessions).toHaveLength(2);
    expect(services.saved.map((s) => s.abandoned)).toEqual([true]);
  });

  it('an unknown scenario from progress shows a fixable error, not a crash', async () => {
    const services = new MemoryServices();
    services.loadScenario = async (id: string) => {
      throw Object.assign(new Error(`No scenario "${id}" in scenarios/.`), { userFacing: true });
    };
    const { stdin, lastFrame } = render(<App services={services} onExit={() => {}} tickMs={60_000} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('Pick a customer'));
    await keys(stdin, '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Something needs fixing'));
    expect(plain(lastFrame())).toContain('No scenario "ethics-cheaper" in scenarios/.');
  });

  it('a new trainee gets the name prompt at once; the scenario list loads after the name', async () => {
    const services = new MemoryServices({ name: null });
    let listed = 0;
    const list = services.listScenarios;
    services.listScenarios = async () => {
      listed += 1;
      return list();
    };
    const { stdin, lastFrame } = render(<App services={services} preload={{ trainee: null, scenarios: [] }} onExit={() => {}} tickMs={60_000} />);
    expect(plain(lastFrame())).toContain('What should we call you?');
    expect(listed).toBe(0);
    await keys(stdin, 'Ana', '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Charged twice, and nobody called back'));
    expect(plain(lastFrame())).toContain('Hello, Ana');
    expect(listed).toBe(1);
  });
});

