import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@ros/platform';
import { keptTokenSecret } from './kept-token-secret';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ros-secret-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the token secret kept in DATA_DIR', () => {
  it('is not written by reading the configuration', () => {
    const dataDir = join(dir, 'data');
    expect(loadConfig({ DATA_DIR: dataDir }).tokenSecret).toBeNull();
    expect(existsSync(dataDir)).toBe(false);
  });

  it('is generated once, readable by its owner only, and the same on every start', () => {
    const dataDir = join(dir, 'data');
    const first = keptTokenSecret(dataDir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dataDir, 'token-secret')).mode & 0o077).toBe(0);
    expect(keptTokenSecret(dataDir)).toBe(first);
  });
});
