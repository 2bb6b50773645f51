import { readFileSync } from 'node:fs';

/** The settings that may come from a file, as container platforms mount secrets. */
export const FILE_SETTINGS = [
  'TOKEN_SECRET',
  'ADMIN_PASSWORD',
  'DATABASE_URL',
  // Holds a password on a cluster with security on.
  'ESDB_CONNECTION_STRING',
] as const;

/**
 * The environment with each `X_FILE` read into `X`: the file's content, less the trailing
 * newline an editor or `echo` leaves. Giving both `X` and `X_FILE` is refused, since it is
 * not clear which one the operator meant.
 */
export const withSecretFiles = (
  env: Record<string, string | undefined>,
): { env: Record<string, string | undefined>; problems: string[] } => {
  const read = { ...env };
  const problems: string[] = [];
  for (const name of FILE_SETTINGS) {
    const file = env[`${name}_FILE`];
    if (!file) continue;
    delete read[`${name}_FILE`];
    if (env[name]) {
      problems.push(`Set ${name} or ${name}_FILE, not both`);
      continue;
    }
    try {
      const value = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
      if (value) read[name] = value;
      else problems.push(`${name}_FILE names ${file}, which is empty`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      problems.push(`${name}_FILE names ${file}, which cannot be read (${code})`);
    }
  }
  return { env: read, problems };
};
