import type { NewAuditRecord } from './audit-record';
import type { AuditRepository } from './audit.repository';

/** More than this waiting at once and a request's record goes into the next append. */
const MOST_PER_APPEND = 500;

interface Waiting {
  record: NewAuditRecord;
  settle: (error?: unknown) => void;
}

/**
 * Records requests in the audit trail with group commit: a single writer per process
 * appends whatever has queued up since its last append in one transaction, so under load
 * many requests share one commit (and one advisory lock), and `record` resolves only once
 * its record is durable. The API waits for it before answering: nothing acknowledged
 * goes unrecorded.
 */
export class AuditTrail {
  private queue: Waiting[] = [];
  private writing: Promise<void> | null = null;

  constructor(private readonly repository: AuditRepository) {}

  record(record: NewAuditRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ record, settle: (error) => (error ? reject(error) : resolve()) });
      this.writing ??= this.drain();
    });
  }

  /** Waits for every record queued so far to be written (at shutdown). */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, MOST_PER_APPEND);
        try {
          await this.repository.append(batch.map((w) => w.record));
          for (const w of batch) w.settle();
        } catch (error) {
          for (const w of batch) w.settle(error);
        }
      }
    } finally {
      this.writing = null;
    }
  }
}
