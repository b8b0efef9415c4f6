import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { BIN, runCli, tempHome } from './run-cli.js';

describe('rapport score --json', () => {
  const home = tempHome();

  it('answers each JSON line with exactly one line, in order, and keeps going after a bad one', async () => {
    const input = [
      JSON.stringify({ reply: "I'm sorry about the double charge.", customer: 'You charged me twice!' }),
      '{"reply": "broken',
      JSON.stringify({ reply: 42 }),
      '',
      '[1,2]',
      JSON.stringify({ reply: 'I will call you back by 5 pm today.' }),
      JSON.stringify({ reply: 'ok', customer: 5 }),
    ].join('\n');
    const result = await runCli(['score', '--json'], { home, input: `${input}\n` });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(7);
    for (const good of [lines[0]!, lines[5]!]) {
      expect(Object.keys(good).sort()).toEqual(['commitments', 'evidence', 'intents', 'scores', 'tips']);
      expect(Object.keys(good.scores as object).sort()).toEqual(['empathy', 'followThrough', 'positivity']);
    }
    expect(lines[1]!.error).toMatch(/not valid JSON/);
    expect(lines[2]!.error).toMatch(/"reply" must be a string/);
    expect(lines[3]!.error).toMatch(/empty line/);
    expect(lines[4]!.error).toMatch(/expected a JSON object/);
    expect(lines[6]!.error).toMatch(/"customer" must be a string/);
    expect(lines[0]!.intents).toContain('apology');
    // What a scenario's `specific: true` tests, so a trainer can debug a branch.
    expect(lines[5]!.commitments).toEqual([expect.objectContaining({ who: 'I', when: 'by 5 pm today', specific: true })]);
  });

  it('streams: the first answer arrives before stdin is closed', async () => {
    const child = spawn(process.execPath, [BIN, 'score', '--json'], { env: { ...process.env, RAPPORT_HOME: home }, stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    child.stdin.write(`${JSON.stringify({ reply: 'Thank you for waiting.' })}\n`);
    const first = await lines.next();
    expect(JSON.parse(first.value as string)).toHaveProperty('scores');
    child.stdin.write(`${JSON.stringify({ reply: 'Sorry!' })}\n`);
    const second = await lines.next();
    expect(JSON.parse(second.value as string)).toHaveProperty('scores');
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });

  it('explains replies in plain text without --json', async () => {
    const result = await runCli(['score', "I'm sorry, I will fix it today."], { home });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Empathy\s+\d+/);
    expect(result.stdout).toMatch(/Follow-through\s+\d+/);
  });
});

describe('rapport score explains promises', () => {
  it('says whether each promise is specific, with who, when and how', async () => {
    const result = await runCli(['score', "I'm on it now.", "I'll call you at 4 pm today."], { home: tempHome() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Promise “I\'m on it now” — not specific (who: I, when: now, how: —)');
    expect(result.stdout).toContain('Promise “I\'ll call you at 4 pm today” — specific (who: I, when: at 4 pm today, how: call you)');
  });
});
