import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { registerScorpionPhase5, warrants } from './fixtures';
import { TestApi } from './test-api';

/**
 * OIDC mode against a real identity provider's JWKS served over HTTP by the test: its
 * tokens are verified with its public keys only, mapped to our roles and forces, and
 * anything else is refused without storing anything; our own tokens keep working.
 */

const AUDIENCE = 'ring-of-steel';
const ROLE_MAP = 'ros-admin:admin,ros-coordinator:coordinator,ros-analyst:analyst,ros-pcc:pcc';

interface Idp {
  issuer: string;
  server: Server;
  key: CryptoKey;
  publicJwk: JWK;
}

/** An identity provider of the test's own: one ES256 key, published at its well-known JWKS. */
const startIdp = async (): Promise<Idp> => {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'ES256', use: 'sig' };
  const server = createServer((request, response) => {
    if (request.url !== '/.well-known/jwks.json') return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { issuer: `http://127.0.0.1:${port}`, server, key: privateKey, publicJwk };
};

let idp: Idp;
let api: TestApi;
let entries: string;

const sign = (
  claims: Record<string, unknown>,
  options: { key?: CryptoKey; issuer?: string; audience?: string; expiresIn?: string } = {},
) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' })
    .setIssuer(options.issuer ?? idp.issuer)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(options.key ?? idp.key);

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token with the given header and payload and an HMAC over them with `secret`. */
const hmacToken = (header: object, payload: object, secret: string | Buffer) => {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
};

const validPayload = () => ({
  iss: idp.issuer,
  aud: AUDIENCE,
  preferred_username: 'mallory',
  roles: ['ros-admin'],
  exp: Math.floor(Date.now() / 1000) + 300,
  iat: Math.floor(Date.now() / 1000),
});

const person = {
  coordinator: { preferred_username: 'd.coordinator', roles: ['ros-coordinator'], force: 'dorset' },
  analyst: { preferred_username: 'a.analyst', roles: 'ros-analyst' },
  admin: { preferred_username: 'an.admin', roles: ['ros-admin'] },
  pcc: { preferred_username: 'the.pcc', roles: ['ros-pcc'], force: 'dorset' },
};

beforeAll(async () => {
  idp = await startIdp();
  api = await TestApi.start({
    OIDC_ISSUER: idp.issuer,
    OIDC_AUDIENCE: AUDIENCE,
    OIDC_ROLE_MAP: ROLE_MAP,
  });
  entries = await registerScorpionPhase5(api);
  expect((await api.post(entries, warrants(3, 'dorset'), 'dorset')).status).toBe(201);
  const last = await api.post(entries, warrants(4, 'wiltshire'), 'wiltshire');
  expect(last.status).toBe(201);
  // The entry log is a read model: the tests read it once it has both entries.
  const log = await api.get(`${entries}?minPosition=${last.body.position}&waitMs=10000`, 'analyst');
  expect(log.body.items).toHaveLength(2);
}, 60_000);
afterAll(async () => {
  await api?.stop();
  idp?.server.close();
});

const asIdp = async (method: string, path: string, token: string, body?: unknown) =>
  api.request(method, path, { token, body });

describe('OIDC mode', () => {
  it("lets an identity provider's coordinator read and write their own force only", async () => {
    const token = await sign(person.coordinator);
    const own = await asIdp('GET', `${entries}?force=dorset`, token);
    expect(own.status).toBe(200);
    expect(own.body.items.map((i: any) => i.force)).toEqual(['dorset']);
    expect((await asIdp('GET', `${entries}?force=wiltshire`, token)).status).toBe(403);

    const entry = warrants(2, 'dorset');
    expect((await asIdp('POST', entries, token, entry)).status).toBe(201);
    const [stored] = await api.sql('SELECT metadata FROM events WHERE event_id = $1', [
      entry.entryId,
    ]);
    expect(stored.metadata.recordedBy).toBe('d.coordinator');

    const before = await api.stored();
    expect((await asIdp('POST', entries, token, warrants(2, 'wiltshire'))).status).toBe(403);
    expect(await api.stored()).toEqual(before);
  });

  it('lets an analyst read every force, a PCC its totals but not the log, an admin manage users', async () => {
    const analyst = await asIdp('GET', entries, await sign(person.analyst));
    expect(analyst.status).toBe(200);
    expect(new Set(analyst.body.items.map((i: any) => i.force))).toEqual(
      new Set(['dorset', 'wiltshire']),
    );
    expect((await asIdp('GET', '/api/users', await sign(person.analyst))).status).toBe(403);

    const pcc = await sign(person.pcc);
    expect((await asIdp('GET', entries, pcc)).status).toBe(403);
    expect((await asIdp('GET', '/api/forces', pcc)).status).toBe(200);

    expect((await asIdp('GET', '/api/users', await sign(person.admin))).status).toBe(200);
  });

  it("records an identity provider's user in the audit trail as it records ours", async () => {
    const answer = await asIdp('GET', `${entries}?force=dorset`, await sign(person.coordinator));
    const requestId = answer.headers.get('x-request-id');
    const [record] = await api.sql(
      `SELECT username, role, force, status FROM audit_records WHERE request_id = $1`,
      [requestId],
    );
    expect(record).toEqual({
      username: 'd.coordinator',
      role: 'coordinator',
      force: 'dorset',
      status: 200,
    });
  });

  it('has no session here: signing out and changing a password are for the provider', async () => {
    const token = await sign(person.analyst);
    const logout = await asIdp('POST', '/api/auth/logout', token);
    expect(logout).toMatchObject({
      status: 403,
      body: { message: expect.stringMatching(/identity provider/) },
    });
    const change = await asIdp('POST', '/api/auth/password', token, {
      currentPassword: 'a long enough password',
      newPassword: 'another long enough password',
    });
    expect(change.status).toBe(403);
  });

  it('keeps our own tokens working alongside, sessions and revocation included', async () => {
    expect((await api.get(`${entries}?force=dorset`, 'dorset')).status).toBe(200);
    expect((await api.get('/api/users', 'admin')).status).toBe(200);
  });

  describe('refuses, with 401 and nothing stored', () => {
    const otherKey = async () => (await generateKeyPair('ES256')).privateKey;
    const cases: [string, () => Promise<string>][] = [
      ['an expired token', () => sign(person.admin, { expiresIn: '-2m' })],
      ['a token for another audience', () => sign(person.admin, { audience: 'another-app' })],
      [
        'a token of another issuer signed by the same key',
        () => sign(person.admin, { issuer: 'http://127.0.0.1:1' }),
      ],
      ['a token signed by another key', async () => sign(person.admin, { key: await otherKey() })],
      ['alg: none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(validPayload())}.`],
      [
        'alg: none with a kid',
        async () => `${b64({ alg: 'none', kid: 'idp-1' })}.${b64(validPayload())}.`,
      ],
      [
        'HS256 signed with the JWKS public key (algorithm confusion)',
        async () =>
          hmacToken({ alg: 'HS256', kid: 'idp-1' }, validPayload(), JSON.stringify(idp.publicJwk)),
      ],
      [
        "HS256 signed with the public key's x coordinate",
        async () =>
          hmacToken(
            { alg: 'HS256', kid: 'idp-1' },
            validPayload(),
            Buffer.from(idp.publicJwk.x!, 'base64url'),
          ),
      ],
      [
        'HS256 signed with any secret',
        async () => hmacToken({ alg: 'HS256' }, validPayload(), 'x'.repeat(48)),
      ],
      [
        'a role the mapping does not know',
        () => sign({ preferred_username: 'eve', roles: ['admin', 'ros-superuser'] }),
      ],
      [
        'two of our roles at once',
        () => sign({ preferred_username: 'eve', roles: ['ros-admin', 'ros-analyst'] }),
      ],
      [
        'a coordinator without a force',
        () => sign({ preferred_username: 'eve', roles: 'ros-coordinator' }),
      ],
      [
        'a PCC of a force we do not have',
        () => sign({ preferred_username: 'eve', roles: 'ros-pcc', force: 'metropolitan' }),
      ],
      ['no username', () => sign({ sub: 'eve', roles: 'ros-admin' })],
      [
        'no expiry',
        () =>
          new SignJWT(person.admin)
            .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' })
            .setIssuer(idp.issuer)
            .setAudience(AUDIENCE)
            .sign(idp.key),
      ],
    ];

    it.each(cases)('%s', async (_, mint) => {
      const token = await mint();
      const before = await api.stored();
      const write = await asIdp('POST', '/api/users', token, {
        username: 'planted',
        password: 'a long enough password',
        role: 'admin',
      });
      expect(write).toMatchObject({
        status: 401,
        body: { statusCode: 401, error: 'Unauthorized' },
      });
      expect((await asIdp('POST', entries, token, warrants(1))).status).toBe(401);
      expect((await asIdp('GET', entries, token)).status).toBe(401);
      expect(await api.stored()).toEqual(before);
    });

    it('says why a mapped token was refused', async () => {
      const answer = await asIdp(
        'GET',
        entries,
        await sign({ preferred_username: 'eve', roles: 'ros-coordinator' }),
      );
      expect(answer.body.message).toMatch(/coordinator needs exactly one force.*'force'/);
    });
  });
});

describe('OIDC mode off', () => {
  it("refuses an identity provider's token (401)", async () => {
    const idpOff = await startIdp();
    const plain = await TestApi.start();
    try {
      const token = await new SignJWT(person.admin)
        .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' })
        .setIssuer(idpOff.issuer)
        .setAudience(AUDIENCE)
        .setExpirationTime('5m')
        .sign(idpOff.key);
      expect((await plain.request('GET', '/api/users', { token })).status).toBe(401);
      expect((await plain.get('/api/users')).status).toBe(200);
    } finally {
      await plain.stop();
      idpOff.server.close();
    }
  });
});
