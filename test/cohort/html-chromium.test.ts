/**
 * The HTML report in a real browser: Debian's chromium, headless, offline.
 * It must render its tables and charts with no console error, no page error,
 * no dialog (an unescaped <script> would open one) and no network request.
 * `.ci/run` installs chromium; without /usr/bin/chromium the test is skipped
 * with a message saying so.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCohortHtml } from '../../src/core/cohort/format-html.js';
import { CHROMIUM_AVAILABLE, inspectInChromium, measureChartText } from './chromium.js';
import { NASTY, sampleReport, wideReport } from './sample-report.js';

describe.skipIf(!CHROMIUM_AVAILABLE)('HTML report in headless Chromium', () => {
  it('renders tables and charts with no console errors, no script and no network', async () => {
    const report = sampleReport();
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-html-'));
    const file = path.join(dir, 'report.html');
    writeFileSync(file, formatCohortHtml(report, { generatedAt: '2026-11-23T10:00:00Z' }));
    const seen = await inspectInChromium(file);
    expect(seen.problems).toEqual([]);
    expect(seen.requests).toEqual([]);
    expect(seen.title).toBe(`Cohort report: ${report.drill.title}`);
    expect(seen.svgs).toBe(3);
    expect(seen.bars).toBeGreaterThanOrEqual(3 + 10 + 3);
    expect(seen.width).toBeGreaterThan(100);
    expect(seen.rows).toBe(report.trainees.length);
    expect(seen.scripts).toBe(0);
    // The hostile name shows as text, tags and all.
    expect(seen.text).toContain('<script>alert(1)</script>');
    expect(seen.text).toContain(NASTY.slice(0, 20));
    expect(seen.text).toContain('garbage.json');
  });

  it('draws chart text about as large as the body text at every usual window width, each label clear of the others and inside its chart', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-html-'));
    const file = path.join(dir, 'report.html');
    writeFileSync(file, formatCohortHtml(wideReport(), { generatedAt: '2026-11-23T10:00:00Z' }));
    // A wide monitor, laptops, a tablet, a phone.
    for (const at of await measureChartText(file, [1920, 1280, 1024, 800, 390])) {
      expect(at.overflow, `the page scrolls sideways at ${at.width} px`).toBe(0);
      expect(at.charts).toHaveLength(3);
      for (const chart of at.charts) {
        // 13 px beside the 15 px body; the charts used to draw 12 px text in a 560-unit viewBox shown 345 px wide: 7.4 px.
        expect(chart.smallestPx, `chart text at ${at.width} px (chart ${chart.width} px wide, viewBox ${chart.viewBox})`).toBeGreaterThanOrEqual(13);
        expect(chart.smallestPx).toBeGreaterThanOrEqual(at.bodyPx * 0.85);
        expect(chart.overlaps, `overlapping chart text at ${at.width} px`).toEqual([]);
        expect(chart.outside, `chart text cut off at ${at.width} px`).toEqual([]);
      }
    }
  });
});
