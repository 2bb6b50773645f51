import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopOrphanedServer } from '../../../platform/src/database/embedded-postgres';

/** Where each test run keeps its embedded PostgreSQL: a directory of tmpdir() with this prefix. */
export const TEST_SERVER_PREFIX = 'ros-test-';
const OWNER_FILE = 'test-run.pid';

/** Says which jest process the server under `dataDir` belongs to. */
export const markOwner = (dataDir: string): void =>
  writeFileSync(join(dataDir, OWNER_FILE), String(process.pid));

/**
 * Jest killed (Ctrl-C twice, out of memory, a CI timeout) runs no teardown, and its
 * PostgreSQL goes on running. The next run stops every such server whose jest is gone,
 * and removes its directory; a run still going (another worktree's) is left alone.
 */
export const stopLeftoverTestServers = async (): Promise<void> => {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(TEST_SERVER_PREFIX))) {
    const dataDir = join(tmpdir(), name);
    const ownerFile = join(dataDir, OWNER_FILE);
    if (existsSync(ownerFile)) {
      if (isRunning(Number(readFileSync(ownerFile, 'utf8')))) continue;
    } else if (!isStale(dataDir)) continue; // a run starting this moment, or a server still up
    await stopOrphanedServer(join(dataDir, 'postgres'), () => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
};

/** A directory from before owners were marked: a day old, and no server running in it. */
const isStale = (dataDir: string): boolean =>
  Date.now() - statSync(dataDir).mtimeMs > DAY_MS &&
  !existsSync(join(dataDir, 'postgres', 'postmaster.pid'));

const DAY_MS = 24 * 60 * 60 * 1000;

const isRunning = (pid: number): boolean => {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};
