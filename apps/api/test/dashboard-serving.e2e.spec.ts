import { TestApi } from './test-api';

/**
 * The API serves the built dashboard at `/` (and its pages, for a reload), without taking
 * any address of the API's own: `/api`, `/docs`, `/docs-json` and `/metrics` answer as before.
 */
let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
});
afterAll(() => api.stop());

const page = (path: string) =>
  api.request('GET', path, { as: null, headers: { accept: 'text/html,*/*;q=0.8' } });

describe('the dashboard, served by the API', () => {
  it.each(['/', '/summary', '/coordinator?x=1', '/sign-in'])(
    'answers %s with the app’s page',
    async (path) => {
      const { status, body, headers } = await page(path);
      expect(status).toBe(200);
      expect(headers.get('content-type')).toMatch(/^text\/html/);
      expect(headers.get('cache-control')).toBe('no-cache');
      expect(body).toContain('<div id="root"></div>');
    },
  );

  it('serves its assets, cached for good, and 404 for one that does not exist', async () => {
    const html = (await page('/')).body as string;
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await api.request('GET', script, { as: null });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect((await page('/assets/nothing-here.js')).status).toBe(404);
  });

  it.each(['/api/nothing-here', '/api/summary', '/docs-json', '/metrics', '/docs'])(
    'leaves %s to the API',
    async (path) => {
      const { body } = await page(path);
      expect(String(typeof body === 'string' ? body : JSON.stringify(body))).not.toContain(
        '<div id="root"></div>',
      );
    },
  );

  it('answers a request for JSON at an unknown address with the contract’s 404', async () => {
    const { status, body } = await api.request('GET', '/no-such-page', {
      as: null,
      headers: { accept: 'application/json' },
    });
    expect([status, body.statusCode]).toEqual([404, 404]);
  });
});
