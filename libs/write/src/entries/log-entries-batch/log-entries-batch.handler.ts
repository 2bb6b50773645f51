import { randomUUID } from 'node:crypto';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@ros/domain';
import { LogEntryCommand } from '../log-entry/log-entry.command';
import { LogEntriesBatchCommand, type BatchEntryOutcome } from './log-entries-batch.command';

/** An import of a force's return: each entry goes through the same path as a single POST. */
@CommandHandler(LogEntriesBatchCommand)
export class LogEntriesBatchHandler implements ICommandHandler<LogEntriesBatchCommand> {
  constructor(private readonly commands: CommandBus) {}

  async execute({ operation, phase, entries, provenance }: LogEntriesBatchCommand) {
    const outcomes: BatchEntryOutcome[] = [];
    for (const body of entries) {
      try {
        const command = LogEntryCommand.create(operation, phase, body, {
          ...provenance,
          causationId: randomUUID(),
        });
        outcomes.push(await this.commands.execute(command));
      } catch (error) {
        // Refusals belong to their entry; a failure of the system itself fails the batch.
        if (!(error instanceof DomainError)) throw error;
        outcomes.push({ outcome: 'refused', entryId: sentEntryId(body), error });
      }
    }
    return outcomes;
  }
}

/** Only a string can be an entry's id: anything else sent as one is not echoed. */
const sentEntryId = (body: unknown): string | null => {
  const sent = (body as { entryId?: unknown } | null)?.entryId;
  return typeof sent === 'string' ? sent : null;
};
