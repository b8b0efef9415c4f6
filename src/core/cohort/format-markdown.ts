/**
 * The cohort report as Markdown, for pasting into a chat or an issue.
 */
import { SKILL_LABELS, SKILLS } from '../types.js';
import { escapeMarkdown as md } from './escape.js';
import { flagLabels } from './flags.js';
import { practiseLine, waitingText } from './practise.js';
import { flaggedTrainees, resultText, unusedRepliesText } from './report.js';
import type { CohortReport } from './report.js';
import { SECTION_TITLES } from './sections.js';
import type { Section } from './sections.js';

const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** A section heading; the HTML report gives the section the id this heading's anchor is. */
const heading = (section: Section) => `## ${SECTION_TITLES[section]}`;

/** Render the report as Markdown. */
export function formatCohortMarkdown(report: CohortReport): string {
  const { drill } = report;
  const n = report.trainees.length;
  const out: string[] = [];
  out.push(`# Cohort report: ${md(drill.title)}`, '');
  out.push(
    `Drill \`${drill.id}\` (version ${drill.version}) · ${n} trainee${n === 1 ? '' : 's'} · average ${report.average ?? '–'} · passed ${report.passed} of ${n} · ` +
      `${report.flagged} flagged${report.edited ? ` (${report.edited} file${report.edited === 1 ? '' : 's'} edited by hand)` : ''} · ${report.rejected.length} rejected · ${report.superseded.length} superseded`,
    '',
  );
  out.push(
    `Pass marks: overall ${drill.pass.overall}${SKILLS.filter((s) => drill.pass[s] !== undefined)
      .map((s) => `, ${SKILL_LABELS[s].toLowerCase()} ${drill.pass[s]}`)
      .join('')}. Every score below is recomputed from the trainees' own replies.`,
    '',
  );
  if (report.changes.length) {
    out.push('**Changed since the drill was taken** (every score here is the current files’ and this Rapport’s):', '', ...report.changes.map((change) => `- ${md(change)}`), '');
  }

  out.push(heading('ranking'), '');
  if (n === 0) out.push('No valid submissions.', '');
  else {
    // Only when someone kept a customer waiting: a column of blanks says nothing.
    const waiting = report.trainees.some((t) => t.timedOut > 0 || t.impatient > 0);
    out.push(
      table(
        // Flags beside the result, as in the HTML, where the last column of a wide table is off screen.
        ['#', 'Trainee', 'Overall', 'Result', 'Flags', ...SKILLS.map((s) => SKILL_LABELS[s]), ...drill.scenarios.map((id) => `\`${id}\``), ...(waiting ? ['Kept waiting'] : [])],
        report.trainees.map((t) => [
          String(t.rank),
          md(t.trainee),
          String(t.score),
          resultText(t, drill.pass.overall),
          // What kind of flag, in a few words: the Flags section has the details.
          t.flags.length ? `⚑ ${md(flagLabels(t.flags).join('; '))}` : '',
          ...SKILLS.map((s) => `${t.scores[s]}${t.failedSkills.includes(s) ? ' ✗' : ''}`),
          ...drill.scenarios.map((id) => {
            const cell = t.scenarios[id];
            return cell ? `${cell.score} (${md(cell.ending)}${cell.unusedReplies ? `; ${unusedRepliesText(cell.unusedReplies)}` : ''})` : '–';
          }),
          ...(waiting ? [waitingText(t)] : []),
        ]),
      ),
      '',
    );
  }

  out.push(heading('practise'), '');
  if (n === 0) out.push('No valid submissions.', '');
  else {
    for (const t of report.trainees) out.push(`- **${md(t.trainee)}**: ${t.practise.length ? md(practiseLine(t.practise)) : '–'}`);
    out.push('');
  }

  out.push(heading('scenarios'), '');
  out.push(
    table(
      ['Scenario', 'Average', 'Endings'],
      report.scenarios.map((s) => [
        `${md(s.title)} (\`${s.id}\`)`,
        String(s.average ?? '–'),
        Object.entries(s.endings)
          .sort((a, b) => b[1] - a[1])
          .map(([ending, count]) => `${md(ending)} ${count}`)
          .join(', ') || '–',
      ]),
    ),
    '',
  );

  out.push(heading('skills'), '');
  out.push(
    table(
      ['Skill', 'Average', 'Pass mark', 'Below the mark'],
      report.skills.map((s) => [SKILL_LABELS[s.skill], String(s.average), s.mark === undefined ? '–' : String(s.mark), `${s.below} of ${n}`]),
    ),
    '',
  );
  if (report.weakestSkills.length) {
    out.push(
      `**Weakest skills:** ${report.weakestSkills.map((s) => `${SKILL_LABELS[s.skill]} (average ${s.average}${s.mark === undefined ? '' : `; ${s.below} of ${n} below ${s.mark}`})`).join('; ')}.`,
      '',
    );
  }

  out.push(heading('costlyTurns'), '');
  if (report.costlyTurns.length === 0) out.push('None.', '');
  report.costlyTurns.forEach((t, i) => {
    out.push(
      `${i + 1}. \`${t.scenario}\` › \`${t.state}\`: ${t.losers} of ${t.reached} lost points (average reply ${t.averageReplyScore}, weakest: ${SKILL_LABELS[t.weakestSkill].toLowerCase()}).`,
    );
    if (t.customer) out.push(`   Customer: “${md(t.customer)}”`);
    if (t.tip) out.push(`   Most common tip (${t.tip.count}×): ${md(t.tip.message)} Try: “${md(t.tip.rewrite)}”`);
  });
  out.push('');

  out.push(heading('flags'), '');
  const flagged = flaggedTrainees(report);
  if (flagged.length === 0) out.push('None: every stored result matches its replay.', '');
  for (const t of flagged) {
    out.push(`- **${md(t.trainee)}**: ${md(flagLabels(t.flags).join('; '))} (${md(t.file)})`);
    for (const f of t.flags) out.push(`  - ${f.kind}: ${md(f.message)}`);
  }
  if (flagged.length) out.push('');

  if (report.superseded.length) {
    out.push(heading('superseded'), '');
    for (const s of report.superseded) {
      const as = s.submittedAs === undefined ? '' : ` (handed in as “${md(s.submittedAs)}”)`;
      out.push(
        s.copy
          ? `- **${md(s.trainee)}**${as}: kept ${md(s.keptFile)}; ignored ${md(s.file)}, an identical copy of it`
          : `- **${md(s.trainee)}**${as}: kept ${md(s.keptFile)} (finished ${md(s.keptFinishedAt)}); ignored ${md(s.file)} (finished ${md(s.finishedAt)})`,
      );
    }
    out.push('');
  }

  out.push(heading('rejected'), '');
  if (report.rejected.length === 0) out.push('None.', '');
  // Whose file it is, when it still says: the lead knows whom to ask for a good copy.
  for (const r of report.rejected) out.push(`- ${r.trainee === undefined ? '' : `**${md(r.trainee)}**: `}${md(r.file)} (${r.kind}): ${md(r.reason)}`);
  if (report.rejected.length) out.push('');
  return out.join('\n');
}
