import { serveScorpionPhase5, warrants } from '../fixtures';
import { TestApi } from '../test-api';

let api: TestApi;
let entries: string;
serveScorpionPhase5((served) => ({ api, entries } = served));

/** The entry as the entry log shows it, once the entry log has projected it. */
const fromEntryLog = async (entryId: string): Promise<{ recordedAt: string }> => {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { body } = await api.get(entries, 'analyst');
    const item = body.items?.find((i: { entryId: string }) => i.entryId === entryId);
    if (item) return item;
    if (Date.now() > deadline) throw new Error(`Entry ${entryId} never reached the entry log`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** "As known at asOf" includes what was recorded at that very moment. */
describe('asOf exactly at the moment an entry was recorded', () => {
  it('counts the entry; a millisecond earlier does not', async () => {
    const entry = warrants(7, 'dorset');
    const { body: receipt } = await api.post(entries, entry, 'dorset');
    const { recordedAt } = await fromEntryLog(entry.entryId);
    const millisecondBefore = new Date(new Date(recordedAt).getTime() - 1).toISOString();
    const totalsAsOf = (asOf: string) =>
      api.get(
        `/api/operations/scorpion/phases/5/totals?asOf=${asOf}&minPosition=${receipt.position}&waitMs=10000`,
        'analyst',
      );

    const atThatMoment = await totalsAsOf(recordedAt);
    const justBefore = await totalsAsOf(millisecondBefore);

    expect(atThatMoment.status).toBe(200);
    expect(atThatMoment.body.totals).toMatchObject({ entries: 1, warrants: 7 });
    expect(justBefore.status).toBe(200);
    expect(justBefore.body.totals).toMatchObject({ entries: 0, warrants: 0 });
  });
});
