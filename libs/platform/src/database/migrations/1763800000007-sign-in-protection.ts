import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What sign-in protection needs to survive a restart: who is disabled, which tokens are
 * still good (one row per token issued, so logout and a password change can revoke them),
 * and the failed sign-ins counted per account and per address.
 */
export class SignInProtection1763800000007 implements MigrationInterface {
  name = 'SignInProtection1763800000007';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        ADD COLUMN disabled_at timestamptz NULL,
        ADD COLUMN disabled_by text NULL`);
    // The access guard reads one row here by its primary key on every request.
    await db.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY,
        username text NOT NULL REFERENCES users (username) ON DELETE CASCADE,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz NULL
      )`);
    await db.query(`CREATE INDEX auth_sessions_by_user ON auth_sessions (username)`);
    await db.query(`CREATE INDEX auth_sessions_by_expiry ON auth_sessions (expires_at)`);
    // key: 'account:<lower-case username>' or 'address:<ip>'.
    await db.query(`
      CREATE TABLE sign_in_failures (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sign_in_failures`);
    await db.query(`DROP TABLE auth_sessions`);
    await db.query(`ALTER TABLE users DROP COLUMN disabled_at, DROP COLUMN disabled_by`);
  }
}
