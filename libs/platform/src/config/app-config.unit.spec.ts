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
});
