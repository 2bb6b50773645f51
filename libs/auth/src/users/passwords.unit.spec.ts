import { hashPassword, UNMATCHABLE_HASH, verifyPassword } from './passwords';

const shape = (hash: string) => {
  const [scheme, N, r, p, salt, key] = hash.split('$');
  return {
    scheme,
    N,
    r,
    p,
    salt: Buffer.from(salt, 'base64').length,
    key: Buffer.from(key, 'base64').length,
  };
};

describe('the hash checked for an unknown user', () => {
  it('costs what a real one costs: the same scheme, parameters and lengths', async () => {
    expect(shape(UNMATCHABLE_HASH)).toEqual(shape(await hashPassword('any password at all')));
  });

  it('matches no password', async () => {
    expect(await verifyPassword('', UNMATCHABLE_HASH)).toBe(false);
    expect(await verifyPassword('a long enough password', UNMATCHABLE_HASH)).toBe(false);
  });
});
