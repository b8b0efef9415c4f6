/**
 * The cohort report's sections in Markdown and in HTML: the same headings,
 * and a link to a section works in both (`#flags` in cohort.md as GitHub or
 * GitLab renders it, and in cohort.html).
 */
import { describe, expect, it } from 'vitest';
import { formatCohortHtml } from '../../src/core/cohort/format-html.js';
import { formatCohortMarkdown } from '../../src/core/cohort/format-markdown.js';
import { headingAnchor } from '../../src/core/cohort/sections.js';
import type { CohortReport } from '../../src/core/cohort/report.js';
import { sampleReport } from './sample-report.js';

/** The anchors GitHub gives these headings (read off a rendered README, not worked out by the code under test). */
const GITHUB_ANCHORS: Record<string, string> = {
  Ranking: 'ranking',
  'Practise next': 'practise-next',
  Scenarios: 'scenarios',
  Skills: 'skills',
  'Turns most trainees lost points on': 'turns-most-trainees-lost-points-on',
  Flags: 'flags',
  'Same trainee twice (latest wins)': 'same-trainee-twice-latest-wins',
  'Rejected files': 'rejected-files',
};

const markdownHeadings = (markdown: string) => [...markdown.matchAll(/^## (.+)$/gmu)].map((m) => m[1]!);
const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);

/** The heading of the element with this id: the <h2> it is, or the first one inside it. */
function headingWithId(html: string, id: string): string | undefined {
  const at = html.indexOf(` id="${id}"`);
  if (at < 0) return undefined;
  const tagStart = html.lastIndexOf('<', at);
  const rest = html.slice(tagStart);
  // The element itself is the heading, or opens straight onto it (a <section> around the heading and its content).
  return /^<h2[^>]*>([^<]*)<\/h2>/.exec(rest)?.[1] ?? /^<section[^>]*>\s*<h2>([^<]*)<\/h2>/.exec(rest)?.[1];
}

function checkSections(report: CohortReport) {
  const markdown = formatCohortMarkdown(report);
  const html = formatCohortHtml(report, { generatedAt: '2026-11-23T10:00:00Z' });
  const headings = markdownHeadings(markdown);
  expect(headings.length).toBeGreaterThan(0);
  for (const heading of headings) {
    const anchor = GITHUB_ANCHORS[heading];
    expect(anchor, `a Markdown heading this test does not know: "${heading}"`).toBeDefined();
    expect(headingWithId(html, anchor!), `#${anchor} in the HTML`).toBe(heading);
  }
  // Every HTML section heading is one of the Markdown's, in the same order.
  const htmlHeadings = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]!);
  expect(htmlHeadings).toEqual(headings);
  // An id used twice would send a link to the first only.
  expect(ids(html).length).toBe(new Set(ids(html)).size);
}

describe('report sections in Markdown and HTML', () => {
  it('every Markdown section is in the HTML under the same heading, with the id GitHub gives its Markdown anchor', () => {
    checkSections(sampleReport());
  });

  it('also with no trainees, no flags, nothing superseded and nothing rejected', () => {
    const empty = structuredClone(sampleReport());
    empty.trainees = [];
    empty.superseded = [];
    empty.rejected = [];
    empty.costlyTurns = [];
    checkSections(empty);
  });

  it('the anchor rule is the Markdown renderers’: lower case, punctuation dropped, each space a hyphen, letters of any script kept', () => {
    for (const [heading, anchor] of Object.entries(GITHUB_ANCHORS)) expect(headingAnchor(heading)).toBe(anchor);
    expect(headingAnchor('Séan  O’Brien: 100%')).toBe('séan--obrien-100');
    expect(headingAnchor('李雷 snake_case')).toBe('李雷-snake_case');
  });

  it('the ranking names each scenario column by its id in both formats (the HTML adds its title), so two scenarios with one title stay apart', () => {
    const report = structuredClone(sampleReport());
    // Two scenarios of the drill with the same title.
    report.scenarios[1]!.title = report.scenarios[0]!.title;
    const markdown = formatCohortMarkdown(report);
    const html = formatCohortHtml(report);
    const mdHeader = markdown.split('\n').find((line) => line.startsWith('| # |'))!;
    const htmlHeader = /<thead><tr>(.*?)<\/tr><\/thead>/.exec(html.slice(html.indexOf('id="ranking"')))![1]!;
    const htmlCells = [...htmlHeader.matchAll(/<th>(.*?)<\/th>/g)].map((m) => m[1]!);
    for (const s of report.scenarios) {
      expect(mdHeader).toContain(`\`${s.id}\``);
      expect(htmlCells.filter((cell) => cell.includes(s.id)), s.id).toHaveLength(1);
    }
    // As many columns in one as in the other.
    expect(htmlCells).toHaveLength(mdHeader.split(' | ').length);
  });
});
