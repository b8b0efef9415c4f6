/**
 * A session as Markdown, for people: trainees re-reading a conversation and
 * trainers reviewing one. Control characters are made inert so `cat`-ing a
 * transcript cannot drive the terminal.
 */
import { inert } from '../core/sanitize.js';
import { SKILL_LABELS, SKILLS, type SkillScores } from '../core/types.js';
import type { SessionRecord } from './session-record.js';
import type { SessionResult } from '../core/session-types.js';

/** What the Markdown needs to know about the scenario beyond the record. */
export interface TranscriptScenarioInfo {
  title: string;
  persona: { name: string };
}

/** `Empathy 80 · Positive language 65 · Follow-through 70` */
export function formatScores(scores: SkillScores): string {
  return SKILLS.map((skill) => `${SKILL_LABELS[skill]} ${Math.round(scores[skill])}`).join(' · ');
}

const line = (text: string) => inert(text, { multiline: false });

/** Render a finished (or abandoned) session as Markdown. */
export function transcriptMarkdown(record: SessionRecord, result: SessionResult, scenario: TranscriptScenarioInfo): string {
  const customer = line(scenario.persona.name);
  const out: string[] = [
    `# ${line(scenario.title)} — ${line(record.ending)}`,
    '',
    `- Session: \`${record.id}\``,
    `- Scenario: \`${line(record.scenario)}\` (${line(record.category)}, version \`${line(record.scenarioVersion)}\`)`,
    `- Trainee: ${record.trainee ? line(record.trainee) : '(not named)'} · mode ${record.mode} · seed ${record.seed}`,
    `- Started ${record.startedAt}, finished ${record.finishedAt}`,
    `- Score: **${Math.round(record.score)}/100** — ${formatScores(record.scores)}`,
  ];
  if (result.goals.length) {
    out.push(`- Goals: ${result.goals.map((goal) => `${goal.met ? '✓' : '✗'} ${line(goal.description ?? goal.id)}`).join(', ')}`);
  }
  out.push('', '## Conversation', '');
  for (const said of result.opening) out.push(`**${customer}:** ${line(said)}`, '');
  for (const turn of result.turns) {
    out.push(`**You (${turn.index}):** ${line(turn.reply)}`, '');
    const intents = turn.analysis.intents.length ? ` · ${turn.analysis.intents.join(', ')}` : '';
    out.push(`> ${formatScores(turn.analysis.scores)}${intents}`);
    for (const tip of turn.analysis.tips.slice(0, 2)) out.push(`> Tip: ${line(tip.message)} Try: “${line(tip.rewrite)}”`);
    out.push('');
    for (const said of turn.customer) out.push(`**${customer}:** ${line(said)}`, '');
  }
  out.push('## Ending', '', `**${line(record.ending)}**${result.endingSummary ? ` — ${line(result.endingSummary)}` : ''}`, '');
  return out.join('\n');
}
