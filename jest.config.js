// Three levels, run apart in CI if need be: `npx jest --selectProjects unit|int|e2e`.
const fs = require('node:fs');
const swc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));

// Nest 12 and a few of its dependencies ship only ES modules; jest runs CommonJS, so
// swc turns them into CommonJS too (Node itself loads them with require(esm)).
const ESM_ONLY = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  '@borewit',
  'uint8array-extras',
  'jose',
  // @fastify/static's own copy of content-disposition
  '@fastify/static/node_modules/content-disposition',
  'content-disposition',
];

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }],
    '^.+\\.js$': [
      '@swc/jest',
      {
        swcrc: false,
        jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleNameMapper: { '^@ros/(.*)$': '<rootDir>/libs/$1/src' },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

const withDatabase = {
  ...shared,
  globalSetup: '<rootDir>/libs/testing/src/database/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/database/global-teardown.ts',
};

module.exports = {
  // Jest reads this once for every project: starting a server (and its PostgreSQL database)
  // in a hook takes seconds on a busy machine.
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,infra}/**/*.unit.spec.ts'],
    },
    { ...withDatabase, displayName: 'int', testMatch: ['<rootDir>/{apps,libs}/**/*.int.spec.ts'] },
    { ...withDatabase, displayName: 'e2e', testMatch: ['<rootDir>/{apps,libs}/**/*.e2e.spec.ts'] },
  ],
};
