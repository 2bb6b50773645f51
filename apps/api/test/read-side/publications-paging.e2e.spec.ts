import { TestApi, type Answer } from '../test-api';

/** The publications list pages: each publication's drift is worked out when it is read. */
let api: TestApi;
const titles = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];

beforeAll(async () => {
  api = await TestApi.start();
  for (const title of titles)
    expect((await api.post('/api/publications', { title })).status).toBe(201);
}, 60_000);
afterAll(() => api?.stop());

describe('GET /api/publications', () => {
  it('answers newest first, a page at a time, each page’s cursor in X-Next-Cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const answer: Answer = await api.get(
        `/api/publications?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        'pcc',
      );
      expect(answer.status).toBe(200);
      expect(answer.body.length).toBeLessThanOrEqual(2);
      seen.push(...answer.body.map((p: { title: string }) => p.title));
      cursor = answer.headers.get('x-next-cursor');
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...titles].reverse()); // each once, newest first
  });

  it('answers 20 by default, with no cursor when they all fit', async () => {
    const answer = await api.get('/api/publications', 'analyst');
    expect(answer.body).toHaveLength(5);
    expect(answer.headers.get('x-next-cursor')).toBeNull();
  });

  it.each([
    ['limit=0', 'limit must be a whole number from 1 to 100'],
    ['limit=101', 'limit must be a whole number from 1 to 100'],
    ['limit=ten', 'limit must be a whole number from 1 to 100'],
    ['cursor=bm90LWEtY3Vyc29y', 'cursor must be a nextCursor from an earlier page'],
    ['order=oldest', 'property order should not exist'],
  ])('refuses %s with a 400 saying why', async (query, message) => {
    const answer = await api.get(`/api/publications?${query}`, 'pcc');
    expect(answer.status).toBe(400);
    expect(answer.body.message).toEqual([message]);
  });
});
