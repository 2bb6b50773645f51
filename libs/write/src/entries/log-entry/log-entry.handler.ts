import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { LogEntry } from '@ros/domain';
import { StreamCommandRunner } from '../../event-sourcing/stream-command-runner';
import { OperationsRepository } from '../../operations/operations.repository';
import { EntriesRepository } from '../entries.repository';
import { entriesDecision } from '../entries-decision';
import type { EntryLogOutcome } from '../entry-receipt';
import { LogEntryCommand } from './log-entry.command';

@CommandHandler(LogEntryCommand)
export class LogEntryHandler implements ICommandHandler<LogEntryCommand> {
  constructor(
    private readonly operations: OperationsRepository,
    private readonly entries: EntriesRepository,
    private readonly runner: StreamCommandRunner,
  ) {}

  async execute(command: LogEntryCommand): Promise<EntryLogOutcome> {
    const { operation, phase, entryId, details, provenance } = command;
    const log: LogEntry = {
      type: 'LogEntry',
      data: { operation, phase, entryId, details },
      metadata: provenance,
    };
    const ref = { operation, phase, force: details.force };
    const handled = await this.runner.handle(
      this.entries.stream(ref),
      entriesDecision(this.operations, log),
      provenance,
    );
    // A repeat is answered exactly as the first request was: where the entry was logged.
    const { position, revision } =
      handled.outcome === 'created' ? handled.landed : handled.read.landings.get(entryId)!.first;
    return {
      outcome: handled.outcome,
      receipt: { entryId, ...ref, position, streamRevision: revision },
    };
  }
}
