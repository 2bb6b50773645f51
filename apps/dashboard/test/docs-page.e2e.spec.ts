import type { Browser } from 'playwright-core';
import { TestApi } from '../../api/test/test-api';
import { launchBrowser, openPage } from './browser';

/**
 * The OpenAPI UI at /docs, in a real browser under the server's Content-Security-Policy:
 * it draws the API's routes, and the console stays free of errors (a CSP violation is one).
 */
jest.setTimeout(60_000);

let api: TestApi;
let browser: Browser;
beforeAll(async () => {
  [api, browser] = await Promise.all([TestApi.start(), launchBrowser()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

it('draws the API under the CSP without a console error', async () => {
  const { page, errors, close } = await openPage(browser);
  try {
    const answer = await page.goto(`${api.url}/docs`);
    expect(answer?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { name: /Ring of Steel/ }).waitFor();
    await page.getByText('/api/operations/{op}/phases/{n}/entries').first().waitFor();
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
