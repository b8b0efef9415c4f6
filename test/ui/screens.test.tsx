import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { ThemeContext } from '../../src/ui/theme.js';
import { HomeScreen } from '../../src/ui/screens/HomeScreen.js';
import { BriefingScreen } from '../../src/ui/screens/BriefingScreen.js';
import { ConversationScreen, warnAfter } from '../../src/ui/screens/ConversationScreen.js';
import { CoachingPanel } from '../../src/ui/screens/CoachingPanel.js';
import { DebriefScreen } from '../../src/ui/screens/DebriefScreen.js';
import { ProgressScreen } from '../../src/ui/screens/ProgressScreen.js';
import { NameScreen } from '../../src/ui/screens/NameScreen.js';
import type { Mode } from '../../src/ui/services.js';
import { cellWidth } from '../../src/ui/format.js';
import { MemoryServices, ScriptedSession, SCRIPT, attempt, entries, plain, resize, scenario, tick, vagueTip, waitFor } from './fixtures.js';
import { analyze } from '../../src/core/analyze.js';

afterEach(() => cleanup());

const grade = new MemoryServices().grade;
const withTheme = (node: ReactElement, color = true) => <ThemeContext.Provider value={{ color }}>{node}</ThemeContext.Provider>;
const ESC = '\u001b';
const REPLY = "I'm sorry someone will check";

describe('HomeScreen', () => {
  it('groups scenarios by category with difficulty and best score, then progress', () => {
    const { lastFrame } = render(<HomeScreen trainee="Sam" scenarios={entries} grade={grade} onPick={() => {}} onProgress={() => {}} onQuit={() => {}} />);
    const frame = plain(lastFrame());
    expect(frame).toContain('Hello, Sam');
    const order = ['Ethics dilemma', 'The competitor sells it cheaper', 'Irate customer', 'Charged twice', 'Pre-sales', 'A small shop', 'Progress'];
    const positions = order.map((text) => frame.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(frame).toMatch(/Charged twice.*★★☆☆☆.*best 71 A/);
    expect(frame).toMatch(/A small shop.*not yet played/);
  });

  it('moves with the arrows and opens the chosen scenario or progress', async () => {
    const onPick = vi.fn();
    const onProgress = vi.fn();
    const { stdin } = render(<HomeScreen trainee="Sam" scenarios={entries} grade={grade} onPick={onPick} onProgress={onProgress} onQuit={() => {}} />);
    await tick();
    stdin.write(`${ESC}[B`);
    await tick();
    stdin.write('\r');
    await tick();
    expect(onPick).toHaveBeenCalledWith('irate-double-charge');
    stdin.write(`${ESC}[A`);
    await tick();
    stdin.write(`${ESC}[A`);
    await tick();
    stdin.write('\r');
    await tick();
    expect(onProgress).toHaveBeenCalledTimes(1);
  });
});

describe('HomeScreen in a small window', () => {
  const many = [...entries, ...['help-desk', 'outbound', 'tiered'].map((category, i) => ({ ...entries[0]!, id: `extra-${i}`, title: `Another ${category} call`, category }))];
  const drills = [{ id: 'week-1', title: 'Onboarding, week 1 — the three conversations', scenarios: 3 }];
  it('uses the rows it has, never ends the list on a bare heading, and says how many more there are', async () => {
    const { stdin, stdout, lastFrame } = render(
      <HomeScreen trainee="Sam" scenarios={many} grade={grade} onPick={() => {}} onProgress={() => {}} onQuit={() => {}} drills={drills} onDrill={() => {}} />,
    );
    resize(stdout, 60, 16);
    await waitFor(() => expect(plain(lastFrame())).toContain('more below'));
    let lines = plain(lastFrame()).split('\n');
    expect(lines.length).toBeLessThanOrEqual(15);
    expect(lines.at(-1)).toBe(' ↑↓ choose · Enter open · p progress · q quit');
    // Twelve rows of list between the title and the line under it.
    expect(lines.length).toBe(15);
    expect(lines.at(-2)).toMatch(/^ {3}↓ \d more below$/);
    expect(lines.at(-3)).toMatch(/^ {3}\S/);
    // Up from the first row goes round to the last: progress, at the bottom of the list.
    await tick();
    stdin.write(`${ESC}[A`);
    await waitFor(() => expect(plain(lastFrame())).toContain('more above'));
    lines = plain(lastFrame()).split('\n');
    expect(lines.length).toBeLessThanOrEqual(15);
    expect(lines.join('\n')).toContain('› Progress');
  });
  it('lines the stars up under each other when a title is in wide characters (two columns each)', async () => {
    const wide = [...entries, { ...entries[0]!, id: 'cjk', title: '包裹被扣了两次款，一直没人回电话' }];
    const { stdout, lastFrame } = render(<HomeScreen trainee="Sam" scenarios={wide} grade={grade} onPick={() => {}} onProgress={() => {}} onQuit={() => {}} />);
    resize(stdout, 100, 30);
    await waitFor(() => expect(plain(lastFrame())).toContain('包裹'));
    const starred = plain(lastFrame())
      .split('\n')
      .filter((line) => /[★☆]/.test(line));
    expect(starred).toHaveLength(4);
    // The columns before the stars, as the terminal shows them: the same on every row, the wide title's too.
    const before = starred.map((line) => cellWidth(line.slice(0, line.search(/[★☆]/))));
    expect(new Set(before).size).toBe(1);
  });
  it('in a wide window keeps the stars next to the longest title, not at the far edge', async () => {
    const { stdout, lastFrame } = render(<HomeScreen trainee="Sam" scenarios={entries} grade={grade} onPick={() => {}} onProgress={() => {}} onQuit={() => {}} />);
    resize(stdout, 160, 50);
    await tick();
    // "A small shop asks about the premium plan" (40 characters) is the longest title here; the others line up with it.
    await waitFor(() => expect(plain(lastFrame())).toMatch(/^ {3}A small shop asks about the premium plan {3}★★★☆☆ {2}not yet played$/m));
    expect(plain(lastFrame())).toMatch(/^ {3}Charged twice, and nobody called back {6}★★☆☆☆ {2}best 71 A$/m);
  });
  it('lists a drill with its details whole at 80 columns: the title gives way', async () => {
    const { stdout, lastFrame } = render(
      <HomeScreen trainee="Sam" scenarios={entries} grade={grade} onPick={() => {}} onProgress={() => {}} onQuit={() => {}} drills={drills} onDrill={() => {}} />,
    );
    resize(stdout, 80, 24);
    await waitFor(() => expect(plain(lastFrame())).toMatch(/^ {3}Onboarding, week 1 — the three conv… {2}\(graded drill, 3 scenarios, exam mode\)$/m));
  });
});

describe('NameScreen', () => {
  it('asks for a name and hands it over on Enter', async () => {
    const onName = vi.fn();
    const { stdin, lastFrame } = render(<NameScreen onName={onName} />);
    expect(plain(lastFrame())).toContain('What should we call you?');
    await tick();
    stdin.write('Priya');
    await tick();
    stdin.write('\r');
    await tick();
    expect(onName).toHaveBeenCalledWith('Priya');
  });
});

describe('BriefingScreen', () => {
  it('shows the persona card, goals and the mode, and starts in the chosen mode', async () => {
    const onStart = vi.fn();
    const { stdin, lastFrame } = render(<BriefingScreen scenario={scenario} mode="coach" onStart={onStart} onBack={() => {}} />);
    const frame = plain(lastFrame());
    for (const text of ['Charged twice, and nobody called back', 'Dana', 'premium customer', 'impatient', 'Mood', 'charged twice for one order', 'Apologise for the double charge', 'Give a specific refund timeline', '(•) Coach']) {
      expect(frame).toContain(text);
    }
    await tick();
    stdin.write(`${ESC}[C`);
    await tick();
    expect(plain(lastFrame())).toContain('(•) Exam');
    stdin.write('\r');
    await tick();
    expect(onStart).toHaveBeenCalledWith('exam');
  });
});

describe('BriefingScreen in a short window', () => {
  // Long enough that the briefing cannot fit 16 rows at 60 columns.
  const long = {
    ...scenario,
    persona: { ...scenario.persona, situation: `${scenario.persona.situation} ${'Dana has kept notes of every call, every date and every name she was given. '.repeat(3)}` },
  };
  it('keeps the title, the mode and the keys on screen and scrolls the rest with ↑↓ (←→ still switch the mode)', async () => {
    const onStart = vi.fn();
    const { stdin, stdout, lastFrame } = render(<BriefingScreen scenario={long} mode="coach" onStart={onStart} onBack={() => {}} />);
    resize(stdout, 60, 16);
    await waitFor(() => expect(plain(lastFrame())).toMatch(/↓ \d+ more below \(↑↓ to scroll\)/));
    const lines = plain(lastFrame()).split('\n');
    expect(lines.length).toBeLessThanOrEqual(15);
    expect(lines[0]).toMatch(/^ Charged twice, and nobody called back/);
    expect(lines.at(-1)).toBe(' Enter start · ←→ mode · Esc back · Ctrl-C exit');
    expect(lines.join('\n')).toContain('(•) Coach');
    expect(lines.join('\n')).not.toContain('Give a specific refund timeline');
    for (let i = 0; i < 20; i++) stdin.write(`${ESC}[B`);
    await waitFor(() => expect(plain(lastFrame())).toContain('Give a specific refund timeline'));
    // ↓ scrolled; it did not switch the mode.
    expect(plain(lastFrame())).toContain('(•) Coach');
    expect(plain(lastFrame()).split('\n')[0]).toMatch(/^ Charged twice/);
    stdin.write(`${ESC}[C`);
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Exam'));
    stdin.write('\r');
    await waitFor(() => expect(onStart).toHaveBeenCalledWith('exam'));
  });
  it('with room for it all, ↑↓ switch the mode as before', async () => {
    const { stdin, stdout, lastFrame } = render(<BriefingScreen scenario={scenario} mode="coach" onStart={() => {}} onBack={() => {}} />);
    resize(stdout, 100, 40);
    await tick();
    stdin.write(`${ESC}[B`);
    await waitFor(() => expect(plain(lastFrame())).toContain('(•) Exam'));
    expect(plain(lastFrame())).not.toContain('to scroll');
  });
});

function conversation(mode: Mode, session = new ScriptedSession(1000), extra: { tickMs?: number } = {}) {
  const calls = { ended: vi.fn(), cont: vi.fn(), restart: vi.fn(), quit: vi.fn() };
  const view = render(
    <ConversationScreen
      scenario={scenario}
      session={session}
      mode={mode}
      tickMs={extra.tickMs ?? 60_000}
      onEnded={calls.ended}
      onContinue={calls.cont}
      onRestart={calls.restart}
      onQuit={calls.quit}
    />,
  );
  return { ...view, session, calls };
}

describe('ConversationScreen', () => {
  it('shows the opening, the mood and the turn counter', () => {
    const { lastFrame } = conversation('coach');
    const frame = plain(lastFrame());
    expect(frame).toContain('Dana: Second time writing about this double charge.');
    expect(frame).toMatch(/Mood .* 20 upset/);
    expect(frame).toContain('Turn 0/8');
    expect(frame).toContain('COACH');
  });

  it('coach mode: a reply shows the answer and feedback naming the skills, with a tip', async () => {
    const { stdin, lastFrame } = conversation('coach');
    await tick();
    stdin.write(REPLY);
    await tick();
    stdin.write('\r');
    await tick();
    const frame = plain(lastFrame());
    expect(frame).toContain(`You: ${REPLY}`);
    expect(frame).toContain('Dana: Someone? I want a name and a date.');
    expect(frame).toContain('Feedback on your reply');
    for (const skill of ['Empathy', 'Positive language', 'Follow-through']) expect(frame).toContain(skill);
    expect(frame).toMatch(/Tip · Follow-through: Say who will act and by when\./);
    expect(frame).toContain('Try: “I will refund the second charge today');
    expect(frame).toContain('Turn 1/8');
    expect(frame).toMatch(/15 furious ▼5$/m);
  });

  it('coach mode: a reply the customer took badly, with no wording to fix, gets the hint for that moment', async () => {
    const { stdin, lastFrame } = conversation('coach');
    await tick();
    stdin.write('Noted.\r');
    await tick();
    const frame = plain(lastFrame()).replace(/\s+/g, ' ');
    expect(frame).toContain('No wording to fix, but the customer took it badly (mood');
    expect(frame).toContain('What would have helped:');
    // The opening state's hint, where the reply was given (not the next state's, which has none).
    expect(frame).toMatch(/acknowledging how/);
  });

  it('exam mode: the same reply gets the answer but no feedback', async () => {
    const { stdin, lastFrame } = conversation('exam');
    await tick();
    stdin.write(REPLY + '\r');
    await tick();
    const frame = plain(lastFrame());
    expect(frame).toContain(`You: ${REPLY}`);
    expect(frame).toContain('Dana: Someone? I want a name and a date.');
    expect(frame).toContain('EXAM');
    expect(frame).not.toContain('Feedback on your reply');
    expect(frame).not.toContain('Tip ·');
    expect(frame).not.toContain('Positive language');
  });

  it('a pasted reply with its newline in one chunk is sent; its inner line break (a CR from the terminal) becomes a space', async () => {
    const { stdin, session } = conversation('coach');
    await tick();
    stdin.write("I'm sorry\rsomeone will check\r\n");
    await tick();
    expect(session.turns.map((t) => t.reply)).toEqual([REPLY]);
  });

  it('a paste with colour codes and unknown key sequences is sent without them, and the screen carries on', async () => {
    // Ink 6.8 threw on escape sequences it cannot name ("\u001b[31m", Ctrl+F1 "\u001b[1;5P") and the app died mid-conversation;
    // patches/ink+6.8.0.patch makes them empty input, as upstream does.
    const { stdin, session, lastFrame } = conversation('coach');
    await tick();
    stdin.write("I'm sorry \u001b[31msomeone\u001b[0m will check");
    await tick();
    stdin.write('\u001b[1;5P');
    await tick();
    stdin.write('\r');
    await tick();
    expect(session.turns.map((t) => t.reply)).toEqual([REPLY]);
    expect(plain(lastFrame())).toContain('Feedback on your reply');
  });

  it('a long reply is shortened in the feedback, so the customer\'s answer stays on screen', async () => {
    const { stdin, lastFrame } = conversation('coach');
    await tick();
    const filler = 'and here is a lot more detail about the account that earns nothing ';
    stdin.write(filler.repeat(5) + "I'm sorry someone will check " + filler.repeat(5) + '\r');
    await tick();
    const frame = plain(lastFrame());
    const feedback = frame.slice(frame.indexOf('Feedback on your reply'));
    expect(feedback).toContain('…');
    // The reply says "earns nothing" ten times; about four lines of it are shown.
    expect(feedback.split('earns nothing').length - 1).toBeLessThanOrEqual(4);
    expect(frame).toContain('Dana: Fine. Go on.');
  });

  it('a huge paste is capped with a notice', async () => {
    const { stdin, lastFrame, session } = conversation('coach');
    await tick();
    stdin.write('a'.repeat(5000));
    await tick();
    expect(plain(lastFrame())).toContain('keeps its first 1000 characters');
    stdin.write('\r');
    await tick();
    expect(session.turns[0]?.reply).toHaveLength(1000);
  });

  it('says when the reply being written is the last one the conversation allows', async () => {
    const session = new ScriptedSession(1000, 99);
    session.turn = scenario.maxTurns - 2;
    const { stdin, lastFrame } = conversation('coach', session);
    await tick();
    expect(plain(lastFrame())).not.toContain('last reply');
    stdin.write('One more thing.\r');
    await waitFor(() => expect(plain(lastFrame())).toContain(`Turn ${scenario.maxTurns - 1}/${scenario.maxTurns} · last reply`));
  });

  it('a reply pasted with terminal escape sequences keeps only its words', async () => {
    const { stdin, session } = conversation('coach');
    await tick();
    stdin.write('Sorry \u001b[31mRED\u001b[0m and \u001b]0;pwned title\u0007 \u001b[2J clear \u001b[?1049h alt\r');
    await waitFor(() => expect(session.turns).toHaveLength(1));
    expect(session.turns[0]?.reply).toBe('Sorry RED and   clear  alt');
  });

  it('clearing a cut paste (Ctrl-U) takes its notice away; another notice stays', async () => {
    const { stdin, lastFrame, session } = conversation('coach');
    await tick();
    stdin.write('a'.repeat(5000));
    await waitFor(() => expect(plain(lastFrame())).toContain('keeps its first 1000 characters'));
    stdin.write('\u0015');
    await waitFor(() => expect(plain(lastFrame())).not.toContain('keeps its first 1000 characters'));
    expect(session.turns).toHaveLength(0);
    // A notice the field did not give is not the field's to take away.
    stdin.write('/wait 90\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('"/wait" works in scripts'));
    stdin.write('x');
    await tick();
    stdin.write('\u0015');
    await tick();
    expect(plain(lastFrame())).toContain('"/wait" works in scripts');
  });

  it('a huge paste sent with its line break is cut and still says so', async () => {
    const { stdin, lastFrame, session } = conversation('coach');
    await tick();
    stdin.write(`${'b'.repeat(4050)}\n`);
    await waitFor(() => expect(plain(lastFrame())).toContain('keeps its first 1000 characters'));
    expect(session.turns).toHaveLength(1);
    expect(session.turns[0]?.reply).toHaveLength(1000);
  });

  it('"/wait 90" typed in the app is not sent to the customer; it says how waiting works here', async () => {
    const { stdin, lastFrame, session } = conversation('coach');
    await tick();
    stdin.write('/wait 90\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('"/wait" works in scripts'));
    expect(session.turns).toHaveLength(0);
  });

  it('Ctrl-U arriving in one chunk with the next letters clears the line first', async () => {
    const { stdin, lastFrame } = conversation('coach');
    await tick();
    stdin.write('abc');
    await tick();
    stdin.write('\u0015xyz');
    await tick();
    const frame = plain(lastFrame());
    expect(frame).toContain('› xyz');
    expect(frame).not.toContain('abcxyz');
  });

  it('shows impatience when the persona timer fires, and the mood drops', async () => {
    const { lastFrame } = conversation('coach', new ScriptedSession(0.05), { tickMs: 10 });
    await waitFor(() => expect(plain(lastFrame())).toContain('Dana is getting impatient'));
    const frame = plain(lastFrame());
    expect(frame).toContain('Dana (waiting): Hello? Are you still there?');
    expect(frame).toContain('Dana is getting impatient');
    expect(frame).toMatch(/10 furious ▼10$/m);
  });

  it('a silence that ends the conversation does not ask for a reply soon', async () => {
    // The customer's last timer ends the call ("I'll take that as a yes, then."): there is nothing left to reply to.
    class Leaving extends ScriptedSession {
      override wait(seconds: number): string[] {
        const lines = super.wait(seconds);
        if (lines.length > 0) {
          this.done = true;
          this.ending = 'resolved';
          return ["I'll take that as a yes, then."];
        }
        return lines;
      }
    }
    const { lastFrame, calls } = conversation('coach', new Leaving(0.05), { tickMs: 10 });
    await waitFor(() => expect(plain(lastFrame())).toContain('The conversation has ended: resolved'));
    await waitFor(() => expect(calls.ended).toHaveBeenCalled());
    const frame = plain(lastFrame());
    expect(frame).toContain("Dana (waiting): I'll take that as a yes, then.");
    expect(frame).not.toContain('reply soon');
    expect(frame).not.toContain('is waiting for your reply');
  });

  it('warns that the customer is waiting before their patience runs out, not only when it has', async () => {
    const opening = scenario.states.opening!;
    const hurried = { ...scenario, states: { ...scenario.states, opening: { ...opening, after: { ...opening.after!, seconds: 0.3 } } } };
    // The scripted session's own timer never fires: only the warning can appear.
    const { lastFrame } = render(
      <ConversationScreen scenario={hurried} session={new ScriptedSession(1000)} mode="coach" tickMs={10} onEnded={() => {}} onContinue={() => {}} onQuit={() => {}} />,
    );
    await waitFor(() => expect(plain(lastFrame())).toContain('Dana is waiting for your reply.'));
    expect(plain(lastFrame())).not.toContain('(waiting)');
    expect(warnAfter(20)).toBe(10);
    expect(warnAfter(90)).toBe(75);
  });

  it('practice keeps the hint in exam mode too: only a graded drill (noHint) drops it', async () => {
    const { stdin, lastFrame } = conversation('exam');
    await tick();
    expect(plain(lastFrame())).toContain('Esc menu (hint, restart, quit)');
    stdin.write(ESC);
    await tick();
    expect(plain(lastFrame())).toContain('Hint: what would help now');
    stdin.write('h');
    await tick();
    expect(plain(lastFrame())).toContain('Hint: Start by acknowledging how frustrating a second contact is.');
  });

  it('the header shows a long title whole when the line has room for it beside the turn counter', async () => {
    // 78 characters: at 100 columns it fits beside "COACH  Turn 0/8" and must not be cut.
    const title = 'Calling back about the washing-machine repair that never happened on Friday';
    const { lastFrame } = render(
      <ConversationScreen scenario={{ ...scenario, title }} session={new ScriptedSession(1000)} mode="coach" tickMs={60_000} onEnded={() => {}} onContinue={() => {}} onQuit={() => {}} />,
    );
    await tick();
    const header = plain(lastFrame()).split('\n')[0] ?? '';
    expect(header).toContain(title);
    expect(header).toContain('Turn 0/8');
  });

  it('in a 60×16 window the feedback goes compact: the customer\'s answer, the tip and the key hints all stay on screen', async () => {
    const { stdin, stdout, lastFrame } = conversation('coach');
    resize(stdout, 60, 16);
    await tick();
    stdin.write(REPLY);
    await tick();
    stdin.write('\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Turn 1/8'));
    const lines = plain(lastFrame()).split('\n');
    // Ink keeps the window's last row free; anything past it would scroll the header away.
    expect(lines.length).toBeLessThanOrEqual(15);
    const frame = lines.join('\n');
    expect(frame).toContain('Dana: Someone? I want a name and a date.');
    expect(frame).toMatch(/── Empathy 72 · Positive language 55 · Follow-through 20 ─+/);
    expect(frame.replace(/\s+/g, ' ')).toContain('Try: “I will refund the second charge today and email you the reference by 5 pm.”');
    // Whole, with what matters at the end of it: the menu's contents give way at this width.
    expect(lines.at(-1)).toBe('Enter send · Esc menu · Ctrl-C exit and save');
    // The menu, taller than the reply box, still fits with its last item.
    stdin.write(ESC);
    await waitFor(() => expect(plain(lastFrame())).toContain('Quit to home'));
    expect(plain(lastFrame()).split('\n').length).toBeLessThanOrEqual(15);
    expect(plain(lastFrame())).toContain('Dana: Someone? I want a name and a date.');
  });

  it('at 60×16 the chat keeps the rows the customer\'s answer needs, and the feedback the rest: a three-row rewrite is read whole', async () => {
    const tip = {
      ...vagueTip,
      skill: 'positivity' as const,
      message: 'Explain the reason behind the rule and what the customer can do within it.',
      rewrite: 'Refunds go back to the card that paid, which is why they take a few days; I’ll email you the moment yours is sent.',
    };
    const session = new ScriptedSession(1000);
    session.reply = (text: string) => {
      const turn = ScriptedSession.prototype.reply.call(session, REPLY);
      return { ...turn, reply: text, analysis: { ...turn.analysis, tips: [tip] } };
    };
    const { stdin, stdout, lastFrame } = conversation('coach', session);
    resize(stdout, 60, 16);
    await tick();
    stdin.write(`${REPLY} and that is our policy, so you will have to wait like everyone else\r`);
    await waitFor(() => expect(plain(lastFrame())).toContain('Turn 1/8'));
    const frame = plain(lastFrame());
    expect(frame.split('\n').length).toBeLessThanOrEqual(15);
    expect(frame).toContain('Dana: Someone? I want a name and a date.');
    expect(frame.replace(/\s+/g, ' ')).toContain(`Try: “${tip.rewrite}”`);
  });

  it('at 80×24 a long reply is shortened in the feedback so the customer\'s answer keeps its rows, also while a long draft grows the box', async () => {
    const long = `${REPLY} ${'and I will also look at every other charge on the account this year '.repeat(6)}`;
    // A tip as long as the real "own the handover" one: three rows of message, three of rewrite.
    const tip = {
      ...vagueTip,
      message: 'Own the handover: say who you are passing it to, when they will act, and when you will check back with the customer yourself.',
      rewrite: 'I will pass this to our billing team now, they will refund the second charge today, and I will call you by 4 pm to confirm it went through.',
    };
    const answer = 'Someone? I want a name and a date. And I want it written down, with the reference, today.';
    const session = new ScriptedSession(1000);
    session.reply = (text: string) => {
      const turn = ScriptedSession.prototype.reply.call(session, REPLY);
      return { ...turn, reply: text, analysis: { ...turn.analysis, tips: [tip] }, customer: [answer] };
    };
    const { stdin, stdout, lastFrame } = conversation('coach', session);
    resize(stdout, 80, 24);
    await tick();
    stdin.write(long + '\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Turn 1/8'));
    const check = () => {
      const lines = plain(lastFrame()).split('\n');
      expect(lines.length).toBeLessThanOrEqual(23);
      const top = lines.findIndex((l) => l.startsWith('───'));
      const feedback = lines.findIndex((l) => l.startsWith('── Feedback'));
      // The customer's whole answer (two rows) sits right above the feedback, with a row of what led to it.
      expect(lines.slice(top + 1, feedback).join(' ')).toContain(`Dana: ${answer}`);
      expect(feedback - top - 1).toBeGreaterThanOrEqual(3);
      expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(`Try: “${tip.rewrite}”`);
      expect(lines.at(-1)).toMatch(/^Enter send/);
    };
    check();
    // A draft of three rows makes the reply box taller: the feedback gives way, not the chat.
    stdin.write('I hear you, Dana. '.repeat(10));
    await waitFor(() => expect(plain(lastFrame())).toMatch(/│ › …/));
    await waitFor(() => expect(plain(lastFrame()).split('\n').filter((l) => l.startsWith('│')).length).toBe(3));
    check();
  });

  it('a notice longer than the line is wrapped whole, not cut', async () => {
    const why = 'No hint in this graded attempt: the grade is for your own replies, unaided, as in the exam it stands for, and a hint would be the author\'s answer.';
    const { stdin, lastFrame } = render(
      <ConversationScreen scenario={scenario} session={new ScriptedSession(1000)} mode="exam" tickMs={60_000} noHint={why} onEnded={() => {}} onContinue={() => {}} onQuit={() => {}} />,
    );
    await tick();
    stdin.write(ESC);
    await tick();
    // In the menu, the reason sits indented under the items, every line of it.
    const menu = plain(lastFrame()).split('\n').filter((line) => /graded attempt|unaided|author/.test(line));
    expect(menu.length).toBeGreaterThan(1);
    for (const line of menu) expect(line).toMatch(/^│ {3}\S/);
    stdin.write('h');
    await tick();
    expect(plain(lastFrame()).replace(/\s+/g, ' ')).toContain(why);
  });

  it('a reply half written survives the Esc menu and a hint, and is sent whole', async () => {
    const { stdin, lastFrame, session } = conversation('coach');
    await tick();
    // Each step waits for the frame it leads to, so a slow machine cannot run ahead of Ink.
    stdin.write("I'm sorry some");
    await waitFor(() => expect(plain(lastFrame())).toContain("› I'm sorry some"));
    stdin.write(ESC);
    await waitFor(() => expect(plain(lastFrame())).toContain('Restart this scenario'));
    stdin.write(ESC);
    await waitFor(() => expect(plain(lastFrame())).not.toContain('Restart this scenario'));
    expect(plain(lastFrame())).toContain("› I'm sorry some");
    stdin.write(ESC);
    await waitFor(() => expect(plain(lastFrame())).toContain('Restart this scenario'));
    stdin.write('h');
    await waitFor(() => expect(plain(lastFrame())).toMatch(/Hint:(?![\s\S]*Restart this scenario)/));
    stdin.write('one will check');
    await waitFor(() => expect(plain(lastFrame())).toContain(`› ${REPLY}`));
    stdin.write('\r');
    await waitFor(() => expect(session.turns.map((t) => t.reply)).toEqual([REPLY]));
  });

  it('Esc opens the menu; h adds the scenario hint; r and q restart and quit', async () => {
    const { stdin, lastFrame, calls } = conversation('coach');
    await tick();
    stdin.write(ESC);
    await tick();
    expect(plain(lastFrame())).toContain('Restart this scenario');
    // Each item shows the letter that picks it directly.
    expect(plain(lastFrame())).toMatch(/Hint: what would help now {2}\(h\)/);
    expect(plain(lastFrame())).toMatch(/Restart this scenario {2}\(r\)/);
    expect(plain(lastFrame())).toMatch(/\(q\)/);
    stdin.write('h');
    await tick();
    expect(plain(lastFrame())).toContain('Hint: Start by acknowledging how frustrating a second contact is.');
    expect(plain(lastFrame())).not.toContain('Restart this scenario');
    stdin.write(ESC);
    await tick();
    stdin.write('r');
    await tick();
    expect(calls.restart).toHaveBeenCalledTimes(1);
    stdin.write(ESC);
    await tick();
    stdin.write(`${ESC}[B`);
    await tick();
    stdin.write(`${ESC}[B`);
    await tick();
    stdin.write(`${ESC}[B`);
    await tick();
    stdin.write('\r');
    await tick();
    expect(calls.quit).toHaveBeenCalledTimes(1);
  });

  it('at the ending it saves at once and Enter opens the debrief', async () => {
    const { stdin, lastFrame, calls } = conversation('coach');
    await tick();
    stdin.write('First reply\r');
    await tick();
    expect(calls.ended).not.toHaveBeenCalled();
    stdin.write('Second reply');
    await tick();
    stdin.write('\r');
    await tick();
    expect(calls.ended).toHaveBeenCalledTimes(1);
    // The Enter that sent the last reply must not also open the debrief.
    expect(calls.cont).not.toHaveBeenCalled();
    expect(plain(lastFrame())).toContain('The conversation has ended: resolved');
    stdin.write('\r');
    await tick();
    expect(calls.cont).toHaveBeenCalledTimes(1);
  });

  it('shows escapes from a scenario line inert, never raw', () => {
    const session = new ScriptedSession(1000);
    session.opening = ['Hi\u001b[2J there\u0007'];
    const { lastFrame } = conversation('coach', session);
    const frame = lastFrame() ?? '';
    expect(frame).not.toContain('\u001b[2J');
    expect(frame).not.toContain('\u0007');
    expect(plain(frame)).toContain('Hi␛[2J there␇');
  });
});

describe('CoachingPanel', () => {
  const turn = { index: 0, reply: REPLY, analysis: SCRIPT[REPLY]!.analysis, customer: [], state: 'details', mood: 15, moodDelta: -5, goalsMet: [] };
  it('marks earning and costing spans without colour (NO_COLOR)', () => {
    const { lastFrame } = render(withTheme(<CoachingPanel turn={turn} columns={100} />, false));
    const frame = lastFrame() ?? '';
    expect(frame).toContain("[+I'm sorry] [-someone will check]");
    expect(frame).not.toMatch(/\u001b\[3\dm/);
  });
  it('uses colour, not brackets, when colour is on', () => {
    const { lastFrame } = render(withTheme(<CoachingPanel turn={turn} columns={100} />, true));
    expect(plain(lastFrame())).not.toContain('[+');
    expect(plain(lastFrame())).toContain(REPLY);
  });
  it('shows each skill with its score', () => {
    const frame = plain(render(<CoachingPanel turn={turn} columns={100} />).lastFrame());
    expect(frame).toMatch(/Empathy\s+[█░]+\s+72/);
    expect(frame).toMatch(/Positive language\s+[█░]+\s+55/);
    expect(frame).toMatch(/Follow-through\s+[█░]+\s+20/);
  });
  it('with no tip, praises the reply only when the customer did not take it badly', () => {
    const untipped = { ...turn, analysis: { ...turn.analysis, tips: [] } };
    const calm = plain(render(<CoachingPanel turn={{ ...untipped, moodDelta: 5 }} columns={100} />).lastFrame()).replace(/\s+/g, ' ');
    expect(calm).toContain('No tip this time: that reply did what it needed to.');
    const badly = plain(render(<CoachingPanel turn={{ ...untipped, moodDelta: -15 }} columns={100} />).lastFrame()).replace(/\s+/g, ' ');
    // The panel's columns interleave line by line: the message wraps beside the skill bars.
    expect(badly).toContain('No wording to fix, but the customer took it badly (mood');
    expect(badly).toContain('-15): read their answer');
    expect(badly).not.toContain('did what it needed to');
    // With the scenario's hint for that moment, it says what would have helped instead.
    const hinted = plain(render(<CoachingPanel turn={{ ...untipped, moodDelta: -15 }} columns={100} hint="Ask what she needs first." />).lastFrame()).replace(/\s+/g, ' ');
    expect(hinted).toContain('What would have helped:');
    expect(hinted).toMatch(/Ask what she needs/);
    expect(hinted).not.toContain('read their answer');
  });
  it('says when a reply does not read as English, instead of praising it or coaching words it could not read', () => {
    const reply = 'Lo siento mucho, le llamaré mañana a las diez.';
    const foreign = { ...turn, reply, analysis: analyze(reply) };
    const frame = plain(render(<CoachingPanel turn={foreign} columns={100} />).lastFrame()).replace(/\s+/g, ' ');
    expect(frame).toContain('reads as Spanish, not English');
    expect(frame).not.toContain('No tip this time');
    expect(frame).not.toContain('Tip ·');
  });
});

describe('DebriefScreen', () => {
  function debrief(earlier = [attempt(1, scenario.id, { empathy: 50, positivity: 50, followThrough: 50 })]) {
    const session = new ScriptedSession(1000);
    session.reply("I'm sorry someone will check");
    session.reply('Thanks for waiting');
    const calls = { home: vi.fn(), retry: vi.fn(), progress: vi.fn(), quit: vi.fn() };
    const view = render(
      <DebriefScreen
        scenario={scenario}
        mode="exam"
        result={session.result()}
        saved={{ attempt: attempt(9, scenario.id, { empathy: 70, positivity: 58, followThrough: 35 }), transcriptPath: '/home/sam/rapport/transcripts/x.md' }}
        earlier={earlier}
        grade={grade}
        onHome={calls.home}
        onRetry={calls.retry}
        onProgress={calls.progress}
        onQuit={calls.quit}
      />,
    );
    return { ...view, calls };
  }

  it('shows ending, score and grade, skills, goals, the costliest reply with a rewrite, history and the transcript', () => {
    const frame = plain(debrief().lastFrame());
    expect(frame).toContain('Ending: resolved — Dana accepted the refund plan.');
    expect(frame).toContain('Score 64/100  grade B');
    expect(frame).toMatch(/Empathy\s+[█░]+\s+70 ▲20/);
    expect(frame).toMatch(/Follow-through\s+[█░]+\s+35 ▼15/);
    expect(frame).toContain('✓ Apologise for the double charge (turn 1)');
    expect(frame).toContain('✗ Give a specific refund timeline');
    expect(frame).toContain('The reply that cost most (turn 1');
    expect(frame).toContain("“I'm sorry someone will check”");
    expect(frame).toContain('Better: “I will refund the second charge today');
    expect(frame).toMatch(/2nd attempt · earlier 50 .* vs best before 50 \(\+14\)/);
    expect(frame).toContain('Transcript: /home/sam/rapport/transcripts/x.md');
  });

  it('a costliest reply the customer took badly, with no wording to fix, gets the hint for that moment', () => {
    const session = new ScriptedSession(1000);
    session.reply('Noted.');
    session.reply('Thanks for waiting');
    const frame = plain(
      render(
        <DebriefScreen scenario={scenario} mode="exam" result={session.result()} saved={null} earlier={[]} grade={grade} onHome={() => {}} onRetry={() => {}} onProgress={() => {}} onQuit={() => {}} />,
      ).lastFrame(),
    ).replace(/\s+/g, ' ');
    expect(frame).toContain('“Noted.”');
    expect(frame).toContain('What would have helped: Start by acknowledging how frustrating a second contact is.');
    expect(frame).not.toContain('what it said or promised was the problem');
  });

  it('when every reply won ground, names the lowest-scoring one as such, and a low score with no tip is not called sound', () => {
    const session = new ScriptedSession(1000);
    session.reply("I'm sorry someone will check");
    session.reply('Thanks for waiting');
    const base = session.result();
    const low = { empathy: 30, positivity: 45, followThrough: 30 };
    const result = { ...base, turns: base.turns.map((t) => ({ ...t, moodDelta: 10, analysis: { ...t.analysis, scores: low, tips: [] } })) };
    const frame = plain(
      render(
        <DebriefScreen scenario={scenario} mode="exam" result={result} saved={null} earlier={[]} grade={grade} onHome={() => {}} onRetry={() => {}} onProgress={() => {}} onQuit={() => {}} />,
      ).lastFrame(),
    ).replace(/\s+/g, ' ');
    expect(frame).toContain('Your lowest-scoring reply, though every reply won some ground (turn 1');
    expect(frame).not.toContain('The reply that cost most');
    expect(frame).toContain('No wording to fix: it scored low because it showed little empathy.');
    expect(frame).not.toContain('was sound');
  });

  it('in a short window the title and the keys stay put and the rest scrolls with ↑↓', async () => {
    const { lastFrame, stdin, stdout } = debrief();
    resize(stdout, 60, 16);
    await waitFor(() => expect(plain(lastFrame())).toMatch(/↓ \d+ more below \(↑↓ to scroll\)/));
    const first = plain(lastFrame()).split('\n');
    expect(first.length).toBeLessThanOrEqual(15);
    expect(first[0]).toMatch(/^ Debrief · Charged twice, and nobody called back\s+exam mode$/);
    expect(first.at(-1)).toBe(' Enter home · r try again · p progress · q quit');
    expect(first.join('\n')).not.toContain('Transcript:');
    // The score line breaks between its parts, never inside one ("mood at the end" / "50").
    expect(first.some((l) => /^ (Score 64\/100 {2}grade B {2}· {2})?(2 replies {2}· {2})?mood at the end \d+$/.test(l))).toBe(true);
    for (let i = 0; i < 20; i++) stdin.write(`${ESC}[B`);
    await waitFor(() => expect(plain(lastFrame())).toContain('Transcript: /home/sam/rapport/transcripts/x.md'));
    const last = plain(lastFrame()).split('\n');
    expect(last.length).toBeLessThanOrEqual(15);
    expect(last[0]).toContain('Debrief · Charged twice');
    expect(last.join('\n')).toMatch(/↑ \d+ more above \(↑↓ to scroll\)$/m);
    expect(last.at(-1)).toBe(' Enter home · r try again · p progress · q quit');
    // Growing the window shows it all again, with nothing left to scroll.
    resize(stdout, 100, 40);
    await waitFor(() => expect(plain(lastFrame())).toContain('Ending: resolved'));
    await waitFor(() => expect(plain(lastFrame())).not.toContain('to scroll'));
  });

  it('with a single reply, calls it "your only reply", not the lowest-scoring of all', () => {
    const session = new ScriptedSession(1000, 1);
    session.reply('Thanks for waiting, I have refunded the second charge and emailed you the reference');
    const frame = plain(
      render(
        <DebriefScreen scenario={scenario} mode="coach" result={session.result()} saved={null} earlier={[]} grade={grade} onHome={() => {}} onRetry={() => {}} onProgress={() => {}} onQuit={() => {}} />,
      ).lastFrame(),
    ).replace(/\s+/g, ' ');
    expect(frame).toContain('Your only reply (turn 1,');
    expect(frame).not.toContain('lowest-scoring');
    expect(frame).not.toContain('every reply');
    expect(frame).toContain('No rewrite needed: your reply was sound.');
  });

  it('says when it is the first attempt, and the keys lead on', async () => {
    const { lastFrame, stdin, calls } = debrief([]);
    expect(plain(lastFrame())).toContain('First attempt at this scenario');
    await tick();
    stdin.write('p');
    await tick();
    stdin.write('r');
    await tick();
    stdin.write('\r');
    await tick();
    expect([calls.progress.mock.calls.length, calls.retry.mock.calls.length, calls.home.mock.calls.length]).toEqual([1, 1, 1]);
  });
});

describe('ProgressScreen', () => {
  const history = [
    attempt(1, 'irate-double-charge', { empathy: 40, positivity: 60, followThrough: 20 }),
    attempt(2, 'irate-double-charge', { empathy: 60, positivity: 70, followThrough: 30 }),
    attempt(3, 'ethics-cheaper', { empathy: 80, positivity: 75, followThrough: 35 }, 'abandoned'),
    attempt(4, 'ethics-cheaper', { empathy: 90, positivity: 80, followThrough: 45 }),
  ];
  it('charts each skill, names the weakest and suggests a scenario for it', async () => {
    const onPractise = vi.fn();
    const { lastFrame, stdin } = render(
      <ProgressScreen trainee="Sam" attempts={history} scenarios={entries} grade={grade} onPractise={onPractise} onHome={() => {}} onQuit={() => {}} />,
    );
    const frame = plain(lastFrame());
    expect(frame).toContain('4 sessions, 3 finished');
    expect(frame).toMatch(/Empathy\s+100┤.*latest 90/);
    expect(frame).toMatch(/mean 32/); // follow-through mean of 20, 30, 45
    expect(frame).toMatch(/▲25 since first/);
    expect(frame).toMatch(/Weakest skill: Follow-through \(mean 32 over your last 3 finished sessions; a neutral reply scores\s+30\)/);
    expect(frame).toContain('Practise next: A small shop asks about the premium plan');
    expect(frame).toContain('It weighs follow-through 40%; you have not finished it yet.');
    await tick();
    stdin.write('\r');
    await tick();
    expect(onPractise).toHaveBeenCalledWith('pre-sales-budget');
  });
  it('says "one finished session", not "last 1 finished sessions"', () => {
    const { lastFrame } = render(
      <ProgressScreen trainee="Sam" attempts={history.slice(0, 1)} scenarios={entries} grade={grade} onPractise={() => {}} onHome={() => {}} onQuit={() => {}} />,
    );
    const frame = plain(lastFrame());
    expect(frame).toContain('← older    one finished session    newer →');
    expect(frame).toContain('over your one finished session;');
    expect(frame).not.toContain('1 finished sessions');
  });
  it('in a 60×16 window keeps the title and keys, scrolls the charts and advice, and keeps the axis legend on one line', async () => {
    const { lastFrame, stdin, stdout } = render(
      <ProgressScreen trainee="Sam" attempts={history} scenarios={entries} grade={grade} onPractise={() => {}} onHome={() => {}} onQuit={() => {}} />,
    );
    resize(stdout, 60, 16);
    await waitFor(() => expect(plain(lastFrame())).toMatch(/↓ \d+ more below \(↑↓ to scroll\)/));
    let lines = plain(lastFrame()).split('\n');
    expect(lines.length).toBeLessThanOrEqual(15);
    expect(lines[0]).toMatch(/^ Progress · Sam/);
    expect(lines.at(-1)).toBe(' Enter practise it · Esc home · q quit');
    for (let i = 0; i < 20; i++) stdin.write(`${ESC}[B`);
    await waitFor(() => expect(plain(lastFrame())).toMatch(/↑ \d+ more above \(↑↓ to scroll\)/));
    lines = plain(lastFrame()).split('\n');
    expect(lines[0]).toMatch(/^ Progress · Sam/);
    expect(lines.some((l) => /← older {4}last 3 finished sessions {4}newer →$/.test(l))).toBe(true);
    // A wrapped line of advice stays indented under its first line.
    const advice = lines.findIndex((l) => l.startsWith('   It weighs'));
    expect(advice).toBeGreaterThan(0);
    expect(lines[advice + 1]).toMatch(/^ {3}\S/);
  });
  it('explains an empty log', () => {
    const frame = plain(render(<ProgressScreen trainee={null} attempts={[]} scenarios={entries} grade={grade} onPractise={() => {}} onHome={() => {}} onQuit={() => {}} />).lastFrame());
    expect(frame).toContain('No finished conversations yet');
    expect(frame).not.toContain('Weakest skill');
  });
});
