import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ADMIN_PASSWORD } from '../../api/test/test-api';

/** Debian's Chromium: the browser tests drive a real browser, never a downloaded one. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '../../../test-results/screenshots');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const launchBrowser = async (): Promise<Browser> => {
  // Missing, the tests fail rather than skip: a dashboard nobody opened is not tested.
  if (!existsSync(CHROMIUM))
    throw new Error(
      `The dashboard's browser tests need Chromium at ${CHROMIUM}. Install it with ` +
        '`sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH.',
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    // Without the network flags, Chromium calls Google's hosts at start, refused here.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // The date and time boxes follow the browser's language, not the page's: a UK user's.
      '--lang=en-GB',
    ],
  });
};

/** A page as a UK user sees it, with every console error and uncaught exception kept. */
export const openPage = async (browser: Browser, width = 1280) => {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, errors, close: () => context.close() };
};

export const signIn = async (page: Page, url: string, username: string, password: string) => {
  await page.goto(url);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Password').press('Enter'); // the keyboard, as many people sign in
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
};

/** axe-core's serious and critical violations on the page as it is now. */
export const accessibilityProblems = async (page: Page): Promise<string[]> => {
  // Evaluated through DevTools, not as a <script>: the server's CSP refuses inline scripts.
  await page.evaluate(AXE);
  const violations: { id: string; impact: string; help: string; nodes: unknown[] }[] =
    await page.evaluate('axe.run(document).then((r) => r.violations)');
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length} elements)`);
};

/**
 * Looks at the view as it is at desktop (1280 px) and phone (360 px) widths: a picture of
 * each in test-results/screenshots (git-ignored), axe-core's serious and critical
 * violations at each, and whether the page is wider than the screen.
 */
export const lookAt = async (page: Page, name: string): Promise<string[]> => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const problems: string[] = [];
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(100); // the chart redraws at the new width
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    problems.push(...(await accessibilityProblems(page)).map((p) => `${width} px: ${p}`));
    // Only a wide table may scroll sideways (inside its own region), never the page.
    const pageWidth: number = await page.evaluate('document.documentElement.scrollWidth');
    if (pageWidth > width) problems.push(`${width} px: the page is ${pageWidth} px wide`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return problems;
};

/** The test users' password (apps/api/test/test-api.ts), but the admin's own. */
const passwordOf = (username: string) =>
  username === 'admin' ? ADMIN_PASSWORD : 'a long enough password';

/**
 * A signed-in page for one test, on the server at `url`. Its console must stay free of
 * errors, but for the refusals the test provokes on purpose (the browser reports their
 * status itself).
 */
export const asUser = async (
  browser: Browser,
  url: string,
  username: string,
  test: (page: Page) => Promise<void>,
  refusals: number[] = [],
) => {
  const { page, errors, close } = await openPage(browser);
  try {
    await signIn(page, url, username, passwordOf(username));
    await test(page);
    const expected = (e: string) => refusals.some((status) => e.includes(`status of ${status}`));
    expect(errors.filter((e) => !expected(e))).toEqual([]);
  } finally {
    await close();
  }
};
