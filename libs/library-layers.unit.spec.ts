import { ESLint } from 'eslint';

// The lint rule that keeps imports running one way must itself be able to fail.
describe('each library imports only the libraries below it', () => {
  // The project's own config, given directly: jest cannot let ESLint import it by itself.
  const eslint = new ESLint({
    cwd: `${__dirname}/..`,
    overrideConfigFile: true,
    overrideConfig: require('../eslint.config.js'),
  });
  const refusals = async (library: string, module: string) => {
    const [result] = await eslint.lintText(
      `import { x } from '${module}';\nexport const y = x;\n`,
      {
        filePath: `${__dirname}/${library}/src/example.ts`,
      },
    );
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
  };

  it.each([
    ['write', '@ros/projections'],
    ['write', '@ros/auth'],
    ['projections', '@ros/write'],
    ['projections', '@ros/publications'],
    ['publications', '@ros/write'],
    ['auth', '@ros/write'],
    ['platform', '@ros/projections'],
    ['event-store', '@ros/domain'],
    ['demo', '@ros/application'],
    ['write', '@ros/application'],
    ['demo', '@ros/testing'],
    ['publications', '@ros/demo'],
    ['write', '@ros/demo'],
    ['audit', '@ros/domain'],
    ['audit', '@ros/auth'],
    ['write', '@ros/audit'],
  ])('refuses libs/%s importing %s', async (library, module) => {
    expect(await refusals(library, module)).toBe(1);
  });

  it.each([
    ['write', '@ros/domain'],
    ['projections', '@ros/event-store'],
    ['publications', '@ros/projections'],
    ['auth', '@ros/platform'],
    ['demo', '@ros/write'],
    ['demo', '@ros/publications'],
    ['audit', '@ros/platform'],
  ])('lets libs/%s import %s', async (library, module) => {
    expect(await refusals(library, module)).toBe(0);
  });
});
