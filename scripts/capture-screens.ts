/**
 * Writes docs/screens.md: real `tmux capture-pane` screens of the terminal
 * app (home → briefing → conversation → debrief → progress), driven with the
 * keyboard as a trainee would, in a fresh $RAPPORT_HOME. Two earlier sessions
 * are played headlessly first so the debrief and progress have history.
 *
 * Run: npm run build && npm run docs:screens
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasTmux, TmuxPane } from '../test/e2e/tmux.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WIDTH = 80;
const HEIGHT = 30;
if (!hasTmux()) {
  console.error('docs:screens needs tmux.');
  process.exit(1);
}

const home = mkdtempSync(path.join(tmpdir(), 'rapport-screens-'));
const env = { RAPPORT_HOME: home, TERM: 'xterm-256color', NO_COLOR: '1' };
writeFileSync(path.join(home, 'config.json'), JSON.stringify({ trainee: 'Robin' }));

/** Plays one of the repo's reference transcripts headlessly, as an earlier session. */
function headless(id: string, file: string): void {
  execFileSync(process.execPath, ['bin/rapport.js', 'play', id, '--script', path.join('transcripts', file), '--trainee', 'Robin'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
}

// Earlier sessions, so the debrief and progress have history: a poor go at the
// irate customer, then good pre-sales and ethics conversations.
headless('irate-double-charge', 'irate-double-charge.poor.txt');
headless('presales-budget-fit', 'presales-budget-fit.exemplary.txt');
headless('ethics-cheaper-elsewhere', 'ethics-cheaper-elsewhere.poor.txt');
headless('presales-budget-fit', 'presales-budget-fit.exemplary.txt');

const pane = new TmuxPane({ socket: `rapport-screens-${process.pid}`, name: 'screens', width: WIDTH, height: HEIGHT, env, cwd: ROOT });
const shots: [string, string][] = [];
const shot = (title: string, screen: string) => shots.push([title, screen.replace(/\s+$/, '')]);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

try {
  pane.start(['node', 'bin/rapport.js']);
  shot('Home: scenarios by category, difficulty and your best score', await pane.waitFor((s) => s.includes('Hello, Robin'), 20_000, 'home'));
  for (let i = 0; i < 20 && !/› Charged twice/.test(pane.screen()); i++) {
    pane.press('Down');
    await pause(150);
  }
  pane.press('Enter');
  shot('Briefing: the persona card, the goals and the mode', await pane.waitFor((s) => s.includes('(•) Coach'), 20_000, 'briefing'));
  pane.press('Enter');
  await pane.waitFor((s) => s.includes('Turn 0/'), 20_000, 'conversation');
  const replies = [
    "Dana, I'm really sorry you were charged twice and that nobody called you back as promised. That's frustrating, and I'll sort it out myself.",
    "I can see both payments of 89.99 on the 3rd. I'll refund the duplicate today and email you the confirmation with a reference number by 5 pm.",
    "Thank you for your patience. To recap: the refund goes back today and my email reaches you by 5 pm. Is there anything else I can help with?",
    'Thanks again, Dana. Have a good evening.',
  ];
  for (const [i, reply] of replies.entries()) {
    pane.type(reply);
    pane.press('Enter');
    const screen = await pane.waitFor((s) => s.includes(`Turn ${i + 1}/`) || s.includes('Press Enter for your debrief'), 20_000, `reply ${i + 1}`);
    if (i === 1) shot('Conversation in coach mode: the chat, the mood meter, the turn counter and feedback on the last reply', screen);
    if (screen.includes('Press Enter for your debrief')) break;
  }
  await pane.waitFor((s) => s.includes('Press Enter for your debrief'), 20_000, 'the ending');
  await pause(300);
  pane.press('Enter');
  shot('Debrief: ending, score and grade, skills against the last attempt, goals, the reply to redo', await pane.waitFor((s) => s.includes('Transcript:'), 20_000, 'debrief'));
  pane.press('p');
  shot('Progress: each skill over your sessions, the weakest one and what to practise next', await pane.waitFor((s) => s.includes('Weakest skill'), 20_000, 'progress'));
  pane.press('q');
  await pane.waitFor(() => pane.exited(), 20_000, 'exit');
} finally {
  pane.kill();
  rmSync(home, { recursive: true, force: true });
}

const body = shots.map(([title, screen]) => `### ${title}\n\n\`\`\`text\n${screen.replace(new RegExp(home.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), '~/.local/share/rapport')}\n\`\`\`\n`).join('\n');
writeFileSync(
  path.join(ROOT, 'docs', 'screens.md'),
  `# Rapport in the terminal\n\nReal screens of \`rapport\` at ${WIDTH}×${HEIGHT}, captured with \`tmux capture-pane\` while the app was driven with the keyboard alone (home → briefing → conversation → debrief → progress). Colours are off here (\`NO_COLOR=1\`), so the coaching panel marks the words that earned points as \`[+…]\` and those that cost points as \`[-…]\`; in a colour terminal they are green and red. Regenerate with \`npm run build && npm run docs:screens\`.\n\n${body}`,
);
console.log(`wrote docs/screens.md (${shots.length} screens)`);
