import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { oneReadPerTurn } from '@ros/platform';
import type { DataSource } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The only door to auth_sessions: one row per token issued (its `jti`), so a token can be
 * revoked before it expires (logout, a password change, a disabled user).
 */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A new session for a token about to be signed; expired rows are cleared on the way. */
  async open(username: string, ttlSeconds: number): Promise<string> {
    const id = randomUUID();
    await this.db.query(`DELETE FROM auth_sessions WHERE expires_at < now()`);
    await this.db.query(
      `INSERT INTO auth_sessions (id, username, expires_at)
       VALUES ($1, $2, now() + make_interval(secs => $3))`,
      [id, username, ttlSeconds],
    );
    return id;
  }

  /**
   * Whether the token is still good: its session neither revoked nor expired, its user not
   * disabled. Asked on every request: the requests of one turn share one query.
   */
  async isActive(id: string | undefined, username: string): Promise<boolean> {
    if (!id || !UUID.test(id)) return false; // tokens issued before sessions were kept
    return this.activeSession({ id: id.toLowerCase(), username });
  }

  private readonly activeSession = oneReadPerTurn<{ id: string; username: string }, boolean>(
    async (sessions) => {
      const rows: { id: string }[] = await this.db.query(
        `SELECT s.id FROM auth_sessions s
           JOIN unnest($1::uuid[], $2::text[]) AS asked(id, username)
             ON s.id = asked.id AND s.username = asked.username
           JOIN users u ON u.username = s.username
          WHERE s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
        [sessions.map((session) => session.id), sessions.map((session) => session.username)],
      );
      const active = new Set(rows.map((row) => row.id));
      return sessions.map((session) => active.has(session.id));
    },
    ({ id, username }) => `${id}\u0000${username}`,
  );

  async revoke(id: string): Promise<void> {
    await this.db.query(
      `UPDATE auth_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
      [id],
    );
  }

  /** Every token of the user, but the one kept (the one a person changed their password with). */
  async revokeAllOf(username: string, kept: string | null = null): Promise<void> {
    await this.db.query(
      `UPDATE auth_sessions SET revoked_at = now()
        WHERE username = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2::uuid`,
      [username, kept],
    );
  }
}
