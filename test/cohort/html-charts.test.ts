/**
 * The HTML report's charts are drawn at their natural size, so their text
 * shows at its font size: SVG text in a viewBox shown narrower than the
 * viewBox draws smaller than its font size (12 px text in a 560-unit viewBox
 * shown 345 px wide was 7.4 px on screen). html-chromium.test.ts measures it
 * in a browser at several window widths; this checks the markup without one.
 */
import { describe, expect, it } from 'vitest';
import { CHART_FONT_PX, CHART_WIDTH, chartTextWidth, formatCohortHtml, wrapLabel } from '../../src/core/cohort/format-html.js';
import { sampleReport, wideReport } from './sample-report.js';

/** Smallest chart text on screen when a chart has the room it is drawn for (the page's own font size is 15 px). */
const FLOOR_PX = 13;

const decode = (text: string) => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

function charts(html: string) {
  return [...html.matchAll(/<svg ([^>]*)>([\s\S]*?)<\/svg>/g)].map(([, attributes, body]) => {
    const width = Number(/\bwidth="([\d.]+)"/.exec(attributes!)?.[1]);
    const viewBox = /\bviewBox="([^"]+)"/.exec(attributes!)![1]!.split(' ').map(Number);
    const texts = [...body!.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attrs, text]) => ({
      x: Number(/\bx="([\d.]+)"/.exec(attrs!)![1]),
      anchor: /text-anchor="(\w+)"/.exec(attrs!)?.[1] ?? 'start',
      fontSize: /font-size/.test(attrs!),
      text: decode(text!),
    }));
    return { width, viewBoxWidth: viewBox[2]!, texts };
  });
}

describe('HTML charts', () => {
  for (const [name, report] of [
    ['sample', sampleReport()],
    ['ten long scenario titles', wideReport()],
  ] as const) {
    it(`draw their text at ${FLOOR_PX} px or more, inside the chart (${name})`, () => {
      const html = formatCohortHtml(report);
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
      // The one rule that sizes chart text; no text sets its own size.
      const fontPx = Number(/svg text \{ font: ([\d.]+)px/.exec(style)![1]);
      expect(fontPx).toBe(CHART_FONT_PX);
      // A chart is never made wider than it is drawn, only narrower on a narrow screen.
      expect(style).toMatch(/svg \{ max-width: 100%; height: auto;/);
      const found = charts(html);
      expect(found).toHaveLength(3);
      for (const chart of found) {
        // One viewBox unit is one CSS pixel: the font size is the size on screen.
        expect(chart.width).toBe(chart.viewBoxWidth);
        expect(chart.viewBoxWidth).toBe(CHART_WIDTH);
        expect((fontPx * chart.width) / chart.viewBoxWidth).toBeGreaterThanOrEqual(FLOOR_PX);
        for (const text of chart.texts) {
          expect(text.fontSize).toBe(false);
          const width = chartTextWidth(text.text);
          const [from, to] = text.anchor === 'end' ? [text.x - width, text.x] : text.anchor === 'middle' ? [text.x - width / 2, text.x + width / 2] : [text.x, text.x + width];
          expect(from, `"${text.text}"`).toBeGreaterThanOrEqual(0);
          expect(to, `"${text.text}"`).toBeLessThanOrEqual(chart.viewBoxWidth);
        }
      }
    });
  }

  it('wrap a long label onto two lines and cut what still does not fit', () => {
    expect(wrapLabel('Charged twice', 300)).toEqual(['Charged twice']);
    const long = 'Calling back about the repair that never happened, and the customer is already late for work';
    const lines = wrapLabel(long, 300);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(chartTextWidth(line)).toBeLessThanOrEqual(300);
    expect(lines[0]!.length).toBeGreaterThan(20);
    expect(long.startsWith(lines[0]!)).toBe(true);
    expect(lines[1]!.endsWith('…')).toBe(true);
    // One word too long for a line is cut there; wide characters count as wide.
    const [word] = wrapLabel('Supercalifragilisticexpialidociousnessandthensomemorewithoutanyspace', 300);
    expect(word!.endsWith('…')).toBe(true);
    expect(chartTextWidth(word!)).toBeLessThanOrEqual(300);
    expect(chartTextWidth('李雷李雷')).toBeGreaterThan(chartTextWidth('abcd'));
    // A surrogate pair is never split.
    for (const line of wrapLabel('𝒜'.repeat(60), 300)) expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
