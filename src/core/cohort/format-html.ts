/**
 * The cohort report as one self-contained HTML page: inline CSS and inline
 * SVG charts, no script, no fonts, no images, no links out. A Content
 * Security Policy forbids every fetch, so the page opens offline exactly as
 * it was written. Every piece of user text is escaped.
 */
import { SKILL_LABELS, SKILLS } from '../types.js';
import { escapeHtml as h } from './escape.js';
import { editedFile, flagLabels } from './flags.js';
import { practiseText, waitingText } from './practise.js';
import { flaggedTrainees, resultText } from './report.js';
import type { CohortReport } from './report.js';
import { SECTION_TITLES, sectionAnchor } from './sections.js';
import type { Section } from './sections.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color-scheme: light; --ink: #1d2433; --muted: #5b6577; --line: #d9dee7; --pass: #2f7d4f; --fail: #b3261e; --bar: #3b6fb6; --mark: #b3261e; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 0 auto; max-width: 1180px; padding: 24px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; } h2 { font-size: 1.2rem; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.summary { color: var(--muted); margin: 0 0 16px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 130px; }
.card b { display: block; font-size: 1.5rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 16px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 10px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
svg { width: 100%; height: auto; display: block; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #f4f6fa; position: sticky; top: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.pass { color: var(--pass); font-weight: 600; } .fail { color: var(--fail); font-weight: 600; }
.low { color: var(--fail); }
.flag { color: #8a5a00; }
.flag.edited { color: var(--fail); font-weight: 600; }
.card small { display: block; color: var(--muted); }
td.flag { min-width: 10em; }
/* A long name wraps anywhere, so the ranking's columns fit beside it. */
td.who { overflow-wrap: anywhere; min-width: 9em; }
.muted { color: var(--muted); }
ol li, ul li { margin-bottom: 6px; }
q { font-style: italic; }
@media print { th { position: static; } }
`;

interface Bar {
  label: string;
  value: number;
  /** A pass mark drawn as a vertical line, if any. */
  mark?: number;
}

/** A horizontal bar chart (0–100) as inline SVG. */
function barChart(bars: readonly Bar[], title: string): string {
  const rowHeight = 26;
  const labelWidth = 190;
  const width = 560;
  const plot = width - labelWidth - 50;
  const height = bars.length * rowHeight + 24;
  const x = (v: number) => labelWidth + (Math.max(0, Math.min(100, v)) / 100) * plot;
  const rows = bars
    .map((bar, i) => {
      const y = i * rowHeight + 4;
      const below = bar.mark !== undefined && bar.value < bar.mark;
      const mark =
        bar.mark === undefined
          ? ''
          : `<line x1="${x(bar.mark).toFixed(1)}" x2="${x(bar.mark).toFixed(1)}" y1="${y - 2}" y2="${y + rowHeight - 6}" stroke="#b3261e" stroke-width="2"><title>pass mark ${bar.mark}</title></line>`;
      return (
        `<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${h(truncate(bar.label, 28))}</text>` +
        `<rect x="${labelWidth}" y="${y}" width="${(x(bar.value) - labelWidth).toFixed(1)}" height="${rowHeight - 8}" rx="3" fill="${below ? '#d9776f' : '#3b6fb6'}"><title>${h(bar.label)}: ${bar.value}</title></rect>` +
        `<text x="${(x(bar.value) + 6).toFixed(1)}" y="${y + 14}">${bar.value}</text>${mark}`
      );
    })
    .join('');
  const axis = [0, 25, 50, 75, 100]
    .map((v) => `<line x1="${x(v)}" x2="${x(v)}" y1="0" y2="${height - 20}" stroke="#e6e9ef"/><text x="${x(v)}" y="${height - 6}" text-anchor="middle" class="muted">${v}</text>`)
    .join('');
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${h(title)}" xmlns="http://www.w3.org/2000/svg">${axis}${rows}</svg>`;
}

/** A histogram of overall scores in 10-point bins, with the pass mark. */
function histogram(scores: readonly number[], mark: number): string {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const s of scores) bins[Math.min(9, Math.floor(s / 10))]! += 1;
  const max = Math.max(1, ...bins);
  const width = 560;
  const height = 220;
  const left = 36;
  const bottom = 28;
  const plotW = width - left - 10;
  const plotH = height - bottom - 14;
  const bw = plotW / 10;
  const bars = bins
    .map((count, i) => {
      const bh = (count / max) * plotH;
      const x = left + i * bw;
      const y = 14 + plotH - bh;
      const passing = i * 10 >= mark;
      return (
        `<rect x="${(x + 2).toFixed(1)}" y="${y.toFixed(1)}" width="${(bw - 4).toFixed(1)}" height="${bh.toFixed(1)}" rx="2" fill="${passing ? '#5b9a6f' : '#d9776f'}"><title>${i * 10}–${i * 10 + 9}: ${count}</title></rect>` +
        (count ? `<text x="${(x + bw / 2).toFixed(1)}" y="${(y - 3).toFixed(1)}" text-anchor="middle">${count}</text>` : '') +
        `<text x="${(x + bw / 2).toFixed(1)}" y="${height - 10}" text-anchor="middle" class="muted">${i * 10}</text>`
      );
    })
    .join('');
  const mx = left + (mark / 100) * plotW;
  const markLine = `<line x1="${mx.toFixed(1)}" x2="${mx.toFixed(1)}" y1="6" y2="${14 + plotH}" stroke="#b3261e" stroke-width="2" stroke-dasharray="4 3"/><text x="${(mx + 4).toFixed(1)}" y="12">pass ${mark}</text>`;
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="Distribution of overall scores" xmlns="http://www.w3.org/2000/svg"><line x1="${left}" x2="${width - 10}" y1="${14 + plotH}" y2="${14 + plotH}" stroke="#9aa3b2"/>${bars}${markLine}</svg>`;
}

/**
 * One section: its heading, and an id that is the anchor the Markdown
 * report's heading gets, so `#flags` finds the same section in both.
 */
function section(name: Section, body: string): string {
  return `<section id="${sectionAnchor(name)}">\n<h2>${h(SECTION_TITLES[name])}</h2>\n${body}\n</section>`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Render the report as a self-contained HTML page.
 * @param options.generatedAt shown in the footer (the core has no clock; the shell passes it)
 */
export function formatCohortHtml(report: CohortReport, options: { generatedAt?: string } = {}): string {
  const { drill } = report;
  const n = report.trainees.length;
  const title = `Cohort report: ${drill.title}`;
  const cards = [
    ['Trainees', String(n)],
    ['Average', String(report.average ?? '–')],
    ['Passed', `${report.passed} of ${n}`],
    ['Flagged', String(report.flagged), report.edited ? `${report.edited} file${report.edited === 1 ? '' : 's'} edited by hand` : ''],
    ['Rejected files', String(report.rejected.length)],
    ['Superseded', String(report.superseded.length)],
  ]
    .map(([label, value, note]) => `<div class="card">${h(label!)}<b>${h(value!)}</b>${note ? `<small>${h(note)}</small>` : ''}</div>`)
    .join('');

  const skillChart = barChart(
    report.skills.map((s) => ({ label: SKILL_LABELS[s.skill], value: s.average, ...(s.mark === undefined ? {} : { mark: s.mark }) })),
    'Average per skill, with pass marks',
  );
  const scenarioChart = barChart(
    report.scenarios.map((s) => ({ label: s.title, value: s.average ?? 0 })),
    'Average score per scenario',
  );
  const charts = `<div class="charts">
<figure><figcaption>Average per skill (red line: pass mark)</figcaption>${skillChart}</figure>
<figure><figcaption>Overall scores (${n} trainee${n === 1 ? '' : 's'})</figcaption>${histogram(
    report.trainees.map((t) => t.score),
    drill.pass.overall,
  )}</figure>
<figure><figcaption>Average per scenario</figcaption>${scenarioChart}</figure>
</div>`;

  // Only when someone kept a customer waiting: a column of blanks says nothing.
  const waiting = report.trainees.some((t) => t.timedOut > 0 || t.impatient > 0);
  // A scenario column is named by its id as in the Markdown (two scenarios may share a title), under its title.
  const head = [
    // Flags beside the result, not last: the last column of a wide table is the one off screen.
    ...['#', 'Trainee', 'Overall', 'Result', 'Flags', ...SKILLS.map((s) => SKILL_LABELS[s])].map(h),
    ...report.scenarios.map((s) => `${h(s.title)}<br><span class="muted">${h(s.id)}</span>`),
    ...(waiting ? ['Kept waiting'] : []),
  ];
  const ranking = n
    ? `<div class="scroll"><table><thead><tr>${head.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${report.trainees
        .map(
          (t) =>
            `<tr><td class="num">${t.rank}</td><td class="who" title="${h(t.file)}">${h(t.trainee)}</td><td class="num">${t.score}</td>` +
            `<td class="${t.passed ? 'pass' : 'fail'}">${h(resultText(t, drill.pass.overall))}</td>` +
            // What kind of flag, in a few words (the Flags section has the details): a full message per flag made the row a column of text.
            (t.flags.length
              ? `<td class="flag${editedFile(t.flags) ? ' edited' : ''}">${flagLabels(t.flags)
                  .map((label) => `⚑ ${h(label)}`)
                  .join('<br>')}</td>`
              : '<td></td>') +
            // Below the mark is said in text too (✗), not by colour alone.
            SKILLS.map((s) => (t.failedSkills.includes(s) ? `<td class="num low">${t.scores[s]} ✗</td>` : `<td class="num">${t.scores[s]}</td>`)).join('') +
            drill.scenarios
              .map((id) => {
                const cell = t.scenarios[id];
                return cell ? `<td class="num">${cell.score}<br><span class="muted">${h(cell.ending)}</span></td>` : '<td class="muted">not played</td>';
              })
              .join('') +
            (waiting ? `<td>${h(waitingText(t))}</td>` : '') +
            '</tr>',
        )
        .join('')}</tbody></table></div>`
    : '<p>No valid submissions.</p>';

  const practise = n
    ? `<ul>${report.trainees
        .map((t) => `<li><b>${h(t.trainee)}</b>: ${t.practise.length ? t.practise.map((item) => h(practiseText(item))).join(' · ') : '–'}</li>`)
        .join('')}</ul>`
    : '<p>No valid submissions.</p>';

  const scenarioTable = `<div class="scroll"><table><thead><tr><th>Scenario</th><th>Average</th><th>Endings</th></tr></thead><tbody>${report.scenarios
    .map(
      (s) =>
        `<tr><td>${h(s.title)}<br><span class="muted">${h(s.id)}</span></td><td class="num">${s.average ?? '–'}</td><td>${
          Object.entries(s.endings)
            .sort((a, b) => b[1] - a[1])
            .map(([ending, count]) => `${h(ending)} ${count}`)
            .join(', ') || '–'
        }</td></tr>`,
    )
    .join('')}</tbody></table></div>`;
  const skillTable = `<div class="scroll"><table><thead><tr><th>Skill</th><th>Average</th><th>Pass mark</th><th>Below the mark</th></tr></thead><tbody>${report.skills
    .map(
      (s) =>
        `<tr><td>${h(SKILL_LABELS[s.skill])}</td><td class="num">${s.average}</td><td class="num">${s.mark ?? '–'}</td><td class="num${s.below > 0 ? ' low' : ''}">${s.below} of ${n}</td></tr>`,
    )
    .join('')}</tbody></table></div>`;

  const weakest = report.weakestSkills.length
    ? `<p><b>Weakest skills:</b> ${report.weakestSkills
        .map((s) => `${h(SKILL_LABELS[s.skill])} (average ${s.average}${s.mark === undefined ? '' : `; ${s.below} of ${n} below ${s.mark}`})`)
        .join('; ')}.</p>`
    : '';

  const costly = report.costlyTurns.length
    ? `<ol>${report.costlyTurns
        .map(
          (t) =>
            `<li><b>${h(t.scenario)} › ${h(t.state)}</b>: ${t.losers} of ${t.reached} trainees lost points (average reply ${t.averageReplyScore}; weakest: ${h(SKILL_LABELS[t.weakestSkill].toLowerCase())}).` +
            (t.customer ? `<br>Customer: <q>${h(t.customer)}</q>` : '') +
            (t.tip ? `<br>Most common tip (${t.tip.count}×): ${h(t.tip.message)} Try: <q>${h(t.tip.rewrite)}</q>` : '') +
            '</li>',
        )
        .join('')}</ol>`
    : '<p>None.</p>';

  const flagged = flaggedTrainees(report);
  const flags = flagged.length
    ? `<ul>${flagged
        .map(
          (t) =>
            `<li class="flag${editedFile(t.flags) ? ' edited' : ''}"><b>${h(t.trainee)}</b>: ${h(flagLabels(t.flags).join('; '))} <span class="muted">(${h(t.file)})</span>` +
            `<ul>${t.flags.map((f) => `<li>${h(f.kind)}: ${h(f.message)}</li>`).join('')}</ul></li>`,
        )
        .join('')}</ul>`
    : '<p>None: every stored result matches its replay.</p>';
  const superseded = report.superseded.length
    ? `<ul>${report.superseded
        .map(
          (s) =>
            `<li><b>${h(s.trainee)}</b>${s.submittedAs === undefined ? '' : ` (handed in as <q>${h(s.submittedAs)}</q>)`}: ` +
            (s.copy
              ? `kept ${h(s.keptFile)}; ignored ${h(s.file)}, an identical copy of it</li>`
              : `kept ${h(s.keptFile)} (finished ${h(s.keptFinishedAt)}); ignored ${h(s.file)} (finished ${h(s.finishedAt)})</li>`),
        )
        .join('')}</ul>`
    : '';
  const rejected = report.rejected.length
    ? `<ul>${report.rejected.map((r) => `<li>${r.trainee === undefined ? '' : `<b>${h(r.trainee)}</b>: `}${h(r.file)} (${h(r.kind)}): ${h(r.reason)}</li>`).join('')}</ul>`
    : '<p>None.</p>';
  const marks = `overall ${drill.pass.overall}${SKILLS.filter((s) => drill.pass[s] !== undefined)
    .map((s) => `, ${SKILL_LABELS[s].toLowerCase()} ${drill.pass[s]}`)
    .join('')}`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="rapport cohort report">
<title>${h(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${h(title)}</h1>
<p class="summary">Drill ${h(drill.id)} (version ${h(drill.version)}) · pass marks: ${h(marks)} · every score is recomputed from the trainees’ own replies.</p>
${report.changes.length ? `<p><b>Changed since the drill was taken</b> (every score here is the current files’ and this Rapport’s):</p><ul>${report.changes.map((change) => `<li>${h(change)}</li>`).join('')}</ul>\n` : ''}<div class="cards">${cards}</div>
${charts}
${section('ranking', ranking)}
${section('practise', practise)}
${section('scenarios', scenarioTable)}
${section('skills', `${skillTable}${weakest}`)}
${section('costlyTurns', costly)}
${section('flags', flags)}
${superseded ? `${section('superseded', superseded)}\n` : ''}${section('rejected', rejected)}
<p class="muted">${report.files} file${report.files === 1 ? '' : 's'} read${options.generatedAt ? ` · generated ${h(options.generatedAt)}` : ''} · Rapport</p>
</body>
</html>
`;
}
