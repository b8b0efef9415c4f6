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
import { flaggedTrainees, resultText, unusedRepliesText } from './report.js';
import type { CohortReport } from './report.js';
import { SECTION_TITLES, sectionAnchor } from './sections.js';
import type { Section } from './sections.js';

/**
 * Charts are drawn at their natural size: one viewBox unit is one CSS pixel
 * (the <svg> has width = its viewBox width, and shrinks only when its column
 * is narrower). A chart in a 560-unit viewBox shown 345 px wide drew its
 * 12px text at 7.4 px; this width fits three charts side by side in the
 * page's 1132 px and one on a 390 px phone, so the text shows at
 * {@link CHART_FONT_PX}, beside the page's 15 px body text.
 */
export const CHART_WIDTH = 340;
/** The font size of chart text, in viewBox units (= CSS pixels at natural size). */
export const CHART_FONT_PX = 14;
const LINE_PX = 17;

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
/* A column fits a chart at its natural width (CHART_WIDTH) plus the figure's padding and border. */
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, ${CHART_WIDTH + 22}px), 1fr)); gap: 16px; align-items: start; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 10px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
/* Never wider than drawn (text stays at its size), narrower when the column is. */
svg { max-width: 100%; height: auto; display: block; }
svg text { font: ${CHART_FONT_PX}px system-ui, sans-serif; fill: var(--ink); }
svg text.muted { fill: var(--muted); }
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
/* A phone keeps room for a chart at its natural width. */
@media (max-width: 480px) { body { padding: 12px; } }
`;

interface Bar {
  label: string;
  value: number;
  /** A pass mark drawn as a vertical line, if any. */
  mark?: number;
}


/**
 * How wide `text` draws at {@link CHART_FONT_PX}, erring wide: SVG cannot
 * wrap, and the widest common UI font (DejaVu Sans, Linux's system-ui) sets
 * lower case at about 0.6 em, so estimates are per character class.
 */
export function chartTextWidth(text: string): number {
  let em = 0;
  for (const char of text) {
    if (/[ijlIJ'.,\s]/.test(char)) em += 0.32;
    else if (/[ftr!()[\]/\\|:;\-’]/.test(char)) em += 0.42;
    else if (/[mwMW@%…—]/.test(char)) em += 1;
    else if (/[A-Z&#+<=>^~]/.test(char)) em += 0.8;
    else if (char.charCodeAt(0) < 0x80) em += 0.64;
    // Beyond ASCII: full width for CJK, kana, hangul and the like; a wide letter otherwise.
    else em += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 1 : 0.8;
  }
  return em * CHART_FONT_PX;
}

/** `text` cut to fit `width` with an ellipsis (never between the halves of a surrogate pair). */
function fitText(text: string, width: number): string {
  if (chartTextWidth(text) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && chartTextWidth(`${chars.join('').trimEnd()}…`) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** A label broken into at most `maxLines` lines of at most `width`, the last cut with an ellipsis if need be. */
export function wrapLabel(text: string, width: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const joined = line ? `${line} ${word}` : word;
    if (chartTextWidth(joined) <= width) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    if (lines.length === maxLines - 1) {
      // The last line takes the rest, cut to fit.
      return [...lines, fitText(words.slice(i).join(' '), width)];
    }
    if (chartTextWidth(line) > width) {
      lines.push(fitText(line, width));
      line = '';
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** An <svg> drawn at its natural size (see {@link CHART_WIDTH}), shrinking with a narrow column. */
function svg(height: number, label: string, body: string): string {
  return `<svg width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" role="img" aria-label="${h(label)}" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
}

/**
 * A horizontal bar chart (0–100) as inline SVG: each bar under its label
 * (up to two lines, so a long scenario title keeps the chart narrow), its
 * value at the right, the scale below.
 */
function barChart(bars: readonly Bar[], title: string): string {
  const left = 10;
  // The values in a column of their own on the right, clear of every bar and pass mark.
  const right = CHART_WIDTH - 46;
  const barHeight = 16;
  const x = (v: number) => left + (Math.max(0, Math.min(100, v)) / 100) * (right - left);
  const ticks = [0, 25, 50, 75, 100];
  let y = 4;
  const rows = bars
    .map((bar) => {
      const lines = wrapLabel(bar.label, CHART_WIDTH - left);
      const label = lines.map((line, i) => `<text x="${left}" y="${y + 14 + i * LINE_PX}">${h(line)}</text>`).join('');
      const top = y + lines.length * LINE_PX + 4;
      y = top + barHeight + 12;
      const below = bar.mark !== undefined && bar.value < bar.mark;
      const grid = ticks.map((v) => `<line x1="${x(v)}" x2="${x(v)}" y1="${top - 3}" y2="${top + barHeight + 3}" stroke="#e6e9ef"/>`).join('');
      const mark =
        bar.mark === undefined
          ? ''
          : `<line x1="${x(bar.mark).toFixed(1)}" x2="${x(bar.mark).toFixed(1)}" y1="${top - 4}" y2="${top + barHeight + 4}" stroke="#b3261e" stroke-width="2"><title>pass mark ${bar.mark}</title></line>`;
      return (
        `${label}${grid}` +
        `<rect x="${left}" y="${top}" width="${(x(bar.value) - left).toFixed(1)}" height="${barHeight}" rx="3" fill="${below ? '#d9776f' : '#3b6fb6'}"><title>${h(bar.label)}: ${bar.value}</title></rect>` +
        `<text x="${CHART_WIDTH}" y="${top + 13}" text-anchor="end">${bar.value}</text>${mark}`
      );
    })
    .join('');
  const axis = ticks.map((v) => `<text x="${x(v)}" y="${y + 8}" text-anchor="middle" class="muted">${v}</text>`).join('');
  return svg(y + 14, title, `${rows}${axis}`);
}

/** A histogram of overall scores in 10-point bins, with the pass mark. */
function histogram(scores: readonly number[], mark: number): string {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const s of scores) bins[Math.min(9, Math.floor(s / 10))]! += 1;
  const max = Math.max(1, ...bins);
  // Room on both sides for the scale's end labels (0 and 100) under the first and last bin's edge.
  const left = 16;
  const plotW = CHART_WIDTH - 2 * left;
  // A band on top for the pass mark's label, then room for the tallest bar's count.
  const top = 40;
  const plotH = 140;
  const base = top + plotH;
  const height = base + 26;
  const bw = plotW / 10;
  const bars = bins
    .map((count, i) => {
      const bh = (count / max) * plotH;
      const x = left + i * bw;
      const y = base - bh;
      const passing = i * 10 >= mark;
      return (
        `<rect x="${(x + 2).toFixed(1)}" y="${y.toFixed(1)}" width="${(bw - 4).toFixed(1)}" height="${bh.toFixed(1)}" rx="2" fill="${passing ? '#5b9a6f' : '#d9776f'}"><title>${i * 10}–${i * 10 + 9}: ${count}</title></rect>` +
        (count ? `<text x="${(x + bw / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle">${count}</text>` : '')
      );
    })
    .join('');
  // The scale at the bins' edges, so a pass mark of 55 sits between 50 and 60 (a label under each bin's middle put it on "50").
  // A tick at every edge, a number at every other one (eleven numbers crowd each other at this size).
  const scale = Array.from({ length: 11 }, (_, i) => {
    const at = (left + i * bw).toFixed(1);
    return `<line x1="${at}" x2="${at}" y1="${base}" y2="${base + 4}" stroke="#9aa3b2"/>` + (i % 2 === 0 ? `<text x="${at}" y="${base + 19}" text-anchor="middle" class="muted">${i * 10}</text>` : '');
  }).join('');
  const mx = left + (Math.max(0, Math.min(100, mark)) / 100) * plotW;
  const markText = `pass ${mark}`;
  // The label beside the line, on whichever side has room.
  const markLabel =
    mx + 4 + chartTextWidth(markText) <= CHART_WIDTH
      ? `<text x="${(mx + 4).toFixed(1)}" y="15">${markText}</text>`
      : `<text x="${(mx - 4).toFixed(1)}" y="15" text-anchor="end">${markText}</text>`;
  const markLine = `<line x1="${mx.toFixed(1)}" x2="${mx.toFixed(1)}" y1="4" y2="${base}" stroke="#b3261e" stroke-width="2" stroke-dasharray="4 3"/>${markLabel}`;
  return svg(height, 'Distribution of overall scores', `<line x1="${left}" x2="${CHART_WIDTH - left}" y1="${base}" y2="${base}" stroke="#9aa3b2"/>${bars}${scale}${markLine}`);
}

/**
 * One section: its heading, and an id that is the anchor the Markdown
 * report's heading gets, so `#flags` finds the same section in both.
 */
function section(name: Section, body: string): string {
  return `<section id="${sectionAnchor(name)}">\n<h2>${h(SECTION_TITLES[name])}</h2>\n${body}\n</section>`;
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
                const unused = cell?.unusedReplies ? `<br><span class="muted">${h(unusedRepliesText(cell.unusedReplies))}</span>` : '';
                return cell ? `<td class="num">${cell.score}<br><span class="muted">${h(cell.ending)}</span>${unused}</td>` : '<td class="muted">not played</td>';
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
