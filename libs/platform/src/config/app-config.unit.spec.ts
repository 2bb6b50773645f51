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

describe('reading the configuration', () => {
  it('names each variable that is wrong once, with the reason that applies', () => {
    expect(
      problemsOf({ PORT: 'x', PROJECTION_BATCH_SIZE: '20000', TOKEN_TTL_SECONDS: '1.5' }),
    ).toEqual([
      'PORT must be a whole number, such as 3000',
      'TOKEN_TTL_SECONDS must be a whole number of seconds',
      'PROJECTION_BATCH_SIZE must be between 1 and 10000',
    ]);
  });

  it('takes the defaults when nothing is set', () => {
    expect(loadConfig({})).toMatchObject({ port: 3000, databaseUrl: null, tokenSecret: null });
  });

  it('seeds the demo region only when SEED_DEMO is true, and never in production', () => {
    expect(loadConfig({}).seedDemo).toBe(false);
    expect(loadConfig({ SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(problemsOf({ SEED_DEMO: 'yes' })).toEqual(['SEED_DEMO must be true or false']);
    expect(
      problemsOf({ SEED_DEMO: 'true', NODE_ENV: 'production', TOKEN_SECRET: 'x'.repeat(32) }),
    ).toEqual(['SEED_DEMO=true is refused when NODE_ENV=production: demo data is not real data']);
  });
});
