/**
 * What a production start refuses: settings a test, a demo or a copied example would
 * leave behind. A guessable signing secret lets anyone mint an admin's token; a guessable
 * admin password opens the system; the embedded PostgreSQL lives on one machine's disk,
 * outside the backups and monitoring a force's database has.
 */
export interface ProductionSettings {
  TOKEN_SECRET?: string;
  ADMIN_USERNAME?: string;
  ADMIN_PASSWORD?: string;
  DATABASE_URL?: string;
  ALLOW_EMBEDDED_DATABASE?: 'true' | 'false';
  SEED_DEMO?: 'true' | 'false';
}

/** The words of examples, in our docs and elsewhere, that people copy and forget. */
const PLACEHOLDER =
  /change.?me|replace.?me|example|placeholder|^(secret|password)|correct horse battery staple|a long enough password/i;

/** Too few different characters to be random: `xxxx…`, `abcabc…`, `000…`. */
const tooUniform = (value: string) => new Set(value).size < 10;

export const productionProblems = (settings: ProductionSettings): string[] => {
  const problems: string[] = [];
  const { TOKEN_SECRET: secret, ADMIN_PASSWORD: password } = settings;
  if (!secret)
    problems.push(
      'TOKEN_SECRET (or TOKEN_SECRET_FILE) is required when NODE_ENV=production (every instance must sign tokens alike)',
    );
  else if (PLACEHOLDER.test(secret) || tooUniform(secret))
    problems.push(
      'TOKEN_SECRET looks like an example or a placeholder, which anyone could guess; when NODE_ENV=production use a random one (e.g. openssl rand -base64 48)',
    );
  if (
    password &&
    (PLACEHOLDER.test(password) ||
      password.toLowerCase() === (settings.ADMIN_USERNAME ?? 'admin').toLowerCase())
  )
    problems.push(
      'ADMIN_PASSWORD is an example, a placeholder or the username, which anyone could guess; when NODE_ENV=production choose one of your own',
    );
  if (!settings.DATABASE_URL && settings.ALLOW_EMBEDDED_DATABASE !== 'true')
    problems.push(
      'DATABASE_URL (or DATABASE_URL_FILE) is required when NODE_ENV=production: a PostgreSQL server that is backed up and monitored. To run the embedded PostgreSQL under DATA_DIR anyway, set ALLOW_EMBEDDED_DATABASE=true',
    );
  if (settings.SEED_DEMO === 'true')
    problems.push('SEED_DEMO=true is refused when NODE_ENV=production: demo data is not real data');
  return problems;
};
