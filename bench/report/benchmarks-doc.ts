import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:latest:start -->';
const END = '<!-- bench:latest:end -->';

/**
 * Puts the latest table between the markers of docs/benchmarks.md, so the prose written
 * around it survives every run; a file without the markers gets them at its end.
 */
export const writeLatest = (file: string, table: string): void => {
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${START}\n${table}\n${END}`;
  const start = before.indexOf(START);
  const end = before.indexOf(END);
  const after =
    start !== -1 && end > start
      ? before.slice(0, start) + block + before.slice(end + END.length)
      : `${before.trimEnd()}\n\n## Latest run\n\n${block}\n`;
  writeFileSync(file, after);
};
