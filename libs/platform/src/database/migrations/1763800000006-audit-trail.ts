import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail (libs/audit): one row per request, chained by hash to the row before.
 * Append-only in the database itself: a trigger refuses UPDATE, DELETE and TRUNCATE for
 * everyone, the table's owner included (REVOKE would not bind the owner, which is the
 * role the API connects as). Whoever can drop the trigger can still rewrite rows: that
 * is what the hash chain and `audit:verify` are for.
 */
export class AuditTrail1763800000006 implements MigrationInterface {
  name = 'AuditTrail1763800000006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_records (
        seq bigint PRIMARY KEY CHECK (seq > 0),
        at timestamptz NOT NULL,
        username text NULL,
        role text NULL,
        force text NULL,
        action text NOT NULL,
        kind text NOT NULL,
        method text NOT NULL,
        route text NOT NULL,
        scope jsonb NOT NULL,
        address text NULL,
        request_id text NULL,
        status integer NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL
      )`);
    await db.query(`CREATE INDEX audit_records_at ON audit_records (at)`);
    await db.query(`CREATE INDEX audit_records_username ON audit_records (lower(username), seq)`);
    await db.query(`CREATE INDEX audit_records_force ON audit_records (force, seq)`);
    await db.query(`CREATE INDEX audit_records_action ON audit_records (action, seq)`);
    await db.query(`
      CREATE FUNCTION audit_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_records is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_records_no_update_or_delete
        BEFORE UPDATE OR DELETE ON audit_records
        FOR EACH ROW EXECUTE FUNCTION audit_records_append_only()`);
    await db.query(`
      CREATE TRIGGER audit_records_no_truncate
        BEFORE TRUNCATE ON audit_records
        FOR EACH STATEMENT EXECUTE FUNCTION audit_records_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_records`);
    await db.query(`DROP FUNCTION audit_records_append_only()`);
  }
}
