import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { registerScorpionPhase5 } from '../../api/test/fixtures';
import { ADMIN_PASSWORD, TestApi } from '../../api/test/test-api';
import { launchBrowser, lookAt, openPage, signIn } from './browser';

/**
 * The dashboard in Debian's Chromium, served by the real API over a real PostgreSQL: what
 * each role sees, that the figures are the API's, accessibility, and no console errors.
 */
// A browser test waits for pages and charts: longer than jest's default 5 s.
jest.setTimeout(60_000);

const PASSWORD = 'a long enough password'; // test-api.ts's users
const RESULTS = join(__dirname, '../../../test-results');
let api: TestApi;
let browser: Browser;
let entries: string;

beforeAll(async () => {
  [api, browser] = await Promise.all([TestApi.start(), launchBrowser()]);
  entries = await registerScorpionPhase5(api);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/** A signed-in page for one test; its console must stay free of errors. */
const as = async (username: string, test: (page: Page) => Promise<void>) => {
  const { page, errors, close } = await openPage(browser);
  try {
    await signIn(page, api.url, username, username === 'admin' ? ADMIN_PASSWORD : PASSWORD);
    await test(page);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
};

const tile = (page: Page, measure: string) =>
  page.locator(`.tile[data-measure="${measure}"] .tile-value`);

const log = async (body: Record<string, unknown>) => {
  const { status, body: receipt } = await api.post(entries, {
    entryId: randomUUID(),
    occurredAt: '2023-06-28T06:30:00.000Z',
    ...body,
  });
  expect(status).toBe(201);
  return receipt.position as string;
};

describe('the dashboard', () => {
  it('asks who you are first, with a labelled form that says when the password is wrong', async () => {
    const { page, errors, close } = await openPage(browser);
    await page.goto(`${api.url}/summary`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await lookAt(page, 'sign-in')).toEqual([]);
    await page.getByLabel('Username').fill('analyst');
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/do not match/);
    await close();
    // The browser reports the refused sign-in's 401 itself; nothing else may fail.
    expect(errors.filter((e) => !/401/.test(e))).toEqual([]);
  });

  it('shows the summary with figures that are GET /api/summary’s, and each force’s part', async () => {
    await log({ kind: 'arrest', count: 14, force: 'dorset' });
    await log({ kind: 'arrest', count: 3, force: 'wiltshire' });
    await log({ kind: 'warrant', count: 10, force: 'dorset' });
    await log({ kind: 'county-line-closure', force: 'devon-and-cornwall' });
    await log({ kind: 'safeguarding', count: 2, ageGroup: 'child', force: 'gloucestershire' });
    await log({ kind: 'seizure', item: 'cash', quantity: 12500.5, unit: 'GBP', force: 'dorset' });
    const last = await log({
      kind: 'seizure',
      item: 'class-a-drugs',
      quantity: 250,
      unit: 'g',
      estimatedValueGBP: 20000,
      force: 'avon-and-somerset',
    });
    const { body: summary } = await api.get(`/api/summary?minPosition=${last}&waitMs=10000`);
    expect(summary.minPositionReached).toBe(true);

    await as('pcc', async (page) => {
      await expect(page.waitForURL(/\/summary$/)).resolves.toBeUndefined();
      await expect(tile(page, 'arrests').textContent()).resolves.toBe(
        String(summary.regional.arrests),
      );
      expect(summary.regional.arrests).toBe(17);
      await expect(tile(page, 'warrants').textContent()).resolves.toBe('10');
      await expect(tile(page, 'countyLinesClosed').textContent()).resolves.toBe('1');
      await expect(tile(page, 'children').textContent()).resolves.toBe('2');
      await expect(tile(page, 'cash').textContent()).resolves.toBe('£12,501');
      await expect(tile(page, 'drugValue').textContent()).resolves.toBe('£20,000');
      // The PCC's own force's share, beside the region's figure.
      await expect(
        page.locator('.tile[data-measure="arrests"] .tile-share').textContent(),
      ).resolves.toBe('Dorset: 14 (82%)');
      await expect(page.getByText('Since 28 Jun 2023.', { exact: false }).count()).resolves.toBe(1);
      // Everything logged above is counted (the tiles say so): health says how current that is.
      await page
        .locator('.freshness', { hasText: 'Up to date with everything recorded.' })
        .waitFor();
      await page.locator('canvas[role="img"]').waitFor();
      await expect(page.locator('canvas').getAttribute('aria-label')).resolves.toContain(
        'Dorset Police 14',
      );
      expect(await lookAt(page, 'summary-pcc')).toEqual([]);

      // The table is one click away, with each force's figures as the API gives them.
      await page.getByRole('button', { name: 'Show as table' }).click();
      for (const force of summary.forces) {
        const row = page.locator(`table:not(.rates) tr[data-force="${force.force}"]`).first();
        await expect(row.locator('td[data-measure="arrests"]').textContent()).resolves.toBe(
          String(force.totals.arrests),
        );
        const rates = page.locator(`table.rates tr[data-force="${force.force}"]`);
        await expect(rates.locator('td[data-rate="arrests"]').textContent()).resolves.toBe(
          force.per1000.arrests.toFixed(3),
        );
      }
      await expect(page.getByText(summary.forces[0].populationSource).count()).resolves.toBe(1);
      // The rates fit a phone's width, without scrolling sideways.
      await page.setViewportSize({ width: 360, height: 900 });
      const rates = page.locator('.table-scroll', { has: page.locator('table.rates') });
      await expect(
        rates.evaluate((region) => region.scrollWidth <= region.clientWidth),
      ).resolves.toBe(true);
      // One rate at a time there, the one chosen.
      await page.getByLabel('Rate', { exact: true }).selectOption({ label: 'Warrants' });
      const dorset = page.locator('table.rates tr[data-force="dorset"]');
      await dorset.locator('td[data-rate="warrants"]').waitFor();
      await expect(dorset.locator('td[data-rate="arrests"]').isVisible()).resolves.toBe(false);
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(await lookAt(page, 'summary-table')).toEqual([]);
    });
  });

  it('reproduces the figures as known on an earlier day, and goes back to live', async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const endOfYesterday = new Date(`${yesterday}T23:59:59.999Z`);
    endOfYesterday.setUTCHours(22); // a safe instant of that UK day, before any entry today
    const { body: then } = await api.get(
      `/api/summary?asOf=${encodeURIComponent(endOfYesterday.toISOString())}`,
    );
    expect(then.regional.arrests).toBe(0); // every entry of this file was recorded today

    await as('analyst', async (page) => {
      await expect(tile(page, 'arrests').textContent()).resolves.toBe('17');
      await page.getByLabel('As known on').fill(yesterday);
      await page.waitForURL(new RegExp(`asOf=${yesterday}$`));
      // The address changes a moment before the page shows the chosen day: wait for that.
      await page.locator('.as-of-state', { hasText: 'Figures as known on' }).waitFor();
      await expect(page.locator('.as-of-state').textContent()).resolves.toMatch(
        /^Figures as known on \d{1,2} [A-Z][a-z]{2} \d{4}$/,
      );
      await page.locator('.freshness', { hasText: 'As known at the end of' }).waitFor();
      await expect(tile(page, 'arrests').textContent()).resolves.toBe(
        String(then.regional.arrests),
      );
      await expect(page.locator('.position').textContent()).resolves.toBe(then.projectedPosition);
      expect(await lookAt(page, 'summary-as-of')).toEqual([]);
      await page.getByRole('button', { name: 'Back to live' }).click();
      await page.locator('.as-of-state', { hasText: 'Live figures' }).waitFor();
      await expect(tile(page, 'arrests').textContent()).resolves.toBe('17');

      // A hand-edited link naming a day that does not exist shows the live figures.
      await page.goto(`${page.url().split('?')[0]}?asOf=2023-13-45`);
      await page.locator('.as-of-state', { hasText: 'Live figures' }).waitFor();
      await expect(tile(page, 'arrests').textContent()).resolves.toBe('17');
    });
  });

  it('prints the summary on one A4 page, with the table and how to reproduce the figures', async () => {
    await as('pcc', async (page) => {
      await tile(page, 'arrests').waitFor();
      await page.locator('canvas[role="img"]').waitFor();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.print-only table').isVisible()).resolves.toBe(true);
      await expect(page.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(false);
      // What the printer gets, as a picture too: A4's width at 96 dpi.
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.screenshot({
        path: join(RESULTS, 'screenshots', 'summary-print.png'),
        fullPage: true,
      });
      const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(join(RESULTS, 'summary-print.pdf'), pdf, 'latin1');
      expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    });
  });

  it('shows each role only its own views', async () => {
    await as('admin', async (page) => {
      await page.waitForURL(/\/summary$/);
      await expect(page.locator('.who').textContent()).resolves.toBe('adminAdmin');
      await tile(page, 'arrests').waitFor();
    });
    await as('analyst', async (page) => {
      await page.waitForURL(/\/summary$/);
      await expect(page.locator('.who').textContent()).resolves.toBe('analystRegional analyst');
      await expect(page.locator('.tile-share').count()).resolves.toBe(0); // no force of its own
    });
    await as('pcc', async (page) => {
      await expect(page.locator('.who').textContent()).resolves.toBe('pccPCCDorset');
    });
    await as('wiltshire', async (page) => {
      await page.waitForURL(/\/coordinator(\?operation=scorpion&phase=5)?$/);
      await expect(page.locator('.who').textContent()).resolves.toBe(
        'wiltshireOperation coordinatorWiltshire',
      );
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Wiltshire',
      );
      await page.getByRole('heading', { name: 'Log an entry' }).waitFor();
      await expect(page.getByRole('link', { name: 'Summary' }).count()).resolves.toBe(0);
      expect(await lookAt(page, 'coordinator')).toEqual([]);
      // The summary's address leads a coordinator back to its own page.
      await page.goto(`${api.url}/summary`);
      await page.waitForURL(/\/coordinator(\?operation=scorpion&phase=5)?$/);
      await expect(page.locator('.tile').count()).resolves.toBe(0);
    });
  });

  it('signs out, and nothing of the last user is left on the tab', async () => {
    await as('analyst', async (page) => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await expect(page.evaluate('sessionStorage.length')).resolves.toBe(0);
      // Signed in again, to leave the page as `as` expects.
      await signIn(page, api.url, 'analyst', PASSWORD);
    });
  });

  it('on an expired token, asks to sign in again and returns to the same figures', async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const { page, errors, close } = await openPage(browser);
    await signIn(page, api.url, 'analyst', PASSWORD);
    await page.goto(`${api.url}/summary?asOf=${yesterday}`);
    await tile(page, 'arrests').waitFor();
    // A token the server no longer accepts, as when it expired: its signature broken.
    await page.evaluate(`sessionStorage.setItem('ros.accessToken',
      sessionStorage.getItem('ros.accessToken').replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))`);
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/session has ended/);
    await page.getByLabel('Username').fill('analyst');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(new RegExp(`/summary\\?asOf=${yesterday}$`));
    await expect(page.locator('.as-of-state').textContent()).resolves.toMatch(/as known on/);
    await close();
    expect(errors.filter((e) => !/401/.test(e))).toEqual([]);
  });
});

describe('a broken answer from the API', () => {
  // The one place a browser test alters an answer: the server cannot be made to break on cue.
  const broken = async (body: string, status: number, expected: RegExp, picture?: string) => {
    const { page, close } = await openPage(browser);
    await signIn(page, api.url, 'analyst', PASSWORD);
    await page.route('**/api/summary*', (route) =>
      route.fulfill({ status, contentType: 'application/json', body }),
    );
    await page.goto(`${api.url}/summary?asOf=2024-03-04`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    await expect(alert.textContent()).resolves.toMatch(expected);
    // The rest of the page is still there: the top bar, and a way to try again.
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    if (picture) expect(await lookAt(page, picture)).toEqual([]);
    await close();
  };

  it('shows what failed for an error status', () =>
    broken(
      JSON.stringify({ statusCode: 500, error: 'Internal Server Error', message: 'boom' }),
      500,
      /Could not load the summary.*answered 500: boom/,
      'summary-error',
    ));

  it('shows a message for an answer that is not JSON', () =>
    broken('<html>proxy error', 200, /Could not load the summary.*could not be read/));

  it('shows a message, not a blank page, for JSON of the wrong shape', () =>
    broken('{"since":null}', 200, /Something went wrong showing this page/));
});
