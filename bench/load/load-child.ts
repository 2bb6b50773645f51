import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import type { LoadRequest, LoadResult, LoadSpec } from './load-spec';

/**
 * The load generator, in a process of its own so its CPU is not the API's or the
 * benchmark's: autocannon for concurrent clients (latencies in whole milliseconds), or
 * one client timing each request with hrtime (for single-client percentiles below 10 ms).
 */
const entryBody = (request: Extract<LoadRequest, { kind: 'entries' }>, force: string) =>
  JSON.stringify({
    entryId: randomUUID(),
    kind: 'arrest',
    count: 1,
    force,
    occurredAt: request.occurredAt,
  });

const withAutocannon = async (spec: LoadSpec): Promise<LoadResult> => {
  const { request } = spec;
  let turn = 0;
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 30,
    requests: [
      request.kind === 'get'
        ? {
            method: 'GET',
            path: request.path,
            headers: { authorization: `Bearer ${request.token}` },
          }
        : {
            method: 'POST',
            path: request.path,
            // Each request a new entry (a fresh entryId), the forces taking turns.
            setupRequest: (req) => {
              const [force, token] = request.writers[turn++ % request.writers.length];
              return {
                ...req,
                headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
                body: entryBody(request, force),
              };
            },
          },
    ],
  });
  const ok = result['2xx'];
  return {
    ok,
    failed: result.non2xx + result.errors + result.timeouts,
    seconds: result.duration,
    perSecond: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
};

const sequentially = async (spec: LoadSpec): Promise<LoadResult> => {
  const { request } = spec;
  const times: number[] = [];
  let failed = 0;
  const warmUp = Math.ceil(spec.requests / 10);
  const started = Date.now();
  for (let i = 0; i < warmUp + spec.requests; i++) {
    const [force, token] =
      request.kind === 'get' ? ['', request.token] : request.writers[i % request.writers.length];
    const begin = process.hrtime.bigint();
    const response = await fetch(`${spec.url}${request.path}`, {
      method: request.kind === 'get' ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...(request.kind === 'get' ? {} : { 'content-type': 'application/json' }),
      },
      body: request.kind === 'get' ? undefined : entryBody(request, force),
    });
    await response.arrayBuffer();
    if (i < warmUp) continue;
    if (response.ok) times.push(Number(process.hrtime.bigint() - begin) / 1e6);
    else failed++;
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
  const seconds = (Date.now() - started) / 1000;
  return {
    ok: times.length,
    failed,
    seconds,
    perSecond: times.length / seconds,
    p50: at(50),
    p99: at(99),
  };
};

process.once('message', (spec: LoadSpec) => {
  (spec.mode === 'autocannon' ? withAutocannon(spec) : sequentially(spec)).then(
    (result) => process.send!({ result }, () => process.exit(0)),
    (error: Error) => process.send!({ error: error.stack ?? String(error) }, () => process.exit(1)),
  );
});
