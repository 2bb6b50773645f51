"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Users1763800000001 = void 0;
class Users1763800000001 {
    name = 'Users1763800000001';
    async up(db) {
        await db.query(`
      CREATE TABLE users (
        username text PRIMARY KEY,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'coordinator', 'analyst', 'pcc')),
        force text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        CHECK ((role IN ('coordinator', 'pcc')) = (force IS NOT NULL))
      )`);
    }
    async down(db) {
        await db.query(`DROP TABLE users`);
    }
}
exports.Users1763800000001 = Users1763800000001;
//# sourceMappingURL=1763800000001-users.js.map