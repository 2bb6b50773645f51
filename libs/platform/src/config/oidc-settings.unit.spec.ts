import { ConfigurationError, loadConfig } from './app-config';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
};

const ON = {
  OIDC_ISSUER: 'https://idp.example.police.uk/realms/sw',
  OIDC_AUDIENCE: 'ring-of-steel',
  OIDC_ROLE_MAP: 'ros-admin:admin, ros-analyst:analyst',
};

describe('the OIDC settings', () => {
  it('are off unless OIDC_ISSUER is set, and an OIDC_* setting without it is refused', () => {
    expect(loadConfig({}).oidc).toBeNull();
    expect(problemsOf({ OIDC_AUDIENCE: 'x' })).toEqual([
      'OIDC_AUDIENCE given without OIDC_ISSUER: set OIDC_ISSUER to turn OIDC mode on, or remove them',
    ]);
  });

  it('take their defaults: the issuer’s well-known JWKS, RS256 and ES256, the usual claims', () => {
    expect(loadConfig(ON).oidc).toEqual({
      issuer: ON.OIDC_ISSUER,
      jwksUrl: 'https://idp.example.police.uk/realms/sw/.well-known/jwks.json',
      audience: 'ring-of-steel',
      algorithms: ['RS256', 'ES256'],
      usernameClaim: 'preferred_username',
      roleClaim: 'roles',
      roleMap: { 'ros-admin': 'admin', 'ros-analyst': 'analyst' },
      forceClaim: 'force',
      forceMap: {},
    });
  });

  it('need an audience and a role map', () => {
    expect(problemsOf({ OIDC_ISSUER: ON.OIDC_ISSUER })).toEqual([
      expect.stringMatching(/^OIDC_AUDIENCE is required/),
      expect.stringMatching(/^OIDC_ROLE_MAP is required/),
    ]);
  });

  it.each(['none', 'HS256', 'RS256,HS512', 'rs256', ','])(
    'refuse the algorithms %s at start',
    (algorithms) => {
      expect(problemsOf({ ...ON, OIDC_ALGORITHMS: algorithms })).toEqual([
        expect.stringMatching(/^OIDC_ALGORITHMS: .* refused; .*never none or HS\*/),
      ]);
    },
  );

  it('refuse a map naming a role or force we do not have, or a value mapped twice', () => {
    expect(
      problemsOf({
        ...ON,
        OIDC_ROLE_MAP: 'ros-admin:admin,ros-boss:superuser,ros-admin:analyst',
        OIDC_FORCE_MAP: 'DP:dorset,Met:metropolitan,nocolon',
      }),
    ).toEqual([
      expect.stringMatching(/^OIDC_ROLE_MAP: 'ros-boss:superuser' is not theirs:ours/),
      "OIDC_ROLE_MAP: 'ros-admin' is mapped twice",
      expect.stringMatching(/^OIDC_FORCE_MAP: 'Met:metropolitan' is not/),
      expect.stringMatching(/^OIDC_FORCE_MAP: 'nocolon' is not/),
    ]);
  });

  it('refuse an issuer or JWKS address that is not a URL', () => {
    expect(problemsOf({ ...ON, OIDC_ISSUER: 'idp', OIDC_JWKS_URL: 'ftp://x' })).toEqual([
      expect.stringMatching(/^OIDC_ISSUER must be/),
      expect.stringMatching(/^OIDC_JWKS_URL must be/),
    ]);
  });
});
