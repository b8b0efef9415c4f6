import { describe, expect, it } from 'vitest';
import { formatCohortCsv } from '../../src/core/cohort/format-csv.js';
import { formatCohortHtml } from '../../src/core/cohort/format-html.js';
import { formatCohortMarkdown } from '../../src/core/cohort/format-markdown.js';
import { csvField, escapeHtml, escapeMarkdown } from '../../src/core/cohort/escape.js';
import { resultText } from '../../src/core/cohort/report.js';
import { parseCsvRows } from '../../src/core/csv.js';
import { SKILLS } from '../../src/core/types.js';
import { builtInDrill } from '../drill/helpers.js';
import { NASTY, sampleReport } from './sample-report.js';

const base = builtInDrill();

describe('report formats', () => {
  const report = sampleReport();

  it('CSV: a header and one row per file, every row the same width', () => {
    const csv = formatCohortCsv(report);
    // RFC 4180 ends every record with CRLF.
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsvRows(csv);
    const header = rows[0]!;
    expect(header).toEqual([
      'rank',
      'trainee',
      'file',
      'status',
      'overall',
      'passed',
      ...SKILLS,
      ...base.drill.scenarios,
      ...base.drill.scenarios.map((id) => `${id} ending`),
      'timedOut',
      'impatient',
      'unusedReplies',
      'practise',
      'notes',
    ]);
    expect(rows).toHaveLength(1 + 5);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([header.length]));
    expect(rows.slice(1).map((r) => r[3])).toEqual(['ok', 'ok', 'flagged', 'superseded', 'rejected']);
    const nasty = rows.find((r) => r[2] === 'nasty.json')!;
    expect(nasty[1]).toBe(`'${NASTY.replace('\u001b', '')}`);
    expect(rows.find((r) => r[2] === 'poor.json')![header.indexOf('notes')]).toMatch(/claims an overall 99/);
  });

  it('CSV: how each conversation ended, per scenario, escaped like every other cell', () => {
    const rows = parseCsvRows(formatCohortCsv(report));
    const header = rows[0]!;
    for (const t of report.trainees) {
      const row = rows.find((r) => r[2] === t.file)!;
      for (const id of base.drill.scenarios) expect(row[header.indexOf(`${id} ending`)]).toBe(t.scenarios[id]?.ending ?? '');
    }
    // Not played: blank, like its score.
    const edited = structuredClone(report);
    const [first, second] = base.drill.scenarios;
    edited.trainees[0]!.scenarios[first!] = null;
    edited.trainees[0]!.scenarios[second!] = { score: 50, ending: '=walked, "away"' };
    const csv = formatCohortCsv(edited);
    expect(csv).toContain(`,"'=walked, ""away""",`);
    const row = parseCsvRows(csv).find((r) => r[2] === edited.trainees[0]!.file)!;
    expect([row[header.indexOf(first!)], row[header.indexOf(`${first} ending`)], row[header.indexOf(`${second} ending`)]]).toEqual(['', '', `'=walked, "away"`]);
  });

  it('a trainee who handed in twice has one name in every format: the ranking’s', () => {
    const kept = report.trainees.find((t) => t.file === 'good.json')!;
    const [superseded] = report.superseded;
    expect(superseded).toMatchObject({ file: 'old-gita.json', trainee: kept.trainee, submittedAs: 'gita good' });
    const rows = parseCsvRows(formatCohortCsv(report));
    expect(rows.find((r) => r[2] === 'old-gita.json')![1]).toBe(rows.find((r) => r[2] === 'good.json')![1]);
    expect(formatCohortMarkdown(report)).toContain(`- **${kept.trainee}** (handed in as “gita good”): kept good.json`);
    expect(formatCohortHtml(report)).toContain(`<li><b>${kept.trainee}</b> (handed in as <q>gita good</q>): kept good.json`);
  });

  it('a rejected file names whose it is when it still says, escaped in every format', () => {
    const withName = structuredClone(report);
    withName.rejected = [
      { file: 'noah.json', kind: 'truncated', reason: 'the file is cut short', trainee: 'Noah Brown' },
      { file: 'nasty-cut.json', kind: 'truncated', reason: 'the file is cut short', trainee: NASTY },
      ...withName.rejected,
    ];
    const markdown = formatCohortMarkdown(withName);
    expect(markdown).toContain('- **Noah Brown**: noah.json (truncated): the file is cut short');
    expect(markdown).toMatch(/garbage\.json \(foreign\)/);
    expect(markdown).not.toContain('<script>');
    const html = formatCohortHtml(withName);
    expect(html).toContain('<li><b>Noah Brown</b>: noah.json (truncated): the file is cut short</li>');
    expect(html).not.toContain('<script>alert');
    const rows = parseCsvRows(formatCohortCsv(withName));
    expect(rows.find((r) => r[2] === 'noah.json')!.slice(1, 4)).toEqual(['Noah Brown', 'noah.json', 'rejected']);
    expect(rows.find((r) => r[2] === 'nasty-cut.json')![1]).toBe(`'${NASTY.replace('\u001b', '')}`);
    expect(rows.find((r) => r[2] === 'garbage.json')![1]).toBe('');
  });

  it('a fail with an overall at or above the mark names the skill that failed it', () => {
    expect(resultText({ passed: true, score: 70, failedSkills: [] }, 55)).toBe('pass');
    expect(resultText({ passed: false, score: 61.7, failedSkills: ['empathy', 'followThrough'] }, 55)).toBe('fail (empathy, follow-through)');
    expect(resultText({ passed: false, score: 40, failedSkills: ['empathy'] }, 55)).toBe('fail');
    const edited = structuredClone(report);
    const row = edited.trainees[0]!;
    Object.assign(row, { passed: false, score: 61.7, failedSkills: ['positivity'] });
    expect(formatCohortMarkdown(edited)).toMatch(/\| 61\.7 \| fail \(positive language\) \|/);
    expect(formatCohortHtml(edited)).toContain('<td class="fail">fail (positive language)</td>');
  });

  it('CSV fields: quoting, formula guard, numbers untouched', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
  });

  it('Markdown: sections, one ranking row per trainee, user text escaped', () => {
    const text = formatCohortMarkdown(report);
    for (const heading of ['# Cohort report: ', '## Ranking', '## Scenarios', '## Skills', '## Turns most trainees lost points on', '## Flags', '## Same trainee twice (latest wins)', '## Rejected files']) {
      expect(text).toContain(heading);
    }
    const ranking = text.split('## Ranking')[1]!.split('##')[0]!;
    const rows = ranking.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(2 + report.trainees.length);
    // Every table row has the same number of unescaped cell separators.
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    expect(new Set(rows.map(cells)).size).toBe(1);
    expect(text).not.toContain('<script>');
    expect(text).toContain('\\<script\\>');
    expect(text).not.toContain('\u001b');
    expect(text).toMatch(/garbage\.json \(foreign\)/);
    expect(escapeMarkdown('a|b *c* [d](e) # 1')).toBe('a\\|b \\*c\\* \\[d\\](e) # 1');
    expect(escapeMarkdown('# title')).toBe('\\# title');
  });

  it('HTML: self-contained, with charts, and every piece of user text escaped', () => {
    const html = formatCohortHtml(report, { generatedAt: '2026-11-23T10:00:00Z' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect((html.match(/<svg /g) ?? []).length).toBe(3);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(/i);
    expect(html).not.toMatch(/href="?https?:/i);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toContain('\u001b');
    expect(escapeHtml(`<a href='x'>&"`)).toBe('&#60;a href=&#39;x&#39;&#62;&#38;&#34;');
  });

  it('HTML has the sections the Markdown has: scenarios with their endings, skills with marks and how many are below', () => {
    const html = formatCohortHtml(report, { generatedAt: '2026-11-23T10:00:00Z' });
    const markdown = formatCohortMarkdown(report);
    for (const heading of [...markdown.matchAll(/^## (.+)$/gmu)].map((m) => m[1]!)) expect(html).toContain(`<h2>${heading}</h2>`);
    for (const s of report.scenarios) {
      for (const [ending, count] of Object.entries(s.endings)) expect(html).toContain(`${escapeHtml(ending)} ${count}`);
    }
    for (const s of report.skills) expect(html).toContain(`${s.below} of ${report.trainees.length}</td>`);
    // Below a skill mark is said in text, not only in red.
    const low = report.trainees.flatMap((t) => t.failedSkills.map((skill) => t.scores[skill]));
    for (const score of low) expect(html).toContain(`${score} ✗</td>`);
  });

  it('HTML and Markdown give the same figures in the same words: superseded count, weakest skills', () => {
    const html = formatCohortHtml(report);
    const markdown = formatCohortMarkdown(report);
    expect(markdown).toContain(`${report.superseded.length} superseded`);
    expect(html).toContain(`<div class="card">Superseded<b>${report.superseded.length}</b></div>`);
    const weakestMd = /^\*\*Weakest skills:\*\* (.+)$/mu.exec(markdown)![1]!;
    const weakestHtml = /<p><b>Weakest skills:<\/b> (.+?)<\/p>/u.exec(html)![1]!;
    expect(weakestHtml).toBe(weakestMd);
  });
});
