import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The first view is small: the JavaScript index.html loads at once (its entry and the chunks
 * it preloads), gzipped, stays within 250 KB. Chart.js and other views load when shown.
 * Measured on the build that `npm test` makes first (`npm run build`).
 */
const BUILT = join(__dirname, '../../../dist/apps/dashboard');
const BUDGET = 250 * 1024;

it('loads no more than 250 KB of gzipped JavaScript for the first view', () => {
  const index = join(BUILT, 'index.html');
  if (!existsSync(index)) throw new Error(`No dashboard built at ${BUILT}: run npm run build.`);
  const html = readFileSync(index, 'utf8');
  const scripts = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g),
  ].map(([, path]) => path);
  expect(scripts.length).toBeGreaterThan(0);
  const gzipped = scripts.reduce(
    (sum, path) => sum + gzipSync(readFileSync(join(BUILT, path)), { level: 9 }).length,
    0,
  );
  process.stdout.write(`first view: ${(gzipped / 1024).toFixed(1)} KB of JavaScript, gzipped\n`);
  expect(gzipped).toBeLessThanOrEqual(BUDGET);
  // The chart library is not among them.
  expect(scripts.some((path) => /ForceBarChart/.test(path))).toBe(false);
});
