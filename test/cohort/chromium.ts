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

