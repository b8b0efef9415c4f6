/**
 * `rapport score`: the analysis on its own.
 *
 * `--json` is a machine contract (DESIGN.md): JSON Lines in, exactly one JSON
 * line out per input line, same order, streamed (a line is answered before
 * the next is read, so it works in a pipeline and on endless input). A bad
 * line gets `{"error": "..."}` and the rest go on.
 */
import { createInterface } from 'node:readline';
import { inert } from '../core/sanitize.js';
import { SKILL_LABELS, SKILLS, type Analysis } from '../core/types.js';
import type { CommandRun } from './command-spec.js';
import { UsageError } from './errors.js';
import { write, type CliIo } from './io.js';
import { analyze } from '../core/analyze.js';

/** The JSON Lines output for one good input line. */
export interface ScoreOutput {
  scores: Analysis['scores'];
  intents: Analysis['intents'];
  evidence: Analysis['evidence'];
  tips: Analysis['tips'];
  /** The promises found: who, what, when, channel and whether specific (what a scenario's `specific: true` tests). */
  commitments: Analysis['commitments'];
}

/** Score one input line of the JSON Lines contract; never throws. */
export function scoreLine(line: string): ScoreOutput | { error: string } {
  if (line.trim() === '') return { error: 'empty line: expected {"reply": "...", "customer": "..."}' };
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { error: 'expected a JSON object such as {"reply": "...", "customer": "..."}' };
  }
  const { reply, customer } = input as { reply?: unknown; customer?: unknown };
  if (typeof reply !== 'string') return { error: `"reply" must be a string (got ${reply === undefined ? 'nothing' : typeof reply})` };
  if (customer !== undefined && customer !== null && typeof customer !== 'string') {
    return { error: `"customer" must be a string when given (got ${typeof customer})` };
  }
  try {
    const analysis = analyze(reply, typeof customer === 'string' ? { customer } : {});
    return { scores: analysis.scores, intents: analysis.intents, evidence: analysis.evidence, tips: analysis.tips, commitments: analysis.commitments };
  } catch (error) {
    // A bug in the analysis must not stop the stream; the message says where to look.
    return { error: `internal error while scoring this line: ${(error as Error).message}` };
  }
}

async function* lines(io: CliIo): AsyncGenerator<string> {
  const reader = createInterface({ input: io.stdin, crlfDelay: Infinity, terminal: false });
  for await (const line of reader) yield line;
}

async function scoreJsonLines(io: CliIo): Promise<number> {
  for await (const line of lines(io)) {
    await write(io.stdout, `${JSON.stringify(scoreLine(line))}\n`);
  }
  return 0;
}

/** Human-readable explanation of one reply. */
export function explain(reply: string, analysis: Analysis): string {
  const out = [`“${inert(reply, { multiline: false })}”`];
  for (const skill of SKILLS) out.push(`  ${SKILL_LABELS[skill].padEnd(18)} ${String(Math.round(analysis.scores[skill])).padStart(3)}`);
  if (analysis.intents.length) out.push(`  Intents: ${analysis.intents.join(', ')}`);
  for (const evidence of analysis.evidence) {
    const sign = evidence.points > 0 ? '+' : '';
    const effect = evidence.skill ? `${sign}${evidence.points} ${SKILL_LABELS[evidence.skill]}` : (evidence.intent ?? '');
    // Evidence at a point (where a long reply was cut) has no words to quote.
    const quoted = evidence.text ? `“${inert(evidence.text, { multiline: false })}” ${effect}` : `(at character ${evidence.start})`;
    out.push(`  ${quoted} — ${inert(evidence.note, { multiline: false })}`);
  }
  // What a scenario's `specific: true` tests, so a trainer can see why a branch did or did not fire.
  for (const c of analysis.commitments) {
    const parts = [`who: ${c.who ?? 'nobody named'}`, `when: ${c.when ?? '—'}`, `how: ${c.channel ?? '—'}`].map((p) => inert(p, { multiline: false }));
    out.push(`  Promise “${inert(c.text, { multiline: false })}” — ${c.specific ? 'specific' : 'not specific'} (${parts.join(', ')})`);
  }
  for (const tip of analysis.tips) {
    out.push(`  Tip: ${inert(tip.message, { multiline: false })}`, `       Try: “${inert(tip.rewrite, { multiline: false })}”`);
  }
  return out.join('\n') + '\n\n';
}

export const run: CommandRun = async (args, io) => {
  if (args.values.json) {
    if (args.positionals.length) throw new UsageError('`rapport score --json` reads JSON Lines on stdin; it takes no reply arguments.', 'Example: echo \'{"reply": "Happy to help!"}\' | rapport score --json');
    return scoreJsonLines(io);
  }
  if (args.positionals.length) {
    for (const reply of args.positionals) await write(io.stdout, explain(reply, analyze(reply)));
    return 0;
  }
  if ((io.stdin as NodeJS.ReadStream).isTTY) {
    throw new UsageError('Give a reply to score, e.g. `rapport score "I\'ll call you by 5 pm today."`', 'Or pipe replies in, one per line; add --json for JSON Lines.');
  }
  for await (const line of lines(io)) {
    if (line.trim()) await write(io.stdout, explain(line, analyze(line)));
  }
  return 0;
};
