/**
 * Reference transcripts: an exemplary and a poor conversation per scenario,
 * kept in `transcripts/<id>.<kind>.txt`. The file is a play script (one
 * trainee reply per line, `/wait N` for silence) whose `#` comment lines
 * carry the expected outcome and the customer's side, so it is replayable
 * with `rapport play --script` and readable as a conversation.
 *
 *   # scenario: premier-sync-outage
 *   # kind: exemplary
 *   # seed: 1
 *   # expect-ending: resolved
 *   # expect-score: 55-100
 */
import { createSession, parseScript } from '../session.js';
import type { Analyzer } from '../session-types.js';
import type { Scenario } from './schema.js';

/** What a reference transcript's header says and its replies. */
export interface ReferenceTranscript {
  scenario: string;
  kind: string;
  seed: number;
  ending: string;
  score: { min: number; max: number };
  /** Script lines (replies and `/wait N`), comments removed. */
  lines: string[];
}

/** Read a transcript file's header and script lines; throws a message naming the missing field. */
export function parseReferenceTranscript(text: string): ReferenceTranscript {
  const header = new Map<string, string>();
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const field = /^#\s*([a-z-]+):\s*(.+)$/.exec(line);
    if (field && !line.startsWith('#   ')) header.set(field[1]!, field[2]!.trim());
    if (line !== '' && !line.startsWith('#')) lines.push(line);
  }
  const need = (key: string) => {
    const value = header.get(key);
    if (value === undefined) throw new Error(`missing "# ${key}: …" header line`);
    return value;
  };
  const band = /^(\d+)\s*-\s*(\d+)$/.exec(need('expect-score'));
  if (!band) throw new Error('"# expect-score:" must look like 55-100');
  return { scenario: need('scenario'), kind: need('kind'), seed: Number(header.get('seed') ?? '1'), ending: need('expect-ending'), score: { min: Number(band[1]), max: Number(band[2]) }, lines };
}

/** Write a transcript file: header, then each reply followed by the customer's side as comments. */
export function renderReferenceTranscript(scenario: Scenario, t: ReferenceTranscript, analyze: Analyzer): string {
  const session = createSession(scenario, { seed: t.seed, analyze });
  const out = [
    `# Reference transcript (${t.kind}) for "${scenario.title}".`,
    `# Replay it: rapport play ${scenario.id} --script transcripts/${scenario.id}.${t.kind}.txt --seed ${t.seed}`,
    `# Lines starting with "#" are comments: the customer's side and what happened.`,
    `# scenario: ${t.scenario}`,
    `# kind: ${t.kind}`,
    `# seed: ${t.seed}`,
    `# expect-ending: ${t.ending}`,
    `# expect-score: ${t.score.min}-${t.score.max}`,
    '#',
    ...session.opening.map((line) => `#   ${scenario.persona.name}: ${line}`),
  ];
  for (const step of parseScript(t.lines)) {
    if (session.done) break;
    if (step.kind === 'wait') {
      out.push(`/wait ${step.seconds}`);
      for (const line of session.wait(step.seconds)) out.push(`#   ${scenario.persona.name} (impatient): ${line}`);
      continue;
    }
    out.push(step.text);
    const turn = session.reply(step.text);
    out.push(`#   [${turn.analysis.intents.join(', ') || 'no intents'}; mood ${turn.mood - turn.moodDelta} → ${turn.mood}; ${turn.stateBefore} → ${turn.state}]`);
    for (const line of turn.customer) out.push(`#   ${scenario.persona.name}: ${line}`);
  }
  const result = session.result();
  out.push('#', `# Ending: ${result.ending}. Score ${result.score} (empathy ${result.scores.empathy}, positivity ${result.scores.positivity}, follow-through ${result.scores.followThrough}).`);
  if (result.endingSummary) out.push(`# ${result.endingSummary}`);
  return `${out.join('\n')}\n`;
}
