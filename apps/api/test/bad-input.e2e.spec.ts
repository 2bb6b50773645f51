import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { registerScorpionPhase5, warrants } from './fixtures';
import { TestApi, type Person } from './test-api';

/**
 * Random and malformed requests at every route the server answers: never a 5xx, and a
 * refused request leaves every event, user and publication as it was. A fixed seed and a
 * bounded number of runs in `npm test`; `FUZZ_RUNS=20000 FUZZ_SEED=<n>` runs longer.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

// Requests that would sign the suite's own people out, or change their passwords: the rest
// of the run would then test nothing but 401s.
const LEAVES_ALONE = [
  /\/api\/auth\/logout$/,
  /\/api\/auth\/password$/,
  /\/password$/,
  /\/disable$/,
];

let api: TestApi;
let routes: { method: string; path: string; query: string[]; fields: string[] }[];
let entryId: string;

beforeAll(async () => {
  api = await TestApi.start();
  const entries = await registerScorpionPhase5(api);
  const entry = { ...warrants(), entryId: randomUUID() };
  entryId = entry.entryId;
  await api.post(entries, entry);
  const document = (await api.request('GET', '/docs-json', { as: null })).body;
  routes = api
    .routes()
    .filter((route) => route.split(' ')[1].startsWith('/api/'))
    .filter((route) => !LEAVES_ALONE.some((pattern) => pattern.test(route)))
    .map((route) => {
      const [method, path] = route.split(' ');
      const operation = document.paths[path]?.[method.toLowerCase()] ?? {};
      return {
        method,
        path,
        query: (operation.parameters ?? [])
          .filter((p: any) => p.in === 'query')
          .map((p: any) => p.name),
        fields: fieldsOf(document, operation.requestBody?.content?.['application/json']?.schema),
      };
    });
}, 60_000);
afterAll(() => api?.stop());

/** The property names a body may have, followed through `$ref`s, `allOf`, `oneOf`. */
const fieldsOf = (document: any, schema: any, seen = new Set<string>()): string[] => {
  if (!schema) return [];
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return [];
    seen.add(schema.$ref);
    return fieldsOf(document, document.components.schemas[schema.$ref.split('/').pop()], seen);
  }
  return [
    ...Object.keys(schema.properties ?? {}),
    ...[...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].flatMap((s) =>
      fieldsOf(document, s, seen),
    ),
    ...(schema.items ? fieldsOf(document, schema.items, seen) : []),
  ];
};

// What a careless or hostile client sends: the awkward strings and numbers first.
const awkward = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'null',
  'true',
  '',
  ' ',
  '\u0000',
  '\uD800',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '../../etc/passwd',
  "'; DROP TABLE events; --",
  '99999999999999999999',
  '-1',
  '0',
  '2023-02-30',
  '2023-06-28T06:30:00',
  'x'.repeat(5000),
);
const text = fc.oneof(awkward, fc.string({ unit: 'binary', maxLength: 40 }), fc.uuid());
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double(),
    fc.constantFrom(null, true, false, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(text, tie('value'), { maxKeys: 3 }),
  ),
})).value;

const bodyFor = (fields: string[]) =>
  fc.oneof(
    // The route's own field names, with awkward values: past the parser, into validation.
    fields.length
      ? fc.record(Object.fromEntries(fields.map((field) => [field, value])), { requiredKeys: [] })
      : fc.constant({}),
    fc.dictionary(fc.oneof(awkward, fc.string({ maxLength: 10 })), value, { maxKeys: 4 }),
    value,
  );

const raw = fc.oneof(
  fc.constantFrom(
    '{',
    '{"a":',
    '[[[[[[[[[[',
    '{"__proto__":{"admin":true}}',
    'null',
    '"x"',
    '1e999',
  ),
  fc.string({ maxLength: 60 }),
);

/** Percent-encoded; a lone surrogate, which no URL can carry, as the invalid UTF-8 of one. */
const escape = (value: string): string => {
  try {
    return encodeURIComponent(value);
  } catch {
    return `%ED%A0%80${encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, ''))}`;
  }
};

const pathValue = (name: string) =>
  fc.oneof(
    // Real ones too, so that some requests reach the handlers behind the path's checks.
    fc.constant(
      ({ op: 'scorpion', n: '5', entryId, force: 'dorset', tag: 'mille' } as any)[name] ?? 'x',
    ),
    text.map(escape),
  );

const requestFor = (route: (typeof routes)[number]): fc.Arbitrary<FuzzRequest> =>
  fc.record({
    route: fc.constant(route),
    path: fc.tuple(...(route.path.match(/\{(\w+)\}/g) ?? []).map((p) => pathValue(p.slice(1, -1)))),
    query: fc.array(
      fc.tuple(
        fc.oneof(route.query.length ? fc.constantFrom(...route.query) : awkward, awkward),
        text,
        fc.boolean(),
      ),
      { maxLength: 3 },
    ),
    body: fc.oneof(
      bodyFor(route.fields).map((b) => ({
        json: JSON.stringify(b) ?? 'null',
        type: 'application/json',
      })),
      raw.map((r) => ({ json: r, type: 'application/json' })),
      fc
        .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml')
        .map((type) => ({ json: 'count=1&kind=warrant', type })),
    ),
    as: fc.constantFrom<Person | null>('admin', 'admin', 'dorset', 'analyst', 'pcc', null),
  });

interface FuzzRequest {
  route: (typeof routes)[number];
  path: string[];
  query: [string, string, boolean][];
  body: { json: string; type: string };
  as: Person | null;
}

const send = (r: FuzzRequest) => {
  let i = 0;
  const path = r.route.path.replace(/\{\w+\}/g, () => r.path[i++]);
  const query = r.query
    .map(([k, v, asArray]) => `${escape(k)}${asArray ? '[]' : ''}=${escape(v)}`)
    .join('&');
  const hasBody = !['GET', 'HEAD', 'DELETE'].includes(r.route.method);
  return api.request(r.route.method, `${path}${query ? `?${query}` : ''}`, {
    as: r.as,
    ...(hasBody ? { rawBody: r.body.json, headers: { 'content-type': r.body.type } } : {}),
  });
};

describe('random and malformed requests at every route', () => {
  it('never get a 5xx, and what is refused changes nothing', async () => {
    expect(routes.length).toBeGreaterThan(20);
    const answered = new Map<string, Set<number>>();
    await fc.assert(
      fc.asyncProperty(fc.oneof(...routes.map(requestFor)), async (r) => {
        const before = await api.stored();
        const { status, body } = await send(r);
        const route = `${r.route.method} ${r.route.path}`;
        answered.set(route, (answered.get(route) ?? new Set()).add(status));
        if (status >= 500) throw new Error(`${route} answered ${status}: ${JSON.stringify(body)}`);
        // A malformed entry is never accepted: these bodies are never a whole, valid entry
        // (an empty batch is accepted, and stores nothing).
        const logsEntries = /\/entries(\/batch)?$/.test(r.route.path) && r.route.method === 'POST';
        if (status >= 400 || logsEntries) expect(await api.stored()).toEqual(before);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // Whatever was accepted, every projection could apply: nothing is parked.
    const health = await api.request('GET', '/api/health', { as: null });
    expect(health.body.parkedEvents).toBe(0);
    // The run reached every route, not only the first few.
    expect([...answered.keys()].length).toBe(routes.length);
  }, 300_000);
});
