import { Command } from '@nestjs/cqrs';
import type { Provenance } from '../../event-sourcing/envelope';
import { validated } from '@ros/platform';
import { LogEntriesBatchInput } from './log-entries-batch.input';

export interface BatchResult {
  entryId: unknown;
  status: number;
  position?: string;
  message?: string | string[];
}

export class LogEntriesBatchCommand extends Command<{ results: BatchResult[] }> {
  private constructor(
    readonly operation: string,
    readonly phase: number,
    readonly entries: unknown[],
    readonly provenance: Provenance,
  ) {
    super();
  }

  static create(operation: string, phase: number, body: unknown, provenance: Provenance) {
    validated(LogEntriesBatchInput, body, '', { judgedApart: ['entries'] });
    // The entries as sent, not as transformed: each is validated on its own, odd keys included.
    const { entries } = body as LogEntriesBatchInput;
    return new LogEntriesBatchCommand(operation, phase, entries, provenance);
  }
}
