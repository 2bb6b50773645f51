import { parseOidcSettings } from '@ros/platform';
import { actorOfIdpClaims, UnmappedIdentity } from './idp-claims';

const { settings } = parseOidcSettings({
  OIDC_ISSUER: 'https://idp.example.police.uk',
  OIDC_AUDIENCE: 'ring-of-steel',
  OIDC_ROLE_MAP: 'ros-admin:admin,ros-coordinator:coordinator,ros-analyst:analyst,ros-pcc:pcc',
  OIDC_FORCE_MAP: 'DP:dorset',
});
const mapping = settings!;
const refusal = (claims: Record<string, unknown>) => {
  try {
    actorOfIdpClaims(claims, mapping);
  } catch (error) {
    if (error instanceof UnmappedIdentity) return error.message;
    throw error;
  }
  throw new Error('mapped, but should have been refused');
};

describe("mapping an identity provider's claims to an actor", () => {
  it('maps each configured role, a string or an array, to ours', () => {
    expect(
      actorOfIdpClaims({ preferred_username: 'a.admin', roles: 'ros-admin' }, mapping),
    ).toEqual({ username: 'a.admin', role: 'admin', force: null });
    expect(
      actorOfIdpClaims({ preferred_username: 'an', roles: ['other-app', 'ros-analyst'] }, mapping),
    ).toEqual({ username: 'an', role: 'analyst', force: null });
  });

  it('gives a coordinator or PCC their force, by our id or through OIDC_FORCE_MAP', () => {
    expect(
      actorOfIdpClaims(
        { preferred_username: 'c', roles: ['ros-coordinator'], force: 'wiltshire' },
        mapping,
      ),
    ).toEqual({ username: 'c', role: 'coordinator', force: 'wiltshire' });
    expect(
      actorOfIdpClaims({ preferred_username: 'p', roles: 'ros-pcc', force: ['DP'] }, mapping),
    ).toEqual({ username: 'p', role: 'pcc', force: 'dorset' });
  });

  it('drops a force given to a role that has none', () => {
    expect(
      actorOfIdpClaims({ preferred_username: 'an', roles: 'ros-analyst', force: 'dorset' }, mapping)
        .force,
    ).toBeNull();
  });

  it('refuses, never guesses: no username, no known role, two roles, no or two forces', () => {
    expect(refusal({ sub: 'x', roles: 'ros-admin' })).toMatch(/'preferred_username'/);
    expect(refusal({ preferred_username: ' ', roles: 'ros-admin' })).toMatch(/username/);
    expect(refusal({ preferred_username: 'x', roles: ['admin', 'superuser'] })).toMatch(
      /no role Ring of Steel knows/,
    );
    expect(refusal({ preferred_username: 'x', roles: { 0: 'ros-admin' } })).toMatch(/no role/);
    expect(refusal({ preferred_username: 'x', roles: ['ros-admin', 'ros-analyst'] })).toMatch(
      /more than one/,
    );
    expect(refusal({ preferred_username: 'x', roles: 'ros-coordinator' })).toMatch(
      /coordinator needs exactly one force.*gives none/,
    );
    expect(
      refusal({ preferred_username: 'x', roles: 'ros-pcc', force: ['dorset', 'wiltshire'] }),
    ).toMatch(/gives dorset, wiltshire/);
    expect(refusal({ preferred_username: 'x', roles: 'ros-pcc', force: 'Dorset Police' })).toMatch(
      /gives none/,
    );
  });

  it('is not fooled by names inherited from Object', () => {
    expect(refusal({ preferred_username: 'x', roles: 'constructor' })).toMatch(/no role/);
    expect(
      refusal({ preferred_username: 'x', roles: 'ros-coordinator', force: 'toString' }),
    ).toMatch(/gives none/);
  });
});
