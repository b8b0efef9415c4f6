/**
 * `rapport play <id>` without --script when stdin is not a terminal: the
 * conversation runs line by line instead of failing on raw mode.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_LINE, tempHome } from './run-cli.js';

const REPLIES = [
  "I'm so sorry you were charged twice and never got the call you were promised.",
  'I will refund the duplicate 89.99 myself today and email you the confirmation by 5 pm.',
  'Evil \u001b[31mred\u001b[0m text',
];

describe('line-by-line play (stdin not a terminal)', () => {
  it('coach mode: prints the opening, each reply with feedback and the answer, and saves the session', async () => {
    const home = tempHome();
    const result = await runCli(['play', 'irate-double-charge', '--seed', '3'], { home, input: REPLIES.join('\n') + '\n' });
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain('Charged twice, and nobody called back — coach mode');
    expect(out).toContain('each line you send is one reply');
    expect(out).toMatch(/^Dana Whitfield: .+/m);
    expect(out).toContain(`You: ${REPLIES[0]}`);
    expect(out).toMatch(/^ {3}Empathy \d+ · Positive language \d+ · Follow-through \d+$/m);
    // Escapes in a reply come out inert.
    expect(out).not.toContain('\u001b[31m');
    expect(out).toContain('Evil ␛[31mred␛[0m text');
    expect(out).toMatch(/^Ending: \S+/m);
    expect(out).toMatch(/^Score: \d+\/100 \(grade [A-F]\)/m);
    const transcript = /^Transcript: (.+\.md)$/m.exec(out)?.[1];
    expect(transcript).toBeDefined();
    expect(readFileSync(transcript!, 'utf8')).toContain('refund the duplicate 89.99 myself');
    const progress = JSON.parse(readFileSync(path.join(home, 'progress.json'), 'utf8')) as { sessions: { mode: string; turnCount: number }[] };
    expect(progress.sessions).toHaveLength(1);
    expect(progress.sessions[0]).toMatchObject({ mode: 'coach', turnCount: 3 });
  });

  it('coach mode: a reply in another language is said not to read as English, with no tip', async () => {
    const result = await runCli(['play', 'irate-double-charge', '--seed', '3'], { home: tempHome(), input: 'Lo siento mucho, le llamaré mañana a las diez.\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {3}! The reply reads as Spanish, not English: /m);
    expect(result.stdout).not.toContain('Tip (');
  });

  it('exam mode: no feedback until the end', async () => {
    const home = tempHome();
    const result = await runCli(['play', 'irate-double-charge', '--mode', 'exam', '--seed', '3'], { home, input: REPLIES.slice(0, 2).join('\r\n') + '\r\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('— exam mode');
    expect(result.stdout).toContain(`You: ${REPLIES[1]}`);
    expect(result.stdout).not.toMatch(/^ {3}Empathy/m);
    expect(result.stdout).not.toContain('Tip (');
    expect(result.stdout).toMatch(/^Score: .*Empathy \d+/m);
  });

  it('no replies: nothing is saved', async () => {
    const home = tempHome();
    const result = await runCli(['play', 'irate-double-charge'], { home, input: '' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No replies were sent, so nothing was saved.');
    expect(readdirSync(home)).not.toContain('progress.json');
  });

  it('`rapport` with no arguments and no terminal prints the help', async () => {
    const result = await runCli([], { home: tempHome(), input: '' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('open the app (in a terminal)');
    expect(result.stdout).toContain('play ');
  });
});
