import { serveScorpionPhase5, warrants } from './fixtures';
import { TestApi } from './test-api';

let api: TestApi;
let entries: string;
serveScorpionPhase5((served) => ({ api, entries } = served));

/**
 * A coordinator records for their own force only: correcting counts as recording. An entry
 * named by id is, to another force's coordinator, as unknown as one never logged (404).
 */
describe('another force’s coordinator correcting an entry', () => {
  it('is refused (404, as if it did not exist) and changes nothing; Dorset’s own coordinator may make the same correction', async () => {
    const { entryId, ...logged } = warrants(5, 'dorset');
    expect((await api.post(entries, { entryId, ...logged }, 'dorset')).status).toBe(201);
    const correction = { reason: 'final collated results', entry: { ...logged, count: 6 } };
    const before = await api.eventCount();

    const refused = await api.post(`${entries}/${entryId}/correction`, correction, 'wiltshire');

    expect(refused).toEqual({
      status: 404,
      body: expect.objectContaining({
        statusCode: 404,
        message: `Entry ${entryId} is not in phase 5 of 'scorpion'`,
      }),
    });
    expect(await api.eventCount()).toBe(before);
    // the body was fine: only who sent it was wrong
    const accepted = await api.post(`${entries}/${entryId}/correction`, correction, 'dorset');
    expect(accepted.status).toBe(200);
    expect(await api.eventCount()).toBe(before + 1);
  });
});
