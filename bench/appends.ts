import { randomUUID } from 'node:crypto';
import { FORCE_IDS, londonDateOf } from '../libs/domain/src';

const APPENDS = Number(process.env.BENCH_APPENDS ?? 2000);
const CLIENTS = 10;

/**
 * Entries logged over HTTP, as coordinators do: ten clients at once, two per force, each
 * waiting for its answer before sending the next. Every entry goes through validation,
 * the stream's lock, the decision and an append with its expected revision.
 */
export const appendsOverHttp = async (base: string, token: string): Promise<string> => {
  const post = async (path: string, body: object) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
  };
  const operation = `bench-${Date.now()}`;
  await post('/api/operations', {
    id: operation,
    name: 'Benchmark appends',
    scope: 'regional',
    forces: FORCE_IDS,
  });
  const startsOn = londonDateOf(new Date(Date.now() - 2 * 86_400_000));
  await post(`/api/operations/${operation}/phases`, { number: 1, startsOn });
  const occurredAt = new Date(Date.now() - 60_000).toISOString();
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let i = client; i < APPENDS; i += CLIENTS)
        await post(`/api/operations/${operation}/phases/1/entries`, {
          entryId: randomUUID(),
          kind: 'arrest',
          count: 1,
          force: FORCE_IDS[client % FORCE_IDS.length],
          occurredAt,
        });
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  return `${APPENDS.toLocaleString('en-GB')} entries from ${CLIENTS} clients in ${seconds.toFixed(1)} s = ${Math.round(APPENDS / seconds).toLocaleString('en-GB')} entries/s`;
};
