/**
 * Render a played conversation as Markdown for people: the persona, every
 * exchange with the reply's scores and intents, the ending and the grade.
 * Pure: the caller decides where the text goes.
 */
import { gradeLetter } from './grade.js';
import type { Scenario } from './scenario/schema.js';
import type { SessionResult } from './session-types.js';
import { TIMED_OUT_REPLY } from './session-types.js';
import { SKILL_LABELS, SKILLS } from './types.js';

// Replies are user text: keep them from becoming Markdown structure or HTML.
const inert = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');

/**
 * @example renderTranscript(scenario, playScript(scenario, lines, { seed: 1, analyze }))
 */
export function renderTranscript(scenario: Scenario, result: SessionResult, heading?: string): string {
  const name = scenario.persona.name;
  const out: string[] = [];
  out.push(`# ${heading ?? scenario.title}`, '');
  out.push(`Scenario \`${scenario.id}\` (${scenario.category}, difficulty ${scenario.difficulty}) · seed ${result.seed}`, '');
  out.push(`> ${scenario.persona.situation.trim()}`, '');
  for (const line of result.opening) out.push(`**${name}:** ${inert(line)}`, '');
  for (const turn of result.turns) {
    if (turn.silence) {
      out.push(`*(${turn.silence.seconds} s of silence)*`, '');
      for (const line of turn.silence.customer) out.push(`**${name}:** ${inert(line)}`, '');
    }
    const { scores } = turn.analysis;
    const intents = turn.analysis.intents.length > 0 ? ` · ${turn.analysis.intents.join(', ')}` : '';
    out.push(`**Agent:** ${turn.timedOut ? `*${TIMED_OUT_REPLY}*` : inert(turn.reply)}`, '');
    out.push(`<sub>empathy ${scores.empathy} · positivity ${scores.positivity} · follow-through ${scores.followThrough}${intents} · mood ${turn.mood} (${turn.moodDelta >= 0 ? '+' : ''}${turn.moodDelta})</sub>`, '');
    for (const line of turn.customer) out.push(`**${name}:** ${inert(line)}`, '');
  }
  if (result.finalSilence) {
    out.push(`*(${result.finalSilence.seconds} s of silence)*`, '');
    for (const line of result.finalSilence.customer) out.push(`**${name}:** ${inert(line)}`, '');
  }
  out.push('## Result', '');
  out.push(`- Ending: **${result.ending}**${result.endingSummary ? ` — ${result.endingSummary}` : ''}`);
  out.push(`- Score: **${result.score}** (${gradeLetter(result.score)})`);
  out.push(`- Skills: ${SKILLS.map((s) => `${SKILL_LABELS[s]} ${result.scores[s]}`).join(' · ')}`);
  if (result.goals.length > 0) {
    out.push('- Goals:');
    for (const goal of result.goals) out.push(`  - [${goal.met ? 'x' : ' '}] ${goal.description ?? goal.id}${goal.turn !== undefined ? ` (reply ${goal.turn})` : ''}`);
  }
  out.push('');
  return out.join('\n');
}
