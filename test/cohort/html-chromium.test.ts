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
import { CHROMIUM_AVAILABLE, inspectInChromium } from './chromium.js';
import { NASTY, sampleReport } from './sample-report.js';

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
});
