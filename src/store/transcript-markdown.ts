/**
 * A saved session as Markdown, for people: the core's conversation renderer
 * (`renderTranscript`) followed by what only the shell knows — session id,
 * trainee, mode, timestamps and the scenario file version.
 */
import { renderTranscript } from '../core/transcript-markdown.js';
import type { Scenario } from '../core/scenario/schema.js';
import type { SessionResult } from '../core/session-types.js';
import { SKILL_LABELS, SKILLS, type SkillScores } from '../core/types.js';
import type { SessionRecord } from './session-record.js';

/** `Empathy 80 · Positive language 65 · Follow-through 70` */
export function formatScores(scores: SkillScores): string {
  return SKILLS.map((skill) => `${SKILL_LABELS[skill]} ${Math.round(scores[skill])}`).join(' · ');
}

// Metadata values come from files and flags: no control characters, no Markdown.
const plain = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** Render a finished (or abandoned) session as Markdown. */
export function transcriptMarkdown(record: SessionRecord, result: SessionResult, scenario: Scenario): string {
  return [
    renderTranscript(scenario, result, `${scenario.title} — ${record.ending}`).trimEnd(),
    '',
    '## Session',
    '',
    `- Id: \`${record.id}\``,
    `- Trainee: ${record.trainee ? plain(record.trainee) : '(not named)'} · mode ${record.mode}${record.drill ? ` · drill ${plain(record.drill)}` : ''}`,
    `- Started ${record.startedAt}, finished ${record.finishedAt}`,
    `- Scenario file version \`${plain(record.scenarioVersion)}\``,
    '',
  ].join('\n');
}
