import type { Browser, BrowserContext, Page } from 'playwright-core';
import { registerScorpionPhase5 } from '../../api/test/fixtures';
import { TestApi, type Person } from '../../api/test/test-api';
import { launchBrowser, lookAt, openPage, signIn } from './browser';

/**
 * The coordinator's entry form in Debian's Chromium, over the real API and PostgreSQL: the
 * common case in three taps, the offline queue (kept in IndexedDB, sent once on reconnect,
 * counted once), refusals fixed and sent again, and the form refusing what the server would.
 */
jest.setTimeout(60_000);

const PASSWORD = 'a long enough password'; // test-api.ts's users
// Chromium logs each request that could not be made or lost its answer as a console error:
// those are the network failures these tests cause on purpose, and nothing else is excused.
const CAUSED_ON_PURPOSE =
  /^Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|CONNECTION_RESET)$/;
const ENTRIES = '**/api/operations/*/phases/*/entries';

let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  [api, browser] = await Promise.all([TestApi.start(), launchBrowser()]);
  await registerScorpionPhase5(api); // open since 26 June 2023: "now" is within it
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/** A signed-in coordinator's page for one test; its console stays free of other errors. */
const as = async (
  username: Person,
  test: (page: Page, context: BrowserContext) => Promise<void>,
  refusedOnPurpose?: number,
) => {
  const { page, errors, close } = await openPage(browser);
  try {
    await signIn(page, api.url, username, PASSWORD);
    await test(page, page.context());
    // A refusal the test provokes is logged by Chromium too, as its status.
    const provoked = `the server responded with a status of ${refusedOnPurpose} `;
    expect(
      errors.filter(
        (e) => !CAUSED_ON_PURPOSE.test(e) && !(refusedOnPurpose && e.includes(provoked)),
      ),
    ).toEqual([]);
  } finally {
    await close();
  }
};

const strip = (page: Page, text: string) =>
  page.locator('.queue-strip', { hasText: text }).waitFor();
/** The page as opened online: the phase chosen, its figures and the force's entries read. */
const ready = async (page: Page) => {
  await page.waitForURL(/\/coordinator\?operation=[^&]+&phase=\d+$/);
  await page.locator('.figure[data-measure="arrests"] .figure-value').waitFor();
  await page.getByRole('heading', { name: "My force's entries" }).waitFor();
  await page.waitForLoadState('networkidle');
};
const figure = (page: Page, measure: string) =>
  page.locator(`.figure[data-measure="${measure}"] .figure-value`);
const forceTotals = async (op: string, phase: number, force: string) =>
  (await api.get(`/api/operations/${op}/phases/${phase}/totals`)).body.byForce[force];
const logged = async (op: string, phase: number, force: string) =>
  (await api.get(`/api/operations/${op}/phases/${phase}/entries?force=${force}`)).body.items;
const ukDay = (daysAgo: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
    Date.now() - daysAgo * 86_400_000,
  );

describe('the coordinator’s entry form', () => {
  it('logs 14 arrests in three taps and shows the force’s phase totals with them', async () => {
    await as('dorset', async (page) => {
      // The open phase of the force's operations, in the address.
      await page.waitForURL(/\/coordinator\?operation=scorpion&phase=5$/);
      await expect(figure(page, 'arrests').textContent()).resolves.toBe('0');
      await strip(page, 'All sent');

      await page.getByRole('button', { name: 'Arrest', exact: true }).click();
      await page.getByLabel('How many').fill('14');
      await page.getByRole('button', { name: 'Submit' }).click();

      await page.locator('.entry-done', { hasText: '14 × Arrest: sent.' }).waitFor();
      await strip(page, 'All sent');
      await page.locator('.figure[data-measure="arrests"]', { hasText: '14' }).waitFor();
      expect((await forceTotals('scorpion', 5, 'dorset')).arrests).toBe(14);
      const [entry] = await logged('scorpion', 5, 'dorset');
      expect(entry.current).toMatchObject({ kind: 'arrest', count: 14, force: 'dorset' });
      // "When" was now: the moment Submit was pressed, give or take the test's own pace.
      expect(Date.now() - Date.parse(entry.current.occurredAt)).toBeLessThan(60_000);
      // And the force's entry log on the same page lists it, without a reload.
      await page.locator(`.entry[data-entry-id="${entry.entryId}"]`, { hasText: '14' }).waitFor();
      expect(await lookAt(page, 'coordinator-entry')).toEqual([]);
    });
  });

  it('refuses what the server would refuse, beside the field, and sends nothing', async () => {
    const events = await api.eventCount();
    await as('dorset', async (page) => {
      await strip(page, 'All sent');
      await page.getByRole('button', { name: 'Submit' }).click();
      await page.getByText('Choose what happened').waitFor();

      await page.getByRole('button', { name: 'Warrant' }).click();
      await page.getByLabel('How many').fill('0');
      await page.getByLabel('When').fill('2030-01-01T10:00');
      await page.getByRole('button', { name: 'Submit' }).click();
      await expect(page.locator('#count-problem').textContent()).resolves.toBe(
        'How many must be a whole number from 1 to 1,000',
      );
      await expect(page.locator('#when-problem').textContent()).resolves.toMatch(/future/);
      await expect(page.getByLabel('How many').getAttribute('aria-invalid')).resolves.toBe('true');
      // Before the phase began (26 June 2023, a UK day).
      await page.getByLabel('When').fill('2023-06-25T23:30');
      await expect(page.locator('#when-problem').textContent()).resolves.toMatch(
        /started on 2023-06-26/,
      );

      // Cash is counted in pounds only, to the penny.
      await page.getByRole('button', { name: 'Seizure' }).click();
      await page.getByLabel('What was seized').selectOption('cash');
      await expect(page.locator('#unit option').allTextContents()).resolves.toEqual(['£']);
      await page.getByLabel('Quantity').fill('12.345');
      await page.getByRole('button', { name: 'Now', exact: true }).click();
      await page.getByRole('button', { name: 'Submit' }).click();
      await expect(page.locator('#quantity-problem').textContent()).resolves.toMatch(
        /at most 2 decimal places/,
      );
      await page.getByLabel('Tags (optional)').fill('Mille');
      await page.getByText('“Mille” is not a tag', { exact: false }).waitFor();
      await page.getByText('Do not write personal data').waitFor();
      expect(await lookAt(page, 'coordinator-entry-problems')).toEqual([]);
      await strip(page, 'All sent');
    });
    expect(await api.eventCount()).toBe(events); // nothing reached the server
  });

  it('keeps an entry made offline through a reload, sends it on reconnect and counts it once', async () => {
    await as('dorset', async (page, context) => {
      await strip(page, 'All sent');
      await ready(page); // opened online, as the page must be (it has no service worker)
      await context.setOffline(true);
      await page.getByRole('button', { name: 'Warrant' }).click();
      await page.getByLabel('How many').fill('3');
      await page.getByRole('button', { name: 'Submit' }).click();
      await strip(page, '1 waiting — will send when online');
      await page.locator('.entry-done', { hasText: '3 × Warrant: kept on this device' }).waitFor();
      expect(await lookAt(page, 'coordinator-entry-waiting')).toEqual([]);

      // The worst case: the connection comes back just long enough for the entry to reach
      // the server, and its answer is lost. The page cannot know it was stored.
      await page.route(ENTRIES, async (route) => {
        await route.fetch();
        await route.abort('connectionreset');
      });
      await context.setOffline(false);
      // Reloaded (the page cannot load while offline: it has no service worker), the entry
      // is still there, from IndexedDB, and still waiting: no answer has come.
      await page.reload();
      await strip(page, '1 waiting — will send when online');
      await page.unroute(ENTRIES);

      // The connection drops and comes back for good: the entry goes again, the server
      // answers 200 (the same id and body, already stored), and it leaves the queue.
      await context.setOffline(true);
      await context.setOffline(false);
      await strip(page, 'All sent');
      await page.locator('.figure[data-measure="warrants"]', { hasText: '3' }).waitFor();
    });
    expect((await forceTotals('scorpion', 5, 'dorset')).warrants).toBe(3);
    const warrants = (await logged('scorpion', 5, 'dorset')).filter(
      (e: { current: { kind: string } }) => e.current.kind === 'warrant',
    );
    expect(warrants).toHaveLength(1);
    expect(warrants[0].current.count).toBe(3);
  });

  it('shows a refusal with the server’s message, and sends it again once fixed', async () => {
    // Ragwort's phase 1 began ten days ago, as the page loads it.
    await api.post('/api/operations', {
      id: 'ragwort',
      name: 'Operation Ragwort',
      scope: 'regional',
      forces: ['dorset', 'wiltshire'],
    });
    await api.post('/api/operations/ragwort/phases', { number: 1, startsOn: ukDay(10) });
    await as(
      'wiltshire',
      async (page) => {
        await page.goto(`${api.url}/coordinator?operation=ragwort&phase=1`);
        await page.getByRole('combobox', { name: 'Operation and phase' }).waitFor();
        await expect(page.getByLabel('Operation and phase').inputValue()).resolves.toBe(
          'ragwort/1',
        );
        // While the coordinator is out, an admin puts the phase's start right: three days ago.
        const moved = await api.request('PATCH', '/api/operations/ragwort/phases/1', {
          body: { startsOn: ukDay(3), reason: 'The phase began later than planned' },
        });
        expect(moved.status).toBe(200);

        // A charge five days ago: within the dates the page knows, not the server's.
        await page.getByRole('button', { name: 'Charge' }).click();
        await page.getByLabel('When').fill(`${ukDay(5)}T10:00`);
        await page.getByRole('button', { name: 'Submit' }).click();
        const refused = page.locator('.refused-entry');
        await refused.waitFor();
        await expect(refused.locator('.refused-message').textContent()).resolves.toMatch(
          /^The server answered 422: phase-not-started: /,
        );
        await strip(page, 'All sent'); // nothing waits: the refusal is listed, not retried
        await page.locator('.entry-done', { hasText: 'refused by the server' }).waitFor();
        const entryId = await refused.getAttribute('data-entry-id');
        expect(await lookAt(page, 'coordinator-entry-refused')).toEqual([]);

        await refused.getByRole('button', { name: /^Fix/ }).click();
        await page.getByRole('heading', { name: 'Fix a refused entry' }).waitFor();
        await expect(
          page.getByRole('button', { name: 'Charge', exact: true }).getAttribute('aria-pressed'),
        ).resolves.toBe('true');
        await expect(page.getByLabel('When').inputValue()).resolves.toBe(`${ukDay(5)}T10:00`);
        await page.getByLabel('When').fill(`${ukDay(2)}T10:00`);
        await page.getByRole('button', { name: 'Submit' }).click();
        await page.locator('.figure[data-measure="charges"]', { hasText: '1' }).waitFor();
        await strip(page, 'All sent');
        await expect(refused.count()).resolves.toBe(0);
        // The same entry, under the id it was made with: the refusal stored nothing.
        const [entry] = await logged('ragwort', 1, 'wiltshire');
        expect(entry.entryId).toBe(entryId);
      },
      422,
    );
    expect((await forceTotals('ragwort', 1, 'wiltshire')).charges).toBe(1);
  });

  it('keeps each user’s queue to that user on a shared browser', async () => {
    const { page, errors, close } = await openPage(browser);
    try {
      await signIn(page, api.url, 'dorset', PASSWORD);
      await page.goto(`${api.url}/coordinator?operation=scorpion&phase=5`);
      await strip(page, 'All sent');
      await ready(page);
      await page.context().setOffline(true);
      await page.getByRole('button', { name: 'Engagement' }).click();
      await page.getByRole('button', { name: 'One more' }).click(); // 2
      await page.getByRole('button', { name: 'Submit' }).click();
      await strip(page, '1 waiting');
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.context().setOffline(false);

      await signIn(page, api.url, 'wiltshire', PASSWORD);
      await strip(page, 'All sent'); // Dorset's entry is neither shown nor sent
      await page.waitForTimeout(500);
      expect((await forceTotals('scorpion', 5, 'dorset')).engagements).toBe(0);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await signIn(page, api.url, 'dorset', PASSWORD);
      await strip(page, 'All sent'); // sent as Dorset's, once Dorset is back
      await page.getByLabel('Operation and phase').selectOption('scorpion/5');
      await page.locator('.figure[data-measure="entries"]', { hasText: '3' }).waitFor();
      expect((await forceTotals('scorpion', 5, 'dorset')).engagements).toBe(2);
    } finally {
      await close();
    }
    expect(errors.filter((e) => !CAUSED_ON_PURPOSE.test(e))).toEqual([]);
  });
});
