import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { Browser, Locator, Page } from 'playwright-core';
import { registerScorpionPhase5 } from '../../api/test/fixtures';
import { TestApi } from '../../api/test/test-api';
import { launchBrowser, lookAt, openPage, signIn } from './browser';

/**
 * The analyst explorer in Debian's Chromium, over the real API and PostgreSQL: filters in
 * the address, sorting, the drill-down's entries adding up to the figure clicked, the CSV
 * being the table, and PCCs kept out.
 */
jest.setTimeout(60_000);

const PASSWORD = 'a long enough password'; // test-api.ts's users
let api: TestApi;
let browser: Browser;
let lastPosition = '0';

const phase5 = '/api/operations/scorpion/phases/5';
const phase6 = '/api/operations/scorpion/phases/6';

const log = async (phase: string, body: Record<string, unknown>) => {
  const entryId = randomUUID();
  const { status, body: receipt } = await api.post(`${phase}/entries`, { entryId, ...body });
  expect(status).toBe(201);
  lastPosition = receipt.position;
  return entryId;
};

beforeAll(async () => {
  [api, browser] = await Promise.all([TestApi.start(), launchBrowser()]);
  await registerScorpionPhase5(api);
  const june = (day: number) => `2023-06-${day}T10:00:00.000Z`;
  await log(phase5, {
    kind: 'arrest',
    count: 14,
    force: 'dorset',
    occurredAt: june(28),
    tags: ['mille'],
  });
  const corrected = await log(phase5, {
    kind: 'arrest',
    count: 3,
    force: 'dorset',
    occurredAt: june(27),
  });
  await log(phase5, { kind: 'arrest', count: 5, force: 'wiltshire', occurredAt: june(27) });
  const retracted = await log(phase5, {
    kind: 'arrest',
    count: 2,
    force: 'wiltshire',
    occurredAt: june(29),
  });
  await log(phase5, {
    kind: 'seizure',
    item: 'class-a-drugs',
    quantity: 1.5,
    unit: 'kg',
    estimatedValueGBP: 45000.5,
    force: 'dorset',
    occurredAt: june(28),
  });
  expect(
    (await api.post(`/api/operations/scorpion/phases`, { number: 6, startsOn: '2023-10-09' }))
      .status,
  ).toBe(201);
  await log(phase6, {
    kind: 'arrest',
    count: 7,
    force: 'dorset',
    occurredAt: '2023-10-10T09:00:00.000Z',
  });
  await log(phase6, {
    kind: 'arrest',
    count: 1,
    force: 'wiltshire',
    occurredAt: '2023-10-11T09:00:00.000Z',
  });
  const correction = await api.post(`${phase5}/entries/${corrected}/correction`, {
    reason: 'Four were arrested, not three',
    entry: { kind: 'arrest', count: 4, force: 'dorset', occurredAt: june(27) },
  });
  expect(correction.status).toBe(200);
  const retraction = await api.post(`${phase5}/entries/${retracted}/retraction`, {
    reason: 'Logged twice',
  });
  expect(retraction.status).toBe(200);
  lastPosition = retraction.body.position;
  // Both read models the explorer reads have every write before the browser looks.
  const wait = `minPosition=${lastPosition}&waitMs=10000`;
  expect((await api.get(`${phase5}/totals?${wait}`)).body.minPositionReached).toBe(true);
  expect((await api.get(`${phase5}/entries?${wait}`)).status).toBe(200);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const as = async (username: string, test: (page: Page) => Promise<void>) => {
  const { page, errors, close } = await openPage(browser);
  try {
    await signIn(page, api.url, username, PASSWORD);
    await test(page);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
};

const cell = (page: Page, row: string, column: string) =>
  page.locator(`table.matrix tr[data-row="${row}"] td[data-column="${column}"] button`);

/**
 * A figure as the table shows it once drawn: the address changes a moment before the table
 * is drawn again, so wait (a while) for the text, then compare, to fail with both values.
 */
const showsText = async (locator: Locator, text: string) => {
  const exactly = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await locator
    .filter({ hasText: exactly })
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await expect(locator.textContent()).resolves.toBe(text);
};

/** The table as shown: each row's heading and its figures' text, top to bottom. */
const tableText = (page: Page) =>
  page
    .locator('table.matrix tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th .phase-name, th button.sort, td')].map((c) =>
          (c.textContent ?? '').replace(/[▲▼↕]/g, '').trim(),
        ),
      ),
    );

const openExplorer = async (page: Page, query = '') => {
  await page.goto(`${api.url}/explorer${query}`);
  await page.locator('table.matrix').waitFor();
};

describe('the analyst explorer', () => {
  it('keeps its filters in the address, sorts, and a link shows the same table', async () => {
    const { body: p5 } = await api.get(`${phase5}/totals`);
    const { body: p6 } = await api.get(`${phase6}/totals`);
    await as('analyst', async (page) => {
      await page.getByRole('link', { name: 'Explorer' }).click();
      await page.waitForURL(/\/explorer\?op=scorpion$/);
      await page.locator('table.matrix').waitFor();
      // The API's figures, phase by force.
      await showsText(cell(page, '5', 'dorset'), String(p5.byForce.dorset.arrests));
      expect(p5.byForce.dorset.arrests).toBe(18); // 14 and the 3 corrected to 4
      await showsText(cell(page, '5', 'wiltshire'), '5'); // 2 retracted
      await showsText(cell(page, '6', 'dorset'), String(p6.byForce.dorset.arrests));
      await showsText(cell(page, 'totals', 'total'), '31');

      await page.getByLabel('Measure').selectOption('seized.class-a-drugs');
      await page.waitForURL(/measure=seized.class-a-drugs/);
      await showsText(cell(page, '5', 'dorset'), '1,500');
      await page.getByLabel('Measure').selectOption('arrests');

      // Sorting by a force's column: by keyboard, and the heading says how it is sorted.
      const dorset = page.locator('th[data-column="dorset"]');
      await dorset.getByRole('button').focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/sort=dorset/);
      // The address changes a moment before the table is drawn again: wait for the table.
      await page.locator('th[data-column="dorset"][aria-sort="ascending"]').waitFor();
      await expect(page.locator('tbody tr').first().getAttribute('data-row')).resolves.toBe('6');
      await dorset.getByRole('button').click();
      await page.waitForURL(/dir=descending/);
      await page.locator('th[data-column="dorset"][aria-sort="descending"]').waitFor();
      await expect(page.locator('tbody tr').first().getAttribute('data-row')).resolves.toBe('5');

      await page.getByLabel('Occurred to').fill('2023-06-27');
      await page.waitForURL(/to=2023-06-27/);
      await page.getByLabel('Force', { exact: true }).selectOption('dorset');
      await page.waitForURL(/force=dorset/);
      await showsText(cell(page, '5', 'dorset'), '4');
      const shown = await tableText(page);
      expect(shown[1]).toEqual(['Phase 5', '4', '4']);
      expect(await lookAt(page, 'explorer')).toEqual([]);

      // The same address in a fresh tab shows the same table.
      const link = page.url();
      expect(link).toContain('op=scorpion');
      await openExplorer(page, new URL(link).search);
      await cell(page, '5', 'dorset').waitFor();
      await expect(tableText(page)).resolves.toEqual(shown);
      await expect(page.getByLabel('Force', { exact: true }).inputValue()).resolves.toBe('dorset');
    });
  });

  it('lists the entries behind a figure, adding up to it, with corrections and retractions', async () => {
    const { body: p5 } = await api.get(`${phase5}/totals`);
    await as('analyst', async (page) => {
      await openExplorer(page, '?op=scorpion');
      await cell(page, '5', 'dorset').click();
      const panel = page.getByRole('dialog');
      await panel.locator('.adds-up').waitFor();
      await expect(panel.locator('.adds-up strong').textContent()).resolves.toBe(
        String(p5.byForce.dorset.arrests),
      );
      await expect(panel.locator('tbody tr').count()).resolves.toBe(2);
      await expect(
        panel.getByText('Four were arrested, not three', { exact: false }).count(),
      ).resolves.toBe(1);
      await panel.getByRole('button', { name: 'Close' }).click();

      // The phase's total, by keyboard: the retracted entry is listed, not counted.
      await cell(page, '5', 'total').focus();
      await page.keyboard.press('Enter');
      await panel.locator('.adds-up').waitFor();
      await expect(panel.locator('.adds-up').textContent()).resolves.toBe(
        `These 3 entries add up to ${p5.totals.arrests} (1 retracted, listed but not counted).`,
      );
      const adds = await panel
        .locator('td[data-adds]')
        .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-adds'))));
      expect(adds.reduce((a, b) => a + b, 0)).toBe(p5.totals.arrests);
      await expect(panel.locator('tr[data-counted="false"]').textContent()).resolves.toContain(
        'Logged twice',
      );
      expect(await lookAt(page, 'explorer-drill-down')).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(panel.count()).resolves.toBe(0);

      // Money to the penny, seizures in kg counted in g.
      await page.getByLabel('Measure').selectOption('estimatedValueGBP');
      await cell(page, 'totals', 'dorset').click();
      await expect(panel.locator('.adds-up strong').textContent()).resolves.toBe('45,000.5');
    });
  });

  it('downloads a CSV that is the table as shown, cell for cell', async () => {
    await as('analyst', async (page) => {
      await openExplorer(page, '?op=scorpion&sort=total&dir=descending');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV of this table' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(
        'ros_scorpion_arrests_all-phases_all-forces_live.csv',
      );
      const csv = readFileSync((await download.path())!, 'utf8');
      const headings = await page
        .locator('table.matrix th button.sort')
        .evaluateAll((buttons) => buttons.map((b) => b.textContent!.replace(/[▲▼↕]/g, '').trim()));
      const body = await page
        .locator('table.matrix tbody tr, table.matrix tfoot tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.querySelector('.phase-name')!.textContent!,
            tr.querySelector('.dates')?.textContent ?? '',
            // Figures as numbers: the file has no thousands separators, for spreadsheets.
            ...[...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/,/g, '')),
          ]),
        );
      expect(headings[0]).toBe('Phase');
      const expected = [['Phase (Arrests)', 'Dates', ...headings.slice(1)], ...body];
      expect(csv).toBe(stringify(expected, { record_delimiter: 'windows' }));
      expect(body.map((row) => row[0])).toEqual(['Phase 5', 'Phase 6', 'All phases shown']);
    });
  });

  it('says what the API cannot answer for a tag, and shows what it can', async () => {
    const { body: tag } = await api.get('/api/tags/mille/totals');
    await as('analyst', async (page) => {
      await openExplorer(page, '?op=scorpion&tag=mille');
      await expect(page.locator('.limit').first().textContent()).resolves.toMatch(/not by phase/);
      await showsText(cell(page, 'all', 'dorset'), String(tag.byForce.dorset.arrests));
      await page.goto(`${api.url}/explorer?op=scorpion&tag=mille&phase=5`);
      await page.locator('.limit', { hasText: 'one phase' }).waitFor();
      await expect(page.locator('.limit').last().textContent()).resolves.toMatch(
        /No route totals a tag for one phase/,
      );
      await expect(page.locator('table.matrix').count()).resolves.toBe(0);
    });
  });

  it('is not there for a PCC, who may not read the entry log', async () => {
    await as('pcc', async (page) => {
      await page.waitForURL(/\/summary$/);
      await expect(page.getByRole('link', { name: 'Explorer' }).count()).resolves.toBe(0);
      await page.goto(`${api.url}/explorer?op=scorpion`);
      await page.waitForURL(/\/summary$/);
    });
  });
});
