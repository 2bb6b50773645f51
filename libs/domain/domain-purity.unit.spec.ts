import { ESLint } from 'eslint';

// The lint rule that keeps the domain pure must itself be able to fail.
describe('libs/domain stays free of frameworks and I/O', () => {
  // The project's own config, given directly: jest cannot let ESLint import it by itself.
  const eslint = new ESLint({
    cwd: `${__dirname}/../..`,
    overrideConfigFile: true,
    overrideConfig: require('../../eslint.config.js'),
  });
  const lint = async (source: string) => {
    const [result] = await eslint.lintText(source, {
      filePath: `${__dirname}/src/entries/example.ts`,
    });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
  };

  it.each([
    '@nestjs/common',
    'typeorm',
    'pg',
    'kafkajs',
    '@eventstore/db-client',
    'node:fs',
    '@ros/event-store',
  ])('refuses an import of %s', async (module) => {
    expect(await lint(`import { x } from '${module}';\nexport const y = x;\n`)).toBe(1);
  });

  it('allows the domain’s own modules', async () => {
    expect(await lint(`import { FORCES } from '../forces';\nexport const y = FORCES;\n`)).toBe(0);
  });
});
