import type { Browser, Page } from 'playwright-core';
import { TestApi } from '../../api/test/test-api';
import { asUser, launchBrowser, lookAt, openPage } from './browser';

/**
 * The admin's screens in Debian's Chromium over the real API and PostgreSQL: operations and
 * phases, population estimates and users, each write checked against what the API then holds.
 */
jest.setTimeout(60_000);

const PASSWORD = 'a long enough password'; // test-api.ts's users
let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  [api, browser] = await Promise.all([TestApi.start(), launchBrowser()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/** A signed-in page for one test (see asUser). */
const as = (username: string, test: (page: Page) => Promise<void>, refusals: number[] = []) =>
  asUser(browser, api.url, username, test, refusals);

const phaseOf = async (op: string, n: number) =>
  (await api.get(`/api/operations/${op}`)).body.phases.find((p: any) => p.number === n);

describe('the admin’s screens', () => {
  it('register an operation, open a phase, refuse a wrong close with the server’s reason, then close it', async () => {
    await as(
      'admin',
      async (page) => {
        await page.getByRole('link', { name: 'Admin' }).click();
        await page.waitForURL(/\/admin\/operations$/);
        await page.getByText('No operation has been registered yet.').waitFor();
        expect(await lookAt(page, 'admin-operations-empty')).toEqual([]);

        const form = page.locator('form', { hasText: 'Register an operation' });
        await form.getByLabel('Operation id').fill('hare');
        await form.getByLabel('Name').fill('Operation Hare');
        await form.getByLabel('Dorset').check();
        await form.getByLabel('Wiltshire').check();
        await form.getByLabel('Description (optional)').fill('Hare coursing, winter 2024');
        await form.getByRole('button', { name: 'Register the operation' }).click();
        const card = page.locator('[data-operation="hare"]');
        await card.waitFor();
        await expect(card.textContent()).resolves.toContain('Regional: Dorset, Wiltshire.');
        const { body: registered } = await api.get('/api/operations/hare');
        expect(registered).toMatchObject({
          name: 'Operation Hare',
          scope: 'regional',
          forces: ['dorset', 'wiltshire'],
          description: 'Hare coursing, winter 2024',
          phases: [],
        });

        // One force is not a regional operation: said before sending, nothing sent.
        await form.getByLabel('Operation id').fill('lonely');
        await form.getByLabel('Name').fill('Lonely');
        await form.getByLabel('Dorset').check();
        await form.getByRole('button', { name: 'Register the operation' }).click();
        await expect(form.getByRole('alert').textContent()).resolves.toContain(
          'A regional operation needs two forces or more.',
        );
        expect((await api.get('/api/operations/lonely')).status).toBe(404);

        await card.getByText('Add a phase to Operation Hare').click();
        const add = card.locator('form', { hasText: 'Phase number' });
        await expect(add.getByLabel('Phase number').inputValue()).resolves.toBe('1');
        await add.getByLabel('Starts on').fill('2024-03-04');
        await add.getByRole('button', { name: 'Add the phase' }).click();
        const row = card.locator('tr[data-phase="1"]');
        await row.waitFor();
        await expect(row.locator('[data-field="status"]').textContent()).resolves.toBe('Open');
        await expect(row.locator('[data-field="startsOn"]').textContent()).resolves.toBe(
          '4 Mar 2024',
        );
        expect(await phaseOf('hare', 1)).toMatchObject({ status: 'open', startsOn: '2024-03-04' });

        // Closing before it started: the server's reason beside the form, nothing changed.
        const events = await api.eventCount();
        await card.getByText('Change Phase 1 (open)').click();
        const close = card.getByRole('form', { name: 'Close phase 1' });
        await close.getByLabel('Last day').fill('2024-03-01');
        await close.getByRole('button', { name: 'Close the phase' }).click();
        await expect(close.getByRole('alert').textContent()).resolves.toMatch(
          /^The phase was not closed: phase-ends-before-it-starts: .*\(the server answered 422\)\. Nothing was changed\.$/,
        );
        expect(await phaseOf('hare', 1)).toMatchObject({ status: 'open', endsOn: null });
        expect(await api.eventCount()).toBe(events);
        await expect(row.locator('[data-field="status"]').textContent()).resolves.toBe('Open');
        expect(await lookAt(page, 'admin-operations-refused')).toEqual([]);

        await close.getByLabel('Last day').fill('2024-03-10');
        await close.getByRole('button', { name: 'Close the phase' }).click();
        await row.locator('[data-field="status"]', { hasText: 'Closed' }).waitFor();
        await expect(row.locator('[data-field="endsOn"]').textContent()).resolves.toBe(
          '10 Mar 2024',
        );
        expect(await phaseOf('hare', 1)).toMatchObject({ status: 'closed', endsOn: '2024-03-10' });

        // Its dates put right, with a reason; then reopened, with a reason.
        // The same disclosure, still open, now offers what a closed phase can have done to it.
        await card.getByText('Change Phase 1 (closed)').waitFor();
        const amend = card.getByRole('form', { name: 'Correct the dates of phase 1' });
        await amend.getByLabel('Last day').fill('2024-03-11');
        await amend.getByLabel('Reason for the correction').fill('The week ran a day longer');
        await amend.getByRole('button', { name: 'Correct the dates' }).click();
        await row.locator('[data-field="endsOn"]', { hasText: '11 Mar 2024' }).waitFor();
        expect(await phaseOf('hare', 1)).toMatchObject({ endsOn: '2024-03-11' });

        const reopen = card.getByRole('form', { name: 'Reopen phase 1' });
        await reopen.getByLabel('Reason for reopening').fill('Late returns from Wiltshire');
        await reopen.getByRole('button', { name: 'Reopen the phase' }).click();
        await row.locator('[data-field="status"]', { hasText: 'Open' }).waitFor();
        expect(await phaseOf('hare', 1)).toMatchObject({ status: 'open', endsOn: null });
        expect(await lookAt(page, 'admin-operations')).toEqual([]);
      },
      [422],
    );
  });

  it('record a population estimate and show it with its source', async () => {
    await as('admin', async (page) => {
      await page.goto(`${api.url}/admin`);
      await page.getByRole('link', { name: 'Population' }).click();
      await page.waitForURL(/\/admin\/population$/);
      const dorset = page.locator('tr[data-force="dorset"]');
      await dorset.waitFor();
      const { body: before } = await api.get('/api/forces');
      const was = before.find((f: any) => f.id === 'dorset');
      await expect(dorset.locator('[data-field="source"]').textContent()).resolves.toBe(
        was.populationSource,
      );
      expect(await lookAt(page, 'admin-population')).toEqual([]);

      const form = page.locator('form', { hasText: 'Record a new estimate' });
      await form.getByLabel('Force').selectOption({ label: 'Dorset' });
      await form.getByLabel('Population').fill('790123');
      await form.getByLabel('Source').fill('ONS mid-2024, as the test records it');
      await form.getByRole('button', { name: 'Record the estimate' }).click();
      await dorset.locator('[data-field="population"]', { hasText: '790,123' }).waitFor();
      await expect(dorset.locator('[data-field="source"]').textContent()).resolves.toBe(
        'ONS mid-2024, as the test records it',
      );
      await expect(form.getByRole('status').textContent()).resolves.toMatch(
        /^Recorded: Dorset Police, 790,123 people from \d{1,2} [A-Z][a-z]{2} \d{4}/,
      );
      const { body: after } = await api.get('/api/forces');
      expect(after.find((f: any) => f.id === 'dorset')).toMatchObject({
        population: 790123,
        populationSource: 'ONS mid-2024, as the test records it',
      });
    });
  });

  it('list the users and create a coordinator, who can then sign in', async () => {
    await as(
      'admin',
      async (page) => {
        await page.goto(`${api.url}/admin/users`);
        await page.locator('tr[data-user="pcc"]').waitFor();
        await expect(page.locator('tr[data-user="pcc"]').textContent()).resolves.toContain(
          'PCCDorset',
        );
        expect(await lookAt(page, 'admin-users')).toEqual([]);

        const form = page.locator('form', { hasText: 'Add a user' });
        // The server's rules, mirrored: said before sending, nothing created.
        const users = (await api.stored()).users;
        await form.getByLabel('Username').fill('devon-lead');
        await form.getByLabel('Password').fill('too short');
        await form.getByRole('button', { name: 'Add the user' }).click();
        await expect(form.getByRole('alert').textContent()).resolves.toContain(
          'The password must be 12 to 200 characters long.',
        );
        expect((await api.stored()).users).toBe(users);

        // A name taken whatever its case: the server's 409, in its words.
        await form.getByLabel('Username').fill('ANALYST');
        await form.getByLabel('Password').fill(PASSWORD);
        await form.getByLabel('Role').selectOption('analyst');
        await expect(form.getByLabel('Force').count()).resolves.toBe(0); // an analyst has none
        await form.getByRole('button', { name: 'Add the user' }).click();
        await expect(form.getByRole('alert').textContent()).resolves.toMatch(
          /^The user was not created: .*already exists \(the server answered 409\)/,
        );

        await form.getByLabel('Username').fill('devon-lead');
        await form.getByLabel('Password').fill('a long enough password');
        await form.getByLabel('Role').selectOption('coordinator');
        await form.getByLabel('Force').selectOption({ label: 'Devon and Cornwall' });
        await form.getByRole('button', { name: 'Add the user' }).click();
        const row = page.locator('tr[data-user="devon-lead"]');
        await row.waitFor();
        await expect(row.textContent()).resolves.toContain(
          'Operation coordinatorDevon and Cornwall',
        );
        const { body: listed } = await api.get('/api/users');
        expect(listed.find((u: any) => u.username === 'devon-lead')).toMatchObject({
          role: 'coordinator',
          force: 'devon-and-cornwall',
        });
      },
      [409],
    );
    await as('devon-lead', async (page) => {
      await page.waitForURL(/\/coordinator(\?|$)/); // with the chosen phase in the address
      await expect(page.locator('.who').textContent()).resolves.toBe(
        'devon-leadOperation coordinatorDevon and Cornwall',
      );
    });
  });

  it('disable and enable a user, and reset a password, each taking effect at once', async () => {
    const user = { username: 'leaver', password: PASSWORD, role: 'analyst' };
    expect((await api.post('/api/users', user)).status).toBe(201);
    const signInAs = (password: string) =>
      api.post('/api/auth/token', { username: 'leaver', password }, null);
    await as('admin', async (page) => {
      await page.goto(`${api.url}/admin/users`);
      const row = page.locator('tr[data-user="leaver"]');
      await row.getByRole('button', { name: 'Disable leaver' }).click();
      await row.getByText('Disabled', { exact: true }).waitFor();
      expect((await signInAs(PASSWORD)).status).toBe(401);
      await row.getByRole('button', { name: 'Enable leaver' }).click();
      await row.getByText('Can sign in').waitFor();
      expect((await signInAs(PASSWORD)).status).toBe(200);
      // No Disable for oneself: the server would refuse it.
      await expect(
        page
          .locator('tr[data-user="admin"]')
          .getByRole('button', { name: /^Disable/ })
          .count(),
      ).resolves.toBe(0);

      await row.getByRole('button', { name: 'Reset password of leaver' }).click();
      await row.getByLabel('New password').fill('leaver for good now');
      await row.getByRole('button', { name: 'Set it' }).click();
      await expect(row.getByRole('alert').textContent()).resolves.toBe(
        'The password must not contain the username.',
      );
      await row.getByLabel('New password').fill('a brand new passphrase');
      await row.getByRole('button', { name: 'Set it' }).click();
      await row.getByText('Password of leaver set; their old sessions have ended.').waitFor();
      expect((await signInAs(PASSWORD)).status).toBe(401);
      expect((await signInAs('a brand new passphrase')).status).toBe(200);
      expect(await lookAt(page, 'admin-users-actions')).toEqual([]);
    });
  });

  it('sign out revokes the token on the server, not only in the tab', async () => {
    await as('analyst', async (page) => {
      await page.waitForURL(/\/summary$/);
      const token = await page.evaluate<string | null>("sessionStorage.getItem('ros.accessToken')");
      expect((await api.request('GET', '/api/operations', { token: token! })).status).toBe(200);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect((await api.request('GET', '/api/operations', { token: token! })).status).toBe(401);
    });
  });

  it('a locked sign-in says when to try again, in the server’s words', async () => {
    const user = { username: 'forgetful', password: PASSWORD, role: 'analyst' };
    expect((await api.post('/api/users', user)).status).toBe(201);
    const { page, close } = await openPage(browser);
    try {
      await page.goto(api.url);
      await page.getByLabel('Username').fill('forgetful');
      for (let i = 1; i <= 5; i++) {
        await page.getByLabel('Password').fill(`wrong guess number ${i}`);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('button', { name: 'Sign in' }).waitFor(); // not "Signing in…"
      }
      await page.getByRole('alert').filter({ hasText: 'Too many' }).waitFor();
      await expect(page.getByRole('alert').textContent()).resolves.toBe(
        'Too many failed sign-ins for this account or from this address; try again in 15 minutes.',
      );
    } finally {
      await close();
    }
  });

  it('are not for anyone else: no link, and their addresses lead home', async () => {
    await as('dorset', async (page) => {
      await page.waitForURL(/\/coordinator(\?|$)/); // with the chosen phase in the address
      await expect(page.getByRole('link', { name: 'Admin' }).count()).resolves.toBe(0);
      await expect(page.getByRole('link', { name: 'Publications' }).count()).resolves.toBe(0);
      for (const address of ['/admin', '/admin/users', '/publications']) {
        await page.goto(`${api.url}${address}`);
        await page.waitForURL(/\/coordinator(\?|$)/); // with the chosen phase in the address
      }
      await expect(page.getByRole('heading', { name: 'Administration' }).count()).resolves.toBe(0);
    });
    await as('analyst', async (page) => {
      await page.waitForURL(/\/summary$/);
      await expect(page.getByRole('link', { name: 'Admin' }).count()).resolves.toBe(0);
      await page.goto(`${api.url}/admin/population`);
      await page.waitForURL(/\/summary$/);
    });
  });
});
