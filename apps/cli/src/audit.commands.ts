import { AuditRepository, verifyChain } from '@ros/audit';
import { loadConfig } from '@ros/platform';
import { Command, CommandRunner } from 'nest-commander';
import { Pool } from 'pg';
import { withDatabase } from './database';

const say = (message: string) => process.stdout.write(`${message}\n`);

@Command({
  name: 'audit:verify',
  description:
    'Walk the audit trail’s hash chain from the first record; name the first broken link and exit 1 if there is one',
})
export class AuditVerifyCommand extends CommandRunner {
  async run(): Promise<void> {
    await withDatabase(loadConfig(), say, async (url) => {
      const pool = new Pool({ connectionString: url, max: 1 });
      try {
        const verdict = await verifyChain(new AuditRepository(pool).walk());
        if (!verdict.intact)
          throw new Error(
            `The audit chain is broken at record ${verdict.broken.seq} (${verdict.broken.reason}): ${verdict.broken.detail}. ` +
              `${verdict.records} records before it verified. See "The audit trail" in docs/runbook.md.`,
          );
        say(
          verdict.head
            ? `The audit chain is intact: ${verdict.records} records, the last ${verdict.head.seq} with hash ${verdict.head.hash}`
            : 'The audit trail is empty',
        );
      } finally {
        await pool.end();
      }
    });
  }
}
