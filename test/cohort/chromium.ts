/**
 * Opening a page in Debian's headless chromium through playwright-core, and
 * collecting what a reader would see plus every console error, page error,
 * dialog and network request.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_AVAILABLE = existsSync(CHROMIUM);
if (!CHROMIUM_AVAILABLE) console.warn(`Skipping the headless Chromium check: ${CHROMIUM} is missing (apt-get install -y chromium, or run .ci/run).`);

/** Open an HTML file in headless Chromium and collect what a reader would see and every complaint. */
export async function inspectInChromium(file: string) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: true });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => requests.push(request.url()));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    // A string, because the test's TypeScript has no DOM types; it runs in the page.
    const seen = (await page.evaluate(`({
      title: document.title,
      svgs: document.querySelectorAll('svg').length,
      bars: document.querySelectorAll('svg rect').length,
      rows: document.querySelectorAll('#ranking tbody tr').length,
      scripts: document.querySelectorAll('script').length,
      text: document.body.innerText,
      width: document.querySelector('svg')?.getBoundingClientRect().width ?? 0,
    })`)) as { title: string; svgs: number; bars: number; rows: number; scripts: number; text: string; width: number };
    return { ...seen, problems, requests: requests.filter((r) => r !== url) };
  } finally {
    await browser.close();
  }
}


/** What the text of one chart looks like on screen. */
export interface ChartText {
  /** The chart's drawn width and its viewBox width. */
  width: number;
  viewBox: number;
  /** The smallest text on screen: its font size times the chart's scale, in CSS pixels. */
  smallestPx: number;
  /** Pairs of text elements whose boxes overlap. */
  overlaps: string[];
  /** Texts that stick out of the chart. */
  outside: string[];
}

/**
 * Open an HTML file at each window width and measure every chart's text as
 * drawn: a font size in a viewBox shown narrower than the viewBox draws
 * smaller than its font size says.
 */
export async function measureChartText(file: string, widths: readonly number[]) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const seen: { width: number; bodyPx: number; overflow: number; charts: ChartText[] }[] = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      // A string, because the test's TypeScript has no DOM types; it runs in the page.
      const at = (await page.evaluate(`(() => {
        const charts = [...document.querySelectorAll('svg')].map((svg) => {
          const box = svg.getBoundingClientRect();
          const texts = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, box: t.getBoundingClientRect(), px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a }));
          const overlaps = [];
          for (let i = 0; i < texts.length; i++)
            for (let j = i + 1; j < texts.length; j++) {
              const a = texts[i].box, b = texts[j].box;
              if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlaps.push(texts[i].text + ' / ' + texts[j].text);
            }
          const outside = texts.filter((t) => t.box.left < box.left - 0.5 || t.box.right > box.right + 0.5 || t.box.top < box.top - 0.5 || t.box.bottom > box.bottom + 0.5).map((t) => t.text);
          return { width: box.width, viewBox: svg.viewBox.baseVal.width, smallestPx: Math.min(...texts.map((t) => t.px)), overlaps, outside };
        });
        return { bodyPx: parseFloat(getComputedStyle(document.body).fontSize), overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, charts };
      })()`)) as { bodyPx: number; overflow: number; charts: ChartText[] };
      seen.push({ width, ...at });
    }
    return seen;
  } finally {
    await browser.close();
  }
}
