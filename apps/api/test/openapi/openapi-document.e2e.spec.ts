import {
  countLimitOf,
  EARLIEST_DATE,
  ENTRY_KINDS,
  ESTIMATED_VALUE_LIMITS,
  FORCE_IDS,
  LATEST_DATE,
  PHASE_NUMBERS,
  POPULATION_LIMITS,
  QUANTITY_LIMITS,
  QUANTITY_MAX,
  TAG,
  TAG_LIMITS,
} from '@ros/domain';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTRY_LOG_PAGE } from '@ros/projections';
import { AppProcess, builtMain, freePort } from '../../../../libs/testing/src/child-process';
import { TestApi } from '../test-api';
import {
  isSuccess,
  propertyOf,
  resolved,
  routesOf,
  shapesOf,
  type OpenApi,
  type Schema,
} from './openapi';

/**
 * The OpenAPI document describes every route well enough to generate a client from it:
 * bodies, query and path parameters, answers and refusals, with types, enums, required
 * fields and bounds, the bounds being the ones the API enforces.
 */

const TOTALS = ['asOf', 'from', 'to', 'minPosition', 'waitMs', 'format'];

/** The query parameters each route accepts; any route not listed accepts none. */
const QUERY_PARAMETERS: Record<string, string[]> = {
  'GET /api/operations/{op}/phases/{n}/entries': [
    'force',
    'kind',
    'status',
    'limit',
    'cursor',
    'format',
    'minPosition',
    'waitMs',
  ],
  'GET /api/operations/{op}/phases/{n}/totals': TOTALS,
  'GET /api/operations/{op}/totals': TOTALS,
  'GET /api/forces/{force}/totals': TOTALS,
  'GET /api/tags/{tag}/totals': TOTALS,
  'GET /api/summary': TOTALS,
  'GET /api/audit': ['user', 'force', 'action', 'from', 'to', 'limit', 'cursor'],
  'GET /api/publications': ['limit', 'cursor'],
};

/** Routes that answer CSV too, and the header each documents on its answer. */
const CSV_ROUTES: Record<string, string> = {
  'GET /api/operations/{op}/phases/{n}/entries': 'X-Next-Cursor',
  'GET /api/operations/{op}/phases/{n}/totals': 'X-Min-Position-Reached',
  'GET /api/operations/{op}/totals': 'X-Min-Position-Reached',
  'GET /api/forces/{force}/totals': 'X-Min-Position-Reached',
  'GET /api/tags/{tag}/totals': 'X-Min-Position-Reached',
  'GET /api/summary': 'X-Min-Position-Reached',
};

let api: TestApi;
let doc: OpenApi;

beforeAll(async () => {
  api = await TestApi.start();
  doc = (await api.get('/docs-json', null)).body;
});
afterAll(() => api.stop());

const routes = () => routesOf(doc);
const route = (name: string) => {
  const found = routes().find((r) => r.route === name);
  if (!found) throw new Error(`${name} is not documented`);
  return found.operation;
};

describe('every route', () => {
  it('is there: the document has the API’s routes', () => {
    expect(routes().length).toBeGreaterThanOrEqual(25);
  });

  it('documents its JSON body with properties, in every shape it may take', () => {
    const empty: string[] = [];
    for (const { route: name, operation } of routes()) {
      if (!operation.requestBody) continue;
      const json = operation.requestBody.content['application/json'];
      if (!json) empty.push(`${name}: no application/json body`);
      else
        for (const shape of shapesOf(doc, json.schema))
          if (shape.length === 0) empty.push(`${name}: a body shape with no properties`);
    }
    expect(empty).toEqual([]);
  });

  it('documents each success answer as JSON with properties', () => {
    const empty: string[] = [];
    for (const { route: name, operation } of routes()) {
      const successes = Object.keys(operation.responses).filter(isSuccess);
      if (successes.length === 0) empty.push(`${name}: no success answer`);
      for (const status of successes) {
        // 204 No Content (logout, a password set): nothing to describe, and nothing must be.
        if (status === '204') {
          if (operation.responses[status].content) empty.push(`${name} 204: with a body`);
          continue;
        }
        const json = operation.responses[status].content?.['application/json'];
        if (!json) empty.push(`${name} ${status}: no application/json answer`);
        else
          for (const shape of shapesOf(doc, json.schema))
            if (shape.length === 0)
              empty.push(`${name} ${status}: an answer shape with no properties`);
      }
    }
    expect(empty).toEqual([]);
  });

  it('documents every refusal as the shared ApiErrorBody', () => {
    const odd: string[] = [];
    for (const { route: name, operation } of routes())
      for (const [status, response] of Object.entries(operation.responses)) {
        if (isSuccess(status) || (name === 'GET /api/health' && status === '503')) continue;
        const schema = response.content?.['application/json']?.schema;
        if (schema?.$ref !== '#/components/schemas/ApiErrorBody') odd.push(`${name} ${status}`);
      }
    expect(odd).toEqual([]);
    expect(resolved(doc, { $ref: '#/components/schemas/ApiErrorBody' }).required).toEqual([
      'statusCode',
      'error',
      'message',
      'requestId',
    ]);
  });

  it('that takes a body documents 400, 413 and 415', () => {
    const missing = routes()
      .filter(({ operation }) => operation.requestBody)
      .flatMap(({ route: name, operation }) =>
        ['400', '413', '415']
          .filter((status) => !operation.responses[status])
          .map((status) => `${name} ${status}`),
      );
    expect(missing).toEqual([]);
  });

  it('declares exactly the query parameters it accepts', () => {
    const declared = Object.fromEntries(
      routes().map(({ route: name, operation }) => [
        name,
        (operation.parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p) => p.name)
          .sort(),
      ]),
    );
    const expected = Object.fromEntries(
      routes().map(({ route: name }) => [name, [...(QUERY_PARAMETERS[name] ?? [])].sort()]),
    );
    expect(declared).toEqual(expected);
    for (const name of Object.keys(QUERY_PARAMETERS)) expect(declared).toHaveProperty([name]);
    for (const { operation } of routes())
      for (const parameter of operation.parameters ?? [])
        if (parameter.in === 'query') expect(parameter.required).toBe(false);
  });

  it('declares each path parameter, with the values it can take', () => {
    const odd: string[] = [];
    for (const { route: name, operation } of routes()) {
      const inPath = [...name.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = (operation.parameters ?? []).filter((p) => p.in === 'path');
      if (
        JSON.stringify(declared.map((p) => p.name).sort()) !== JSON.stringify(inPath) ||
        declared.some(
          (p) =>
            !p.required ||
            !['pattern', 'enum', 'format', 'maximum'].some((key) => key in (p.schema ?? {})),
        )
      )
        odd.push(name);
    }
    expect(odd).toEqual([]);
  });

  it('that answers CSV documents it, and its header', () => {
    for (const [name, header] of Object.entries(CSV_ROUTES)) {
      const ok = route(name).responses['200'];
      expect(Object.keys(ok.content ?? {}).sort()).toEqual(['application/json', 'text/csv']);
      expect(Object.keys(ok.headers ?? {}).sort()).toEqual([header, 'X-Request-Id'].sort());
    }
  });

  it('refers only to schemas that exist, each with properties', () => {
    const text = JSON.stringify(doc);
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]*)"/g))
      expect(doc.components.schemas).toHaveProperty([name]);
    const empty = Object.entries(doc.components.schemas)
      .filter(([, schema]) => shapesOf(doc, schema).some((shape) => shape.length === 0))
      .map(([name]) => name);
    expect(empty).toEqual([]);
  });
});

/**
 * Fields of a request body with no bound a client can check: a string without maxLength,
 * pattern, enum or format; a number without minimum and maximum; an array without maxItems
 * or a set of values for its items. Objects are walked into, oneOf alternatives each.
 */
const unbounded = (schema: Schema, path: string, seen = new Set<string>()): string[] => {
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return [];
    return unbounded(resolved(doc, schema), path, new Set([...seen, schema.$ref]));
  }
  const parts: Schema[] = [...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  if (parts.length) return parts.flatMap((part) => unbounded(part, path, seen));
  if (schema.properties)
    return Object.entries(schema.properties as Record<string, Schema>).flatMap(([name, child]) =>
      unbounded(child, `${path}.${name}`, seen),
    );
  const has = (...keys: string[]) => keys.some((key) => key in schema);
  switch (schema.type) {
    case 'string':
      return has('maxLength', 'pattern', 'enum', 'format') ? [] : [path];
    case 'number':
    case 'integer':
      return 'minimum' in schema && 'maximum' in schema ? [] : [path];
    case 'array':
      return has('maxItems') || schema.items?.enum
        ? unbounded(schema.items ?? {}, `${path}[]`, seen)
        : [path];
    default:
      return [];
  }
};

describe('bounds, enums and required fields, as the API enforces them', () => {
  it('bounds every field of every body', () => {
    const fields = routes().flatMap(({ route: name, operation }) =>
      operation.requestBody
        ? unbounded(operation.requestBody.content['application/json'].schema, name)
        : [],
    );
    expect(fields).toEqual([]);
  });

  it('bounds counts by kind: 1 to 1000, vehicle stops to 10000', () => {
    for (const kind of ['warrant', 'arrest', 'vehicle-stop'] as const) {
      const name = {
        warrant: 'WarrantInput',
        arrest: 'ArrestInput',
        'vehicle-stop': 'VehicleStopInput',
      }[kind];
      expect(propertyOf(doc, name, 'count')).toMatchObject({
        type: 'integer',
        minimum: 1,
        maximum: countLimitOf(kind),
        default: 1,
      });
    }
    expect(countLimitOf('vehicle-stop')).toBe(10_000);
  });

  it('bounds tags: a few unique lowercase slugs, each not too long', () => {
    expect(propertyOf(doc, 'SeizureInput', 'tags')).toMatchObject({
      type: 'array',
      maxItems: TAG_LIMITS.perEntry,
      uniqueItems: true,
      items: { type: 'string', maxLength: TAG_LIMITS.length, pattern: TAG.source },
    });
    expect(propertyOf(doc, 'SeizureInput', 'tags').description).toMatch(/sorted/);
  });

  it('bounds phase numbers, in bodies and paths', () => {
    expect(propertyOf(doc, 'OpenPhaseInput', 'number')).toMatchObject({
      type: 'integer',
      minimum: PHASE_NUMBERS.min,
      maximum: PHASE_NUMBERS.max,
    });
    const n = route('GET /api/operations/{op}/phases/{n}/totals').parameters!.find(
      (p) => p.name === 'n',
    );
    expect(n?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: PHASE_NUMBERS.max });
  });

  it('bounds seizures, and says how each unit bounds them', () => {
    const quantity = propertyOf(doc, 'SeizureInput', 'quantity');
    expect(quantity).toMatchObject({
      type: 'number',
      minimum: 0,
      exclusiveMinimum: true,
      maximum: QUANTITY_MAX,
    });
    for (const [unit, { max, decimals }] of Object.entries(QUANTITY_LIMITS)) {
      expect(quantity.description).toContain(unit);
      expect(quantity.description).toContain(max.toLocaleString('en-GB'));
      if (decimals) expect(quantity.description).toContain(`${decimals} decimal places`);
    }
    expect(propertyOf(doc, 'SeizureInput', 'estimatedValueGBP')).toMatchObject({
      minimum: 0,
      maximum: ESTIMATED_VALUE_LIMITS.max,
    });
    expect(doc.components.schemas.SeizureInput.required).toEqual(
      expect.arrayContaining(['kind', 'force', 'occurredAt', 'item']),
    );
    expect(doc.components.schemas.SeizureInput.required).not.toContain('quantity');
  });

  it('says when an entry may have occurred, and in what format', () => {
    const occurredAt = propertyOf(doc, 'WarrantInput', 'occurredAt');
    expect(occurredAt).toMatchObject({ type: 'string', format: 'date-time' });
    for (const bound of [EARLIEST_DATE, LATEST_DATE, '5 minutes', '422'])
      expect(occurredAt.description).toContain(bound);
    expect(propertyOf(doc, 'OpenPhaseInput', 'startsOn')).toMatchObject({ format: 'date' });
    expect(propertyOf(doc, 'OpenPhaseInput', 'startsOn').description).toContain(LATEST_DATE);
  });

  it('bounds usernames, passwords and population estimates', () => {
    expect(propertyOf(doc, 'CreateUserInput', 'username').pattern).toBe('^[a-zA-Z0-9._@-]{3,64}$');
    expect(propertyOf(doc, 'CreateUserInput', 'password')).toMatchObject({
      minLength: 12,
      maxLength: 200,
    });
    expect(propertyOf(doc, 'CreateUserInput', 'role').enum).toEqual([
      'admin',
      'coordinator',
      'analyst',
      'pcc',
    ]);
    expect(doc.components.schemas.CreateUserInput.required).toEqual([
      'username',
      'password',
      'role',
    ]);
    expect(propertyOf(doc, 'EstimatePopulationInput', 'population')).toMatchObject({
      type: 'integer',
      minimum: POPULATION_LIMITS.min,
      maximum: POPULATION_LIMITS.max,
    });
  });

  it('bounds the entry log’s page and the wait for a position', () => {
    const query = (name: string) =>
      route('GET /api/operations/{op}/phases/{n}/entries').parameters!.find((p) => p.name === name)!
        .schema;
    expect(query('limit')).toEqual({ type: 'integer', minimum: 1, maximum: ENTRY_LOG_PAGE.max });
    expect(query('waitMs')).toMatchObject({ type: 'integer', minimum: 0, maximum: 10_000 });
    expect(query('force').enum).toEqual(FORCE_IDS);
  });

  it('tells entries apart by kind, logged with their entryId', () => {
    const body = route('POST /api/operations/{op}/phases/{n}/entries').requestBody!.content[
      'application/json'
    ].schema;
    expect(body.discriminator.propertyName).toBe('kind');
    expect(Object.keys(body.discriminator.mapping)).toEqual([...ENTRY_KINDS]);
    for (const [kind, ref] of Object.entries(
      body.discriminator.mapping as Record<string, string>,
    )) {
      const schema = resolved(doc, { $ref: ref });
      expect(schema.properties.kind.enum).toEqual([kind]);
      expect(schema.properties.entryId).toMatchObject({ type: 'string', format: 'uuid' });
      expect(schema.required).toEqual(
        expect.arrayContaining(['kind', 'force', 'occurredAt', 'entryId']),
      );
    }
  });
});

describe('as built', () => {
  it('is the same document from `nest build` output as from the sources', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ros-openapi-'));
    chmodSync(dataDir, 0o755);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const server = new AppProcess(
      builtMain('api'),
      {
        DATABASE_URL: api.database.url,
        DATA_DIR: dataDir,
        PORT: String(port),
        ADMIN_PASSWORD: 'a long enough admin password',
        LOG_LEVEL: 'warn',
      },
      () => fetch(`${url}/api/health`).then((r) => r.ok),
    );
    try {
      await server.start();
      const built = await (await fetch(`${url}/docs-json`)).json();
      expect(built).toEqual(doc);
    } finally {
      server.kill('SIGTERM');
      await server.exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
