import type { Browser, Page } from 'playwright-core';
import { arrests, registerScorpionPhase5 } from '../../api/test/fixtures';
import { TestApi } from '../../api/test/test-api';
import { asUser, launchBrowser, lookAt } from './browser';

/**
 * Publications in Debian's Chromium over the real API and PostgreSQL: a PCC publishes the
 * figures, a later correction shows as drift with its before and after, and only PCCs and
 * admins see the form to publish.
 */
jest.setTimeout(60_000);

const TITLE = 'Operation Scorpion phase 5: results';
let api: TestApi;
let browser: Browser;
let entries: string;
const logged = arrests(14, 'dorset');

beforeAll(async () => {
  [api, browser] = await Promise.all([TestApi.start(), launchBrowser()]);
  entries = await registerScorpionPhase5(api);
  const { status, body } = await api.post(entries, logged);
  expect(status).toBe(201);
  await api.get(`/api/summary?minPosition=${body.position}&waitMs=10000`);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/** A signed-in page for one test (see asUser). */
const as = (username: string, test: (page: Page) => Promise<void>, refusals: number[] = []) =>
  asUser(browser, api.url, username, test, refusals);

const publicationsLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Publications' });

describe('publications', () => {
  let id: string;

  it('a PCC publishes the figures of a phase, and sees it listed with how to reproduce it', async () => {
    await as(
      'pcc',
      async (page) => {
        await publicationsLink(page).click();
        await page.waitForURL(/\/publications$/);
        await page.getByText('Nothing has been published yet.').waitFor();
        expect(await lookAt(page, 'publications-empty')).toEqual([]);

        const form = page.locator('form', { hasText: 'Limit it to' });
        // Another force's figures alone: the server's 403, in its words; nothing published.
        await form.getByLabel('Title').fill('Wiltshire alone');
        await form.getByLabel('Force').selectOption({ label: 'Wiltshire' });
        await form.getByRole('button', { name: 'Publish these figures' }).click();
        await expect(form.getByRole('alert').textContent()).resolves.toMatch(
          /^The figures were not published: A PCC may publish regional figures and dorset's own, not wiltshire's alone \(the server answered 403\)\. Nothing was changed\.$/,
        );
        expect((await api.stored()).publications).toBe(0);

        await form.getByLabel('Title').fill(TITLE);
        await form.getByLabel('Force').selectOption({ label: 'Every force' });
        await form.getByLabel('Operation').selectOption({ label: 'Operation Scorpion' });
        await form.getByLabel('Phase').selectOption({ label: 'Phase 5' });
        await form.getByRole('button', { name: 'Publish these figures' }).click();
        const receipt = page.locator('.published');
        await receipt.waitFor();
        id = (await receipt.locator('.publication-id').textContent())!;
        const { body: stored } = await api.get(`/api/publications/${id}`, 'pcc');
        expect(stored).toMatchObject({
          title: TITLE,
          publishedBy: 'pcc',
          scope: { operation: 'scorpion', phase: 5 },
          drift: [],
        });
        expect(stored.figures.totals.arrests).toBe(14);
        await expect(receipt.textContent()).resolves.toContain(`GET /api/publications/${id}`);

        const item = page.locator(`[data-publication="${id}"]`);
        await item.waitFor();
        await expect(item.locator('.publication-meta').textContent()).resolves.toMatch(
          /^Published \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d by pcc\. Operation Scorpion, phase 5\.$/,
        );
        await expect(item.locator('.no-drift').textContent()).resolves.toBe(
          'Figures unchanged since',
        );
        expect(await lookAt(page, 'publications-published')).toEqual([]);
      },
      [403],
    );
  });

  it('after an entry is corrected, shows the drift badge with each figure before and after', async () => {
    const { entryId, ...entry } = logged;
    const { status, body } = await api.post(`${entries}/${entryId}/correction`, {
      reason: 'Two of the arrests were counted twice',
      entry: { ...entry, count: 12 },
    });
    expect(status).toBe(200);
    await api.get(`/api/summary?minPosition=${body.position}&waitMs=10000`);
    const { body: drifted } = await api.get(`/api/publications/${id}`, 'pcc');
    expect(drifted.drift).toContainEqual({ figure: 'totals.arrests', published: 14, current: 12 });

    await as('pcc', async (page) => {
      await page.goto(`${api.url}/publications`);
      const item = page.locator(`[data-publication="${id}"]`);
      const badge = item.locator('.drift-badge');
      await expect(badge.textContent()).resolves.toBe(
        `${drifted.drift.length} figures have changed since`,
      );
      await badge.click(); // opens the before and after in place
      const row = item.locator('tr[data-figure="totals.arrests"]');
      await expect(row.locator('th').textContent()).resolves.toBe('Region: arrests');
      await expect(row.locator('[data-value="published"]').textContent()).resolves.toBe('14');
      await expect(row.locator('[data-value="current"]').textContent()).resolves.toBe('12');
      const dorset = item.locator('tr[data-figure="byForce.dorset.arrests"]');
      await expect(dorset.locator('th').textContent()).resolves.toBe('Dorset: arrests');
      await expect(item.locator('tbody tr').count()).resolves.toBe(drifted.drift.length);
      expect(await lookAt(page, 'publications-drift')).toEqual([]);

      // Its own page: what it covers, how to reproduce it, and the same before and after.
      await item.getByRole('link', { name: TITLE }).click();
      await page.waitForURL(new RegExp(`/publications/${id}$`));
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await expect(page.locator('.publication-facts').textContent()).resolves.toContain(
        `Publication id ${id}`,
      );
      await expect(
        page.locator('tr[data-figure="totals.arrests"] [data-value="current"]').textContent(),
      ).resolves.toBe('12');
      expect(await lookAt(page, 'publication-detail')).toEqual([]);
    });
  });

  it('an analyst reads the publications, on their page and the summary, but has no form to publish', async () => {
    await as('analyst', async (page) => {
      const recent = page.locator('.recent-publications');
      await recent.locator(`[data-publication="${id}"] .drift-badge`).waitFor();
      await publicationsLink(page).click();
      await page.locator(`[data-publication="${id}"]`).waitFor();
      await expect(
        page.getByRole('heading', { name: 'Publish these figures' }).count(),
      ).resolves.toBe(0);
      await expect(
        page.getByRole('button', { name: 'Publish these figures' }).count(),
      ).resolves.toBe(0);
      expect(await lookAt(page, 'publications-analyst')).toEqual([]);
    });
  });

  it('an unknown publication says so, not a blank page', async () => {
    await as(
      'analyst',
      async (page) => {
        await page.goto(`${api.url}/publications/00000000-0000-4000-8000-000000000000`);
        await expect(page.getByRole('alert').textContent()).resolves.toMatch(
          /Could not load this publication.*answered 404: There is no publication/,
        );
      },
      [404],
    );
  });
});
