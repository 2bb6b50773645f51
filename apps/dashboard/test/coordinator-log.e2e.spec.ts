import { randomUUID } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { registerScorpionPhase5 } from '../../api/test/fixtures';
import { TestApi } from '../../api/test/test-api';
import { launchBrowser, lookAt, openPage, signIn } from './browser';

/**
 * The coordinator's entry log (correct, retract) and a pasted return, in Debian's Chromium
 * against the real API over a real PostgreSQL: what the page shows is checked against what the
 * API then counts.
 */
jest.setTimeout(60_000);

const PASSWORD = 'a long enough password'; // test-api.ts's users
let api: TestApi;
let browser: Browser;
let entries: string;
const PHASE = '/api/operations/scorpion/phases/5';
const PAGE = '/coordinator?operation=scorpion&phase=5';

beforeAll(async () => {
  [api, browser] = await Promise.all([TestApi.start(), launchBrowser()]);
  entries = await registerScorpionPhase5(api);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/** Logs an entry as admin (the API, not the page), and gives its id. */
const log = async (body: Record<string, unknown>) => {
  const entryId = randomUUID();
  const { status } = await api.post(entries, {
    entryId,
    occurredAt: '2023-06-28T06:30:00.000Z',
    ...body,
  });
  expect(status).toBe(201);
  return entryId;
};

/** Dorset's phase 5 totals, once the read model has every write so far. */
const dorsetTotals = async () => {
  const { body: events } = await api.get(`${PHASE}/entries?limit=1000`);
  const last = events.items
    .flatMap((item: { history: { position: string }[] }) => item.history)
    .map((change: { position: string }) => BigInt(change.position))
    .reduce((a: bigint, b: bigint) => (a > b ? a : b), 0n);
  const { body } = await api.get(`${PHASE}/totals?minPosition=${last}&waitMs=10000`);
  expect(body.minPositionReached).toBe(true);
  return body.byForce.dorset;
};

/**
 * A signed-in coordinator on the page; its console must stay free of errors, but for the
 * browser's own report of a refusal the test provokes (`refused`).
 */
const asDorset = async (test: (page: Page) => Promise<void>, url = PAGE, refused?: number) => {
  const { page, errors, close } = await openPage(browser);
  try {
    await signIn(page, api.url, 'dorset', PASSWORD);
    await page.goto(`${api.url}${url}`);
    await test(page);
    const reported = `the server responded with a status of ${refused} `;
    expect(errors.filter((error) => !(refused && error.includes(reported)))).toEqual([]);
  } finally {
    await close();
  }
};

const row = (page: Page, entryId: string) => page.locator(`li.entry[data-entry-id="${entryId}"]`);
const text = (locator: Locator) => locator.textContent();

let arrest: string;
let warrant: string;
let wiltshire: string;

describe("the coordinator's entries", () => {
  beforeAll(async () => {
    arrest = await log({ kind: 'arrest', count: 5, offence: 'drug-supply', force: 'dorset' });
    warrant = await log({ kind: 'warrant', count: 3, force: 'dorset', notes: 'Early doors' });
    wiltshire = await log({ kind: 'arrest', count: 7, force: 'wiltshire' });
  });

  it("lists only its own force's entries, newest first, with what each adds, when and who", () =>
    asDorset(async (page) => {
      await page.locator('li.entry').first().waitFor();
      await expect(page.locator('li.entry').count()).resolves.toBe(2);
      await expect(row(page, wiltshire).count()).resolves.toBe(0);
      await expect(page.locator('li.entry').first().getAttribute('data-entry-id')).resolves.toBe(
        warrant,
      );
      const first = row(page, arrest);
      await expect(text(first.locator('.entry-head'))).resolves.toBe('Arrest 5 (drug supply)');
      await expect(text(first.locator('.entry-when'))).resolves.toBe('28 Jun 2023, 07:30'); // BST
      await expect(text(first.locator('.entry-who'))).resolves.toMatch(
        /^admin, \d{1,2} \w{3} \d{4}/,
      );
      await expect(text(first.locator('.entry-status'))).resolves.toBe('Counted');
      expect(await lookAt(page, 'coordinator-log')).toEqual([]);
    }));

  it('corrects an entry with a reason: the list shows the new figure and why, the totals count it', () =>
    asDorset(async (page) => {
      const entry = row(page, arrest);
      await entry.getByRole('button', { name: 'Correct' }).click();
      const form = entry.getByRole('form', { name: 'Correct this entry' });
      await expect(form.getByLabel('When (UK time)').inputValue()).resolves.toBe(
        '2023-06-28T07:30',
      );
      // The keyboard is taken to the form's first field.
      await expect(page.evaluate('document.activeElement.id')).resolves.toBe(
        await form.getByLabel('Count').getAttribute('id'),
      );
      await form.getByLabel('Count').fill('8');
      // No reason: the form says so, and nothing is sent.
      await form.getByRole('button', { name: 'Save correction' }).click();
      await expect(text(form.locator('.field-problem'))).resolves.toMatch(/Say why/);
      const { body: unchanged } = await api.get(`${entries}/${arrest}`);
      expect(unchanged.history).toHaveLength(1);

      await form.getByLabel('Reason for the correction').fill('Custody confirmed three more');
      await form.getByRole('button', { name: 'Save correction' }).click();
      await page.getByRole('status').filter({ hasText: 'Corrected' }).waitFor();
      await expect(text(entry.locator('.entry-figure'))).resolves.toBe('8 (drug supply)');
      await expect(text(entry.locator('.entry-status'))).resolves.toBe('Corrected');
      await expect(text(entry.locator('.entry-history'))).resolves.toContain(
        'Reason: Custody confirmed three more',
      );
      await expect(text(entry.locator('.entry-history li').first())).resolves.toMatch(
        /^Logged 5 \(drug supply\) by admin/,
      );
      // The rest of the entry is as it was: the server has the full entry back.
      const { body: corrected } = await api.get(`${entries}/${arrest}`);
      expect(corrected.current).toMatchObject({
        count: 8,
        offence: 'drug-supply',
        force: 'dorset',
      });
      expect((await dorsetTotals()).arrests).toBe(8);
    }));

  it("shows the server's refusal of a correction, and changes nothing", () =>
    asDorset(
      async (page) => {
        const entry = row(page, warrant);
        await entry.getByRole('button', { name: 'Correct' }).click();
        const form = entry.getByRole('form', { name: 'Correct this entry' });
        await expect(form.getByLabel('Notes').inputValue()).resolves.toBe('Early doors');
        await form.getByLabel('When (UK time)').fill('2023-06-20T10:00'); // before phase 5 began
        await form.getByLabel('Reason for the correction').fill('Wrong day');
        await form.getByRole('button', { name: 'Save correction' }).click();
        const refusal = form.getByRole('alert');
        await refusal.waitFor();
        await expect(text(refusal)).resolves.toMatch(
          /^The correction was refused \(422\): phase-not-started: .*Nothing was changed\.$/,
        );
        await expect(text(entry.locator('.entry-status'))).resolves.toBe('Counted');
        const { body: still } = await api.get(`${entries}/${warrant}`);
        expect(still.history).toHaveLength(1);
        expect(still.current.occurredAt).toBe('2023-06-28T06:30:00.000Z');
        expect((await dorsetTotals()).warrants).toBe(3);
      },
      PAGE,
      422,
    ));

  it('retracts an entry with a reason: shown as retracted, and no longer counted', () =>
    asDorset(async (page) => {
      const entry = row(page, warrant);
      await entry.getByRole('button', { name: 'Retract' }).click();
      const form = entry.getByRole('form', { name: 'Retract this entry' });
      await form.getByRole('button', { name: 'Retract entry' }).click();
      await expect(text(form.locator('.field-problem'))).resolves.toMatch(/Say why/);
      await form.getByLabel('Reason for retracting').fill('Logged twice by mistake');
      await form.getByRole('button', { name: 'Retract entry' }).click();
      await page.getByRole('status').filter({ hasText: 'Retracted' }).waitFor();
      await expect(text(entry.locator('.entry-status'))).resolves.toBe('Retracted: not counted');
      await expect(text(entry.locator('.entry-history'))).resolves.toContain(
        'Reason: Logged twice by mistake',
      );
      await expect(entry.getByRole('button', { name: 'Correct' }).count()).resolves.toBe(0);
      expect((await dorsetTotals()).warrants).toBe(0);
      expect((await dorsetTotals()).entries).toBe(1);
    }));

  it('shows more when the phase has more entries than one page', async () => {
    await api.post('/api/operations', {
      id: 'viper',
      name: 'Operation Viper',
      scope: 'force',
      forces: ['dorset'],
    });
    await api.post('/api/operations/viper/phases', { number: 1, startsOn: '2023-06-26' });
    const many = Array.from({ length: 101 }, (_, i) => ({
      entryId: randomUUID(),
      kind: 'engagement',
      count: i + 1,
      force: 'dorset',
      occurredAt: '2023-06-28T09:00:00.000Z',
    }));
    const { body } = await api.post('/api/operations/viper/phases/1/entries/batch', {
      entries: many,
    });
    expect(body.results.every((r: { status: number }) => r.status === 201)).toBe(true);
    await asDorset(async (page) => {
      await page.getByRole('button', { name: 'Show more' }).waitFor();
      await expect(page.locator('li.entry').count()).resolves.toBe(100);
      await page.getByRole('button', { name: 'Show more' }).click();
      await row(page, many[100].entryId).waitFor();
      await expect(page.locator('li.entry').count()).resolves.toBe(101);
      await expect(page.getByRole('button', { name: 'Show more' }).count()).resolves.toBe(0);
    }, '/coordinator?operation=viper&phase=1');
  });
});

const RETURN = `kind,count,occurredAt,offence,item,quantity,unit,estimatedValueGBP,notes,tags
arrest,4,2023-06-29 08:15,drug-supply,,,,,,mille
arrest,2,29/06/2023 14:00,,,,,,From the custody sheet,
arrest,0,2023-06-29 16:00,,,,,,,
seizure,,2023-06-29 18:30,,cash,1250.50,,,,
arrest,6,2023-06-20 10:00,,,,,,,`;

describe('a pasted return', () => {
  it('shows each row’s verdict before and after sending, and sending again counts nothing twice', () =>
    asDorset(async (page) => {
      const before = await dorsetTotals();
      const listedBefore = (await api.get(`${entries}?force=dorset`)).body.items.length;
      const section = page.locator('section.return-batch');
      await section.getByLabel('Return (CSV, with a header row)').fill(RETURN);
      await section.getByRole('button', { name: 'Check rows' }).click();
      const verdict = (n: number, when: 'before' | 'after') =>
        text(section.locator(`tr[data-row="${n}"] .verdict-${when}`));
      await expect(verdict(1, 'before')).resolves.toBe('Ready to send');
      await expect(verdict(3, 'before')).resolves.toBe('count: a whole number from 1 to 1,000');
      await expect(text(section.locator('.return-summary'))).resolves.toMatch(/^4 of 5 rows ready/);
      expect(await lookAt(page, 'coordinator-batch')).toEqual([]);

      await section.getByRole('button', { name: 'Send 4 rows' }).click();
      await section.getByRole('status').filter({ hasText: 'Sent:' }).waitFor();
      for (const n of [1, 2, 4]) await expect(verdict(n, 'after')).resolves.toBe('Counted');
      await expect(verdict(3, 'after')).resolves.toBe('Not sent');
      await expect(verdict(5, 'after')).resolves.toMatch(/^Refused \(422\): phase-not-started/);
      const once = await dorsetTotals();
      expect(once.arrests - before.arrests).toBe(6);
      expect(once.seizures.cash.quantity).toBe(1250.5);

      // Pressed again (as after a dropped connection): the same entryIds, counted once.
      await section.getByRole('button', { name: 'Send 4 rows' }).click();
      await section.getByRole('status').filter({ hasText: '3 already counted' }).waitFor();
      await expect(verdict(1, 'after')).resolves.toMatch(/^Already counted/);
      // The bad row taken out and the rest checked again: each row keeps its entryId.
      const fixed = RETURN.split('\n').filter((line) => !line.startsWith('arrest,0,'));
      await section.getByLabel('Return (CSV, with a header row)').fill(fixed.join('\n'));
      await section.getByRole('button', { name: 'Check rows' }).click();
      await expect(text(section.locator('.return-summary'))).resolves.toMatch(/^4 of 4 rows ready/);
      await section.getByRole('button', { name: 'Send 4 rows' }).click();
      await section.getByRole('status').filter({ hasText: '3 already counted' }).waitFor();
      const twice = await dorsetTotals();
      expect(twice.arrests).toBe(once.arrests);
      expect(twice.entries).toBe(once.entries);
      expect(twice.seizures.cash.quantity).toBe(1250.5);
      // The entry log shows the return's rows at once, each once.
      await expect(page.locator('li.entry').count()).resolves.toBe(listedBefore + 3);
    }));
});
