import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The API's signing secret when TOKEN_SECRET is not given: generated once and kept in
 * DATA_DIR, so tokens survive restarts. Only the API signs tokens, so only it creates the
 * file; the projector and the CLI never need it.
 */
export const keptTokenSecret = (dataDir: string): string => {
  const file = join(dataDir, 'token-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
};
