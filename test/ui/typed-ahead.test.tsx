/**
 * Keys typed before the app could take them: before the first frame (they
 * reach Ink in one chunk, and an Enter typed before raw mode is a "\n"), and
 * while the app moves between screens (a conversation starting). None may be
 * lost, and each goes to the screen it was typed for.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import type { ExitOutcome } from '../../src/ui/App.js';
import { KeyRouter, NO_KEY as none, splitKeys } from '../../src/ui/keys.js';
import { applyChunk } from '../../src/ui/input-chunk.js';
import { holdKeys } from '../../src/cli/ink-run.js';
import type { CliIo } from '../../src/cli/io.js';
import { MemoryServices, entries, plain, scenario, tick, waitFor } from './fixtures.js';

afterEach(() => cleanup());
const DOWN = '\u001b[B';

/** Home with the scenarios already read, as the CLI opens it. */
function home(services = new MemoryServices({ name: 'Priya' })) {
  return render(<App services={services} preload={{ trainee: 'Priya', scenarios: entries }} onExit={() => {}} tickMs={60_000} />);
}

/** The reply being written, as the box shows it. */
function replyBox(frame: string | undefined): string {
  return plain(frame).split('\n').find((line) => line.includes('›')) ?? '';
}

describe('keys typed before the first frame', () => {
  it('an Enter typed before raw mode (the terminal made it "\\n") opens the selected scenario', async () => {
    const { stdin, lastFrame } = home();
    expect(plain(lastFrame())).toMatch(/› The competitor sells it cheaper/);
    await tick();
    // As the terminal's line editing hands over ↓ then Enter typed during start-up.
    stdin.write(DOWN);
    stdin.write('\n');
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Coach'));
    expect(plain(lastFrame())).toContain('Charged twice, and nobody called back');
  });

  it('several keys read in one chunk are each acted on: "jj\\r" moves down twice and opens', async () => {
    const services = new MemoryServices({ name: 'Priya' });
    const opened: string[] = [];
    const load = services.loadScenario;
    services.loadScenario = async (id) => {
      opened.push(id);
      return load('irate-double-charge');
    };
    const { stdin, lastFrame } = home(services);
    await tick();
    stdin.write('jj\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Coach'));
    // Ethics dilemma, irate customer, pre-sales: two down is the pre-sales scenario.
    expect(opened).toEqual(['pre-sales-budget']);
  });

  it('a name typed (with a slip corrected) and Enter, all before the first frame, is taken', async () => {
    const services = new MemoryServices({ name: null });
    const { stdin, lastFrame } = render(<App services={services} preload={{ trainee: null, scenarios: [] }} onExit={() => {}} tickMs={60_000} />);
    await tick();
    stdin.write('Priyq\u007fa\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Hello, Priya'));
    expect(services.name).toBe('Priya');
  });

  it('Enter and the start of a reply typed together at the briefing: the conversation opens with the reply in its box', async () => {
    const { stdin, lastFrame } = render(<App services={new MemoryServices()} start={{ scenario, mode: 'coach' }} onExit={() => {}} tickMs={60_000} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Coach'));
    await tick();
    // "e" and "b" are keys on the briefing (exam mode, back): once Enter has started the conversation, they are typing.
    stdin.write('\rHello Dana, sorry about the bill');
    await waitFor(() => expect(plain(lastFrame())).toContain('Turn 0/8'));
    await waitFor(() => expect(replyBox(lastFrame())).toContain('Hello Dana, sorry about the bill'));
    expect(plain(lastFrame())).toContain('COACH');
  });

  it('Ctrl-C among keys typed ahead still leaves the app', async () => {
    const onExit = vi.fn<(outcome: ExitOutcome) => void>();
    const { stdin } = render(<App services={new MemoryServices({ name: 'Priya' })} preload={{ trainee: 'Priya', scenarios: entries }} onExit={onExit} tickMs={60_000} />);
    await tick();
    stdin.write('jk\u0003');
    await waitFor(() => expect(onExit).toHaveBeenCalledWith({ code: 0 }));
  });
});

describe('keys typed while the app moves between screens', () => {
  it('a reply typed while the conversation is starting reaches the reply box, and its Enter sends it', async () => {
    const services = new MemoryServices();
    let ready!: () => void;
    const start = services.startSession;
    services.startSession = () => new Promise<void>((resolve) => (ready = resolve)).then(() => start());
    const { stdin, lastFrame } = render(<App services={services} start={{ scenario, mode: 'coach' }} onExit={() => {}} tickMs={60_000} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Coach'));
    await tick();
    stdin.write('\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Starting the conversation'));
    // Typed one key at a time while "Starting the conversation…" shows.
    for (const ch of "I'm sorry someone will check") {
      stdin.write(ch);
      await tick(2);
    }
    stdin.write('\r');
    await tick();
    ready();
    await waitFor(() => expect(plain(lastFrame())).toContain('Turn 1/8'));
    expect(plain(lastFrame())).toContain("You: I'm sorry someone will check");
    expect(services.sessions[0]?.turns.map((t) => t.reply)).toEqual(["I'm sorry someone will check"]);
  });

  it('Enter twice from home, fast: the second Enter is for the briefing (it starts the conversation), not a second pick', async () => {
    const services = new MemoryServices({ name: 'Priya' });
    let loaded!: () => void;
    const load = services.loadScenario;
    const picks: string[] = [];
    services.loadScenario = (id) => {
      picks.push(id);
      return new Promise<void>((resolve) => (loaded = resolve)).then(() => load('irate-double-charge'));
    };
    const { stdin, lastFrame } = home(services);
    await tick();
    stdin.write('\r');
    await tick();
    stdin.write('\r');
    await tick();
    loaded();
    await waitFor(() => expect(plain(lastFrame())).toContain('Turn 0/8'));
    expect(picks).toHaveLength(1);
  });
});

describe('splitKeys', () => {
  const keys = (text: string) => splitKeys(text, none).map(([input, key]) => (key.return ? 'Enter' : key.ctrl ? `C-${input}` : key.delete ? 'Del' : key.tab ? 'Tab' : input));

  it('splits a chunk of text into its keys, a line break of any kind as Enter', () => {
    expect(keys('jj\r')).toEqual(['j', 'j', 'Enter']);
    expect(keys('a\nb\r\nc')).toEqual(['a', 'Enter', 'b', 'Enter', 'c']);
    expect(keys('x\u007f\u0015\t\u0003é')).toEqual(['x', 'Del', 'C-u', 'Tab', 'C-c', 'é']);
  });

  it('leaves a key Ink recognised as it is', () => {
    const down = { ...none, downArrow: true };
    expect(splitKeys('', down)).toEqual([['', down]]);
  });

  it('leaves alone what Ink passes on of an escape sequence it does not know (a paste of one must not act as keys)', () => {
    for (const body of ['[?1049h', '[I', '[200~', '0;title\u0007']) expect(splitKeys(body, none)).toEqual([[body, none]]);
  });

  it('a lone "\\n" is Enter', () => {
    expect(splitKeys('\n', none)).toEqual([['\r', { ...none, return: true }]]);
  });
});

describe('KeyRouter', () => {
  it('holds keys while held, hands them over in order on release, and stops again when a key moves the app on', () => {
    const router = new KeyRouter();
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = router.listen((input, key) => {
      first.push(key.return ? 'Enter' : input);
      if (key.return) router.hold();
    });
    router.dispatch('ab\rcd', none);
    expect(first).toEqual(['a', 'b', 'Enter']);
    expect(router.pending).toBe(1);
    router.dispatch('e', none);
    stopFirst();
    router.listen((input, key) => second.push(key.return ? 'Enter' : input), true);
    router.release();
    // A text field takes the rest of the chunk whole, then what was typed after it.
    expect(second).toEqual(['cd', 'e']);
    expect(router.pending).toBe(0);
  });
});

describe('applyChunk', () => {
  it('applies a Backspace typed in the same chunk as the letters around it', () => {
    expect(applyChunk('', 'Helo\u007f\u007fllo\r')).toEqual({ value: 'Hello', submit: true, capped: false });
    expect(applyChunk('ab', '\bc')).toEqual({ value: 'ac', submit: false, capped: false });
  });
});

describe('holdKeys (the CLI, as the app starts loading)', () => {
  function fakeStdin(isTTY: boolean) {
    const calls: boolean[] = [];
    const stdin = {
      isTTY,
      isRaw: false,
      setRawMode(mode: boolean) {
        calls.push(mode);
        stdin.isRaw = mode;
        return stdin;
      },
    };
    return { stdin: stdin as unknown as CliIo['stdin'], calls };
  }

  it('puts a terminal in raw mode at once (keys wait un-echoed, Enter stays Enter), and puts it back', () => {
    const { stdin, calls } = fakeStdin(true);
    const release = holdKeys(stdin);
    expect(calls).toEqual([true]);
    release();
    expect(calls).toEqual([true, false]);
    // Ink already put it back: nothing more to do.
    release();
    expect(calls).toEqual([true, false]);
  });

  it('leaves stdin alone when it is not a terminal', () => {
    const { stdin, calls } = fakeStdin(false);
    holdKeys(stdin)();
    expect(calls).toEqual([]);
  });
});
