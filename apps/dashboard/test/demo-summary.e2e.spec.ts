import type { Browser, Page } from 'playwright-core';
import { DemoSeeder, releasedFigures } from '@ros/demo';
import { TestApi } from '../../api/test/test-api';
import { formatCount, formatPounds } from '../src/ui/format';
import { launchBrowser, lookAt, openPage, signIn } from './browser';

/**
 * The summary over the demo region, in Debian's Chromium: it says the figures are the
 * demo's, and its phases-over-time table shows each force's figures exactly as released.
 */
jest.setTimeout(60_000);

const PASSWORD = 'a long enough password'; // test-api.ts's users
let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  [api, browser] = await Promise.all([TestApi.start(), launchBrowser()]);
  await api.provider(DemoSeeder).seed(() => undefined);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

// The summary's measures, by where the released figure sits in a phase's totals.
const MEASURE_OF: Record<string, { label: string; format: (n: number) => string }> = {
  arrests: { label: 'Arrests', format: formatCount },
  warrants: { label: 'Warrants', format: formatCount },
  countyLinesClosed: { label: 'County lines closed', format: formatCount },
  'safeguarded.children': { label: 'Children safeguarded', format: formatCount },
  'safeguarded.adults': { label: 'Adults safeguarded', format: formatCount },
  'seizures.cash.quantity': { label: 'Cash seized', format: formatPounds },
};

const phasesSection = (page: Page) => page.locator('section.phases-over-time');

it('says plainly that the figures are demo data, on screen and on paper', async () => {
  const { page, errors, close } = await openPage(browser);
  await signIn(page, api.url, 'pcc', PASSWORD);
  const badge = page.locator('.demo-badge');
  await badge.waitFor();
  await expect(badge.textContent()).resolves.toMatch(/^Demo data — Operation Scorpion, /);
  await page.emulateMedia({ media: 'print' });
  await expect(badge.locator('strong').isVisible()).resolves.toBe(true);
  await close();
  expect(errors).toEqual([]);
});

it('shows each force’s figures phase by phase exactly as the forces released them', async () => {
  const { page, errors, close } = await openPage(browser);
  await signIn(page, api.url, 'pcc', PASSWORD);
  const section = phasesSection(page);
  await section.locator('canvas[role="img"]').waitFor();
  await expect(section.getByLabel('Operation', { exact: true }).inputValue()).resolves.toBe(
    'scorpion',
  );
  expect(await lookAt(page, 'summary-demo')).toEqual([]);
  await section.getByRole('button', { name: 'Show as table' }).click();

  const released = releasedFigures().filter(
    (figure) => figure.operation === 'scorpion' && MEASURE_OF[figure.totalsPath],
  );
  expect(released.length).toBeGreaterThan(20);
  for (const [path, measure] of Object.entries(MEASURE_OF)) {
    const figures = released.filter((figure) => figure.totalsPath === path);
    if (figures.length === 0) continue;
    await section.getByLabel('Measure', { exact: true }).selectOption({ label: measure.label });
    await section.locator('caption', { hasText: `${measure.label} by phase` }).waitFor();
    for (const figure of figures) {
      const cell = section.locator(
        `tr[data-force="${figure.force}"] td[data-phase="${figure.phase}"]`,
      );
      expect({ ...figure, shown: await cell.textContent() }).toEqual({
        ...figure,
        shown: measure.format(figure.value),
      });
    }
  }
  expect(await lookAt(page, 'summary-phases-table')).toEqual([]);
  await close();
  expect(errors).toEqual([]);
});
