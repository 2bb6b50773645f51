import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { afterFailure, type FailureCount, type LockoutPolicy } from './failure-count';

interface Row {
  failures: number;
  window_started_at: Date;
  locked_until: Date | null;
  now: Date;
}

/** The only door to sign_in_failures; keys are `account:<name>` or `address:<ip>`. */
@Injectable()
export class SignInFailuresRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The counts of these keys, with the database's clock (one clock for every instance). */
  async counts(keys: string[]): Promise<{ now: Date; counts: FailureCount[] }> {
    const rows: Row[] = await this.db.query(
      `SELECT failures, window_started_at, locked_until, now() AS now
         FROM (SELECT now()) AS clock LEFT JOIN sign_in_failures ON key = ANY($1)`,
      [keys],
    );
    return {
      now: rows[0].now,
      counts: rows.filter((row) => row.window_started_at).map(countOf),
    };
  }

  /** One more failure for the key, counted under a row lock so concurrent ones all count. */
  failed(key: string, policy: LockoutPolicy): Promise<FailureCount & { now: Date }> {
    return this.db.transaction(async (tx) => {
      const [row]: Row[] = await tx.query(
        `SELECT failures, window_started_at, locked_until, now() AS now
           FROM sign_in_failures WHERE key = $1 FOR UPDATE`,
        [key],
      );
      const now: Date = row?.now ?? (await tx.query(`SELECT now() AS now`))[0].now;
      const next = afterFailure(row ? countOf(row) : null, now, policy);
      await tx.query(
        `INSERT INTO sign_in_failures (key, failures, window_started_at, locked_until)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (key) DO UPDATE SET failures = $2, window_started_at = $3, locked_until = $4`,
        [key, next.failures, next.windowStartedAt, next.lockedUntil],
      );
      return { ...next, now };
    });
  }

  async forget(key: string): Promise<void> {
    await this.db.query(`DELETE FROM sign_in_failures WHERE key = $1`, [key]);
  }
}

const countOf = (row: Row): FailureCount => ({
  failures: row.failures,
  windowStartedAt: row.window_started_at,
  lockedUntil: row.locked_until,
});
