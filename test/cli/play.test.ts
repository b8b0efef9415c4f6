import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, ROOT, runCli, STACK_LINE, tempHome } from './run-cli.js';

interface PlayJson {
  sessionId: string;
  scenario: string;
  scenarioVersion: string;
  seed: number;
  ending: string;
  score: number;
  scores: Record<string, number>;
  turns: { index: number; reply: string; customer: string[]; analysis: { scores: Record<string, number>; intents: string[] } }[];
  opening: string[];
  transcripts: { markdown: string; json: string };
}

const REPLIES = ["I'm so sorry your parcel is late, that must be stressful.", 'I will send a replacement by courier today and email you the tracking number.'];

function script(home: string, lines: string[], name = 'script.txt'): string {
  const file = path.join(home, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

async function playJson(home: string, file: string, seed = '7'): Promise<PlayJson> {
  const result = await runCli(['play', 'parcel-late', '--script', file, '--json', '--seed', seed], { home });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as PlayJson;
}

describe('rapport play --json', () => {
  it('prints one JSON object with the ending, scores and every turn', async () => {
    const home = tempHome({ scenarios: true });
    const output = await playJson(home, script(home, REPLIES));
    expect(output.scenario).toBe('parcel-late');
    expect(output.seed).toBe(7);
    expect(typeof output.ending).toBe('string');
    expect(output.ending.length).toBeGreaterThan(0);
    expect(output.score).toBeGreaterThanOrEqual(0);
    expect(output.score).toBeLessThanOrEqual(100);
    expect(Object.keys(output.scores).sort()).toEqual(['empathy', 'followThrough', 'positivity']);
    expect(output.turns.length).toBeGreaterThan(0);
    output.turns.forEach((turn, i) => {
      expect(turn.index).toBe(i + 1);
      expect(turn.reply).toBe(REPLIES[i]);
      expect(Array.isArray(turn.customer)).toBe(true);
      expect(Object.keys(turn.analysis.scores).sort()).toEqual(['empathy', 'followThrough', 'positivity']);
    });
    expect(output.opening.length).toBeGreaterThan(0);
    expect(output.sessionId).toMatch(/^\d{8}-\d{6}-\d{3}-[0-9a-z]{8}$/);
  });

  it('records the session in the progress log and writes both transcripts', async () => {
    const home = tempHome({ scenarios: true });
    const output = await playJson(home, script(home, REPLIES));
    expect(output.transcripts.markdown).toBe(path.join(home, 'transcripts', `${output.sessionId}.md`));
    expect(existsSync(output.transcripts.markdown)).toBe(true);
    const transcript = JSON.parse(readFileSync(output.transcripts.json, 'utf8')) as { session: { id: string }; result: { turns: unknown[] } };
    expect(transcript.session.id).toBe(output.sessionId);
    expect(transcript.result.turns).toHaveLength(output.turns.length);
    expect(readFileSync(output.transcripts.markdown, 'utf8')).toContain(REPLIES[0]);

    const progress = await runCli(['progress', '--json'], { home });
    const { sessions } = JSON.parse(progress.stdout) as { sessions: { id: string; scenario: string; ending: string; score: number; scores: unknown; startedAt: string; mode: string }[] };
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ id: output.sessionId, scenario: 'parcel-late', ending: output.ending, score: output.score, scores: output.scores, mode: 'script' });
    expect(Date.parse(sessions[0]!.startedAt)).not.toBeNaN();
  });

  it('replays exactly with the same seed and script', async () => {
    const home = tempHome({ scenarios: true });
    const file = script(home, REPLIES);
    const [a, b] = [await playJson(home, file, '42'), await playJson(home, file, '42')];
    expect(b.turns).toEqual(a.turns);
    expect([b.ending, b.score, b.opening]).toEqual([a.ending, a.score, a.opening]);
    expect(b.sessionId).not.toBe(a.sessionId);
  });

  it('accepts a path to a scenario file and a script on stdin', async () => {
    const home = tempHome();
    const result = await runCli(['play', path.join(FIXTURES, 'parcel-late.yaml'), '--script', '-', '--json', '--seed', '1'], { home, input: REPLIES.join('\r\n') });
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as PlayJson;
    expect(output.turns[0]!.reply).toBe(REPLIES[0]); // \r stripped
  });
});

describe('rapport play (text)', () => {
  it('prints the conversation and where the transcript went', async () => {
    const home = tempHome({ scenarios: true });
    const result = await runCli(['play', 'parcel-late', '--script', script(home, REPLIES), '--seed', '3'], { home });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`You: ${REPLIES[0]}`);
    expect(result.stdout).toMatch(/^Sam: /m);
    expect(result.stdout).toMatch(/^Ending: \S+/m);
    expect(result.stdout).toMatch(/^Score: \d+\/100 \(grade [A-F]\) — Empathy \d+ · Positive language \d+ · Follow-through \d+$/m);
    expect(result.stdout).toContain(`Transcript: ${path.join(home, 'transcripts')}`);
    expect(result.stdout).toContain('Seed 3');
  });

  it('shows silences (/wait in the script) and what the customer said during them', async () => {
    const home = tempHome();
    const file = script(home, ['# comments and blank lines are skipped', '', '/wait 50', 'I am so sorry for the wait.']);
    const result = await runCli(['play', 'irate-double-charge', '--script', file, '--seed', '1'], { home });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\(50 s of silence\)\n\S[^:]*: \S/m);
    expect(result.stdout).toContain('You: I am so sorry for the wait.');
    expect(result.stdout).not.toContain('comments and blank lines');
  });

  it('says how many replies were left when the conversation ended first (waits and comments are not counted), in text and --json', async () => {
    const home = tempHome({ scenarios: true });
    const extra = ['Anything else?', '/wait 10', '# done', 'Bye now.', 'Thanks.'];
    const file = script(home, [...REPLIES, ...extra]);
    const json = await playJson(home, file);
    const replies = REPLIES.length + 3;
    const unused = replies - json.turns.length;
    expect(json.ending).not.toBe('unfinished');
    expect(unused).toBeGreaterThanOrEqual(3);
    expect((json as PlayJson & { unusedReplies: number }).unusedReplies).toBe(unused);
    const text = await runCli(['play', 'parcel-late', '--script', file, '--seed', '7'], { home });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`\n(${unused} script lines were not used: the conversation ended first.)\n`);
    const exact = await runCli(['play', 'parcel-late', '--script', script(home, REPLIES.slice(0, json.turns.length), 'exact.txt'), '--seed', '7'], { home });
    expect(exact.stdout).not.toContain('not used');
  });

  it('shows escape sequences and control characters in replies inert', async () => {
    const home = tempHome({ scenarios: true });
    const evil = 'Sorry \x1b[31mRED\x1b[0m \x1b]0;pwned\x07 \x9b2J done';
    const result = await runCli(['play', 'parcel-late', '--script', script(home, [evil, REPLIES[1]!]), '--seed', '3'], { home });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(result.stdout).toContain('You: Sorry ␛[31mRED␛[0m ␛]0;pwned␇ \\u009b2J done');
    const markdown = readFileSync(path.join(home, 'transcripts', (await import('node:fs')).readdirSync(path.join(home, 'transcripts')).find((f) => f.endsWith('.md'))!), 'utf8');
    expect(markdown).not.toContain('\x1b');
  });

  it('shows escape sequences in scenario text inert', async () => {
    const home = tempHome();
    const yaml = readFileSync(path.join(FIXTURES, 'parcel-late.yaml'), 'utf8').replace('title: The parcel that never came', 'title: "Evil \\e[2J title"');
    const file = path.join(home, 'evil.yaml');
    writeFileSync(file, yaml);
    const result = await runCli(['play', file, '--script', script(home, REPLIES), '--seed', '3'], { home });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Evil ␛[2J title');
    expect(result.stdout).not.toContain('\x1b');
  });
});

describe('rapport play errors', () => {
  it('suggests a scenario id for a typo, without a stack trace', async () => {
    const home = tempHome({ scenarios: true });
    const result = await runCli(['play', 'parcel-lat', '--script', script(home, REPLIES)], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No scenario with id "parcel-lat"');
    expect(result.stderr).toContain('Did you mean "parcel-late"?');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('says when the script file is missing', async () => {
    const home = tempHome({ scenarios: true });
    const result = await runCli(['play', 'parcel-late', '--script', 'nope.txt'], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No script file at nope.txt');
  });

  it('rejects a bad --mode and a bad seed (exit 2)', async () => {
    const home = tempHome({ scenarios: true });
    const mode = await runCli(['play', 'parcel-late', '--mode', 'quiz'], { home });
    expect(mode.code).toBe(2);
    expect(mode.stderr).toContain('--mode must be coach or exam');
    const bad = await runCli(['play', 'parcel-late', '--script', script(home, REPLIES), '--seed', 'abc'], { home });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--seed must be a whole number');
  });

  it('refuses a line that looks like a command but is not /wait N, naming the line (it was sent to the customer as a reply)', async () => {
    const home = tempHome({ scenarios: true });
    const file = script(home, [REPLIES[0]!, '/wiat 30', REPLIES[1]!]);
    const result = await runCli(['play', 'parcel-late', '--script', file], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:2: "/wiat 30" is not a command (silence is written "/wait <seconds>": did you mean "/wait 30"?)`);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(path.join(home, 'progress.json'))).toBe(false);
  });

  it('names an invalid scenario file as given on the command line, in the lines rapport validate prints (it printed absolute paths)', async () => {
    const home = tempHome({ scenarios: true });
    const cwd = path.join(ROOT, 'test', 'fixtures');
    for (const given of ['bad-scenarios/misspelled-key.yaml', './bad-scenarios/unknown-target.yaml', '../fixtures/bad-scenarios/misspelled-key.yaml']) {
      const play = await runCli(['play', given, '--script', script(home, REPLIES)], { home, cwd });
      const validate = await runCli(['validate', given], { home, cwd });
      expect(play.code).toBe(1);
      const problems = validate.stdout.split('\n').filter((line) => line.startsWith(`${given}:`));
      expect(problems.length).toBeGreaterThan(0);
      for (const line of problems) expect(play.stderr).toContain(`  ${line}\n`);
      expect(play.stderr).toContain(`check with \`rapport validate ${given}\``);
      expect(play.stderr).not.toContain(cwd);
    }
  });

  it('refuses an empty script', async () => {
    const home = tempHome({ scenarios: true });
    const result = await runCli(['play', 'parcel-late', '--script', script(home, ['', '   '])], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('has no replies');
    expect(existsSync(path.join(home, 'progress.json'))).toBe(false);
  });
});
