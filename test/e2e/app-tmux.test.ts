/**
 * The built binary in a real terminal (tmux, 110×34), driven as a trainee
 * would: play an irate-customer scenario, type a reply, read the answer and
 * the feedback, press Ctrl-C, and find the abandoned transcript on disk.
 * Skipped, with the reason in its name, only when tmux is not installed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasTmux, TmuxPane } from './tmux.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TMUX = hasTmux();
const SOCKET = `rapport-e2e-${process.pid}`;
const REPLY = "I'm so sorry you were charged twice and never got that call. I will refund the second payment today and email you the confirmation by 5 pm.";

if (!TMUX) console.warn('SKIPPED: the tmux end-to-end tests need tmux (apt-get install tmux; .ci/run installs it).');

describe.skipIf(!TMUX)(TMUX ? 'the terminal app in tmux' : 'the terminal app in tmux — SKIPPED: tmux is not installed', () => {
  let home: string;
  let pane: TmuxPane;
  let n = 0;
  beforeEach(() => {
    home = mkdtempSync(path.join(tmpdir(), 'rapport-e2e-'));
    pane = new TmuxPane({ socket: SOCKET, name: `e2e-${n++}`, width: 110, height: 34, env: { RAPPORT_HOME: home, TERM: 'xterm-256color' }, cwd: ROOT });
  });
  afterEach(async () => {
    // The app saves an unfinished conversation when its terminal goes: let it finish before the home goes.
    await pane.stop();
    rmSync(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  });

  it('play: opening line, a reply with answer and feedback, Ctrl-C saves the abandoned transcript', async () => {
    pane.start(['node', 'bin/rapport.js', 'play', 'irate-double-charge']);
    await pane.waitFor((s) => s.includes('Goals') && s.includes('Dana Whitfield'), 20_000, 'the briefing');
    pane.press('Enter');
    const opening = await pane.waitFor((s) => s.includes('Dana Whitfield:') && s.includes('Turn 0/10'), 20_000, 'the opening line');
    expect(opening).toMatch(/Dana Whitfield: .*(twice|charged)/);
    await new Promise((r) => setTimeout(r, 200));
    pane.type(REPLY);
    pane.press('Enter');
    const after = await pane.waitFor((s) => s.includes('Feedback on your reply'), 20_000, 'the coaching feedback');
    expect(after).toContain('You: I');
    expect(after).toContain('Turn 1/10');
    for (const skill of ['Empathy', 'Positive language', 'Follow-through']) expect(after).toContain(skill);
    // The customer answered: a Dana line after the reply.
    const afterReply = after.slice(after.indexOf('You: I'));
    expect(afterReply).toContain('Dana Whitfield:');

    pane.press('C-c');
    const final = await pane.waitFor(() => pane.exited(), 20_000, 'the app to exit');
    expect(pane.exitStatus()).toBe(0);
    expect(final).not.toMatch(/Error| {4}at /);
    // The terminal is left saying what was saved, not the in-progress frame drawn while saving.
    expect(final).toMatch(/Conversation saved as abandoned: .*transcripts/);
    expect(final).not.toContain('Saving and closing');

    const transcripts = readdirSync(path.join(home, 'transcripts'));
    const json = transcripts.find((f) => f.endsWith('.json'));
    expect(json).toBeDefined();
    expect(transcripts).toContain(json!.replace(/\.json$/, '.md'));
    const saved = readFileSync(path.join(home, 'transcripts', json!), 'utf8');
    expect(saved).toContain('abandoned');
    expect(saved).toContain('refund the second payment today');
    const progress = JSON.parse(readFileSync(path.join(home, 'progress.json'), 'utf8')) as { sessions: { ending: string; mode: string }[] };
    expect(progress.sessions).toHaveLength(1);
    expect(progress.sessions[0]).toMatchObject({ ending: 'abandoned', mode: 'coach' });
  }, 120_000);

  it('closing the terminal mid-conversation keeps the conversation, as abandoned (the app does not crash on the lost terminal)', async () => {
    pane.start(['node', 'bin/rapport.js', 'play', 'irate-double-charge']);
    await pane.waitFor((s) => s.includes('Goals'), 20_000, 'the briefing');
    pane.press('Enter');
    await pane.waitFor((s) => s.includes('Turn 0/10'), 20_000, 'the opening line');
    await new Promise((r) => setTimeout(r, 200));
    pane.type(REPLY);
    pane.press('Enter');
    await pane.waitFor((s) => s.includes('Feedback on your reply'), 20_000, 'the coaching feedback');
    pane.hangUp();
    const progressFile = path.join(home, 'progress.json');
    const start = Date.now();
    let sessions: { ending: string }[] = [];
    while (Date.now() - start < 20_000 && sessions.length === 0) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        sessions = (JSON.parse(readFileSync(progressFile, 'utf8')) as { sessions: { ending: string }[] }).sessions;
      } catch {
        // Not written yet.
      }
    }
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.ending).toBe('abandoned');
    const md = readdirSync(path.join(home, 'transcripts')).find((f) => f.endsWith('.md'));
    expect(readFileSync(path.join(home, 'transcripts', md!), 'utf8')).toContain('refund the second payment today');
  }, 120_000);

  it('keys typed at launch, before the first frame is drawn, reach the first screen: ↓ Enter opens the second scenario', async () => {
    writeFileSync(path.join(home, 'config.json'), JSON.stringify({ trainee: 'Robin' }));
    pane.start(['node', 'bin/rapport.js']);
    // Straight away, as a trainee who starts typing while the app loads (no waiting for a frame, no retry).
    pane.press('Down');
    pane.press('Enter');
    const briefing = await pane.waitFor((s) => s.includes('Goals'), 20_000, 'the briefing of the second scenario');
    expect(briefing).toContain('Locked out forty minutes before payroll');
    expect(briefing).toContain('(•) Coach');
  }, 120_000);

  it('Enter and a reply typed at once at the briefing: the conversation starts and the reply is sent, nothing lost while it starts', async () => {
    pane.start(['node', 'bin/rapport.js', 'play', 'irate-double-charge']);
    await pane.waitFor((s) => s.includes('Goals') && s.includes('Enter start'), 20_000, 'the briefing');
    // Enter starts the conversation; the reply and its Enter are typed while it is starting ("e" would pick exam
    // mode and "b" go back on the briefing: they must be typing in the reply box instead).
    pane.press('Enter');
    pane.type(REPLY);
    pane.press('Enter');
    const after = await pane.waitFor((s) => s.includes('Feedback on your reply'), 30_000, 'the reply sent and its feedback');
    expect(after).toContain('You: I');
    expect(after).toContain('Turn 1/10');
    expect(after).toContain('COACH');
  }, 120_000);

  it('home → briefing → conversation → debrief → progress with the keyboard alone', async () => {
    writeFileSync(path.join(home, 'config.json'), JSON.stringify({ trainee: 'Robin' }));
    pane.start(['node', 'bin/rapport.js']);
    await pane.waitFor((s) => s.includes('Hello, Robin'), 20_000, 'the home screen');
    // Pick the irate-customer scenario by moving down to it.
    let screen = pane.screen();
    // One step at a time, waiting for the cursor to move, so a loaded machine cannot drop a key press.
    for (let i = 0; i < 20 && !/› Charged twice/.test(screen); i++) {
      const before = screen;
      pane.press('Down');
      screen = await pane.waitFor((s) => s !== before, 5_000, 'the cursor to move');
    }
    expect(screen).toMatch(/› Charged twice/);
    pane.press('Enter');
    await pane.waitFor((s) => s.includes('(•) Coach'), 20_000, 'the briefing');
    pane.press('Right');
    await pane.waitFor((s) => s.includes('(•) Exam'), 5_000, 'exam mode selected');
    pane.press('Enter');
    await pane.waitFor((s) => s.includes('EXAM') && s.includes('Turn 0/10'), 20_000, 'the conversation');
    const replies = [
      "I'm really sorry about the double charge and the missed callback, that is frustrating.",
      'I will refund the duplicate 89.99 myself today and email you the confirmation by 5 pm.',
      'To recap: refund today, email by 5 pm. Is there anything else I can help with?',
      'Thank you for your patience, Dana. Have a good evening.',
      'You are welcome. Goodbye.',
      'Take care.',
      'Thanks again.',
      'Bye for now.',
      'All the best.',
      'Goodbye.',
    ];
    for (const [i, reply] of replies.entries()) {
      if (i === 0) {
        // The first reply is pasted with its line break, in one chunk: that sends it.
        pane.paste(`${reply}\n`);
      } else {
        pane.type(reply);
        pane.press('Enter');
      }
      // One reply at a time: wait for the turn counter (or the ending) before the next.
      const screen = await pane.waitFor((s) => s.includes(`Turn ${i + 1}/10`) || s.includes('Press Enter for your debrief'), 20_000, `reply ${i + 1}`);
      if (i === 0) expect(screen).toContain("You: I'm really sorry about the double charge");
      if (screen.includes('Press Enter for your debrief')) break;
    }
    const ended = await pane.waitFor((s) => s.includes('Press Enter for your debrief') || s.includes('Transcript:'), 20_000, 'the ending');
    expect(ended).not.toContain('Feedback on your reply'); // exam mode: no feedback during the chat
    if (!ended.includes('Transcript:')) pane.press('Enter');
    const debrief = await pane.waitFor((s) => s.includes('Transcript:'), 20_000, 'the debrief');
    expect(debrief).toMatch(/Score \d+\/100 {2}grade [A-F]/);
    expect(debrief).toContain('First attempt at this scenario');
    pane.press('p');
    const progress = await pane.waitFor((s) => s.includes('Weakest skill'), 20_000, 'the progress screen');
    expect(progress).toContain('1 session, 1 finished');
    expect(progress).toContain('Practise next:');
    pane.press('Escape');
    await pane.waitFor((s) => s.includes('Hello, Robin') && /best \d+/.test(s), 20_000, 'home with a best score');
    pane.press('q');
    await pane.waitFor(() => pane.exited(), 20_000, 'the app to exit');
    expect(pane.exitStatus()).toBe(0);
  }, 120_000);

  it('a corrupt progress log is reported after the app exits, never drawn over the screen', async () => {
    writeFileSync(path.join(home, 'config.json'), JSON.stringify({ trainee: 'Robin' }));
    writeFileSync(path.join(home, 'progress.json'), '{"version":1,"sessions":[{"id"');
    pane.start(['sh', '-c', 'node bin/rapport.js; echo "EXIT=$?"; sleep 30']);
    const homeScreen = await pane.waitFor((s) => s.includes('Hello, Robin'), 20_000, 'the home screen');
    expect(homeScreen).not.toContain('warning');
    pane.press('q');
    const after = await pane.waitFor((s) => s.includes('EXIT='), 20_000, 'the app to exit');
    expect(after).toContain('EXIT=0');
    expect(after).toMatch(/rapport: warning: .*progress\.json/);
    expect(readdirSync(home).some((f) => f.startsWith('progress.json.corrupt'))).toBe(true);
  }, 120_000);
  it('at 80×24 a chat taller than the screen shows the conversation\'s tail, nothing drawn over; a pasted line break is a space', async () => {
    const small = new TmuxPane({ socket: SOCKET, name: `e2e-small-${n++}`, width: 80, height: 24, env: { RAPPORT_HOME: home, TERM: 'xterm-256color' }, cwd: ROOT });
    try {
      small.start(['node', 'bin/rapport.js', 'play', 'irate-double-charge']);
      await small.waitFor((s) => s.includes('Goals'), 20_000, 'the briefing');
      await new Promise((r) => setTimeout(r, 300));
      // Coach mode: the feedback panel leaves the chat about nine lines, so it overflows by the second reply.
      small.press('Enter');
      await small.waitFor((s) => s.includes('COACH') && s.includes('Turn 0/10'), 20_000, 'the opening line');
      await new Promise((r) => setTimeout(r, 200));
      const url = 'https://billing.example.com/refunds/status?account=123456789&ref=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
      const replies = [
        "I'm so sorry about the double charge\nand the missed call, Dana.",
        `I will refund the duplicate today; you can follow it at ${url}`,
        'I will email you the confirmation by 5 pm today. Anything else I can help with?',
        'Thank you for your patience, Dana.',
      ];
      let screen = small.screen();
      for (const [i, reply] of replies.entries()) {
        if (/conversation has ended/.test(screen)) break;
        small.paste(reply);
        small.press('Enter');
        screen = await small.waitFor((s) => s.includes(`Turn ${i + 1}/10`) || /conversation has ended/.test(s), 20_000, `reply ${i + 1} answered`);
        await new Promise((r) => setTimeout(r, 300));
        screen = small.screen();
      }
      small.press('C-c');
      await small.waitFor(() => small.exited(), 20_000, 'the app to exit');

      const dir = path.join(home, 'transcripts');
      const json = readdirSync(dir).find((f) => f.endsWith('.json'))!;
      const saved = JSON.parse(readFileSync(path.join(dir, json), 'utf8')) as { result: { opening: string[]; turns: { reply: string; customer: string[] }[] } };
      const { opening, turns } = saved.result;
      // The terminal sent the pasted line break as a CR: the words either side stay apart.
      expect(turns[0]!.reply).toContain('double charge and the missed call');
      // The chat is what lies between the rule under the header and the feedback (or the box) below it.
      const lines = screen.split('\n');
      const top = lines.findIndex((l) => l.startsWith('───'));
      const bottom = lines.findIndex((l, i) => i > top && (l.startsWith('── Feedback') || l.startsWith('╭')));
      expect(bottom - top).toBeGreaterThan(3);
      // What is on screen must be the tail of the whole conversation, nothing skipped or drawn over
      // (compared without whitespace: the wrap breaks lines, and a URL mid-word).
      const said = (who: string, text: string) => `${who}: ${text}`;
      const whole = [...opening.map((t) => said('Dana Whitfield', t)), ...turns.flatMap((t) => [said('You', t.reply), ...t.customer.map((c) => said('Dana Whitfield', c))])];
      const squash = (text: string) => text.replace(/\s+/g, '');
      const shown = squash(lines.slice(top + 1, bottom).join(''));
      expect(squash(whole.join('')).endsWith(shown)).toBe(true);
      // And the chat did overflow: the opening line has scrolled off the top.
      expect(shown.length).toBeLessThan(squash(whole.join('')).length);
    } finally {
      small.kill();
    }
  }, 120_000);
});
