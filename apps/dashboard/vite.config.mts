import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// No @vitejs/plugin-react: Vite 8's own transform (oxc) compiles JSX for the build, and the
// plugin's optional Babel peers do not resolve beside this repository's TypeScript 6.
export default defineConfig({
  root: here,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/dashboard', import.meta.url)),
    emptyOutDir: true,
    // Budgets are checked by test/bundle-size.unit.spec.ts, on gzipped bytes.
    reportCompressedSize: true,
    rolldownOptions: {
      // React Server Components' "use client" marks mean nothing in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    // `npx vite apps/dashboard` in development, beside `npm start` on port 3000.
    proxy: { '/api': 'http://localhost:3000', '/docs-json': 'http://localhost:3000' },
  },
});
