import { randomUUID } from 'node:crypto';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@ros/domain';
import { messageOfDomainError, statusOfDomainError } from '@ros/platform';
import { LogEntryCommand } from '../log-entry/log-entry.command';
import { LogEntriesBatchCommand, type BatchResult } from './log-entries-batch.command';

/** An import of a force's return: each entry goes through the same path as a single POST. */
@CommandHandler(LogEntriesBatchCommand)
export class LogEntriesBatchHandler implements ICommandHandler<LogEntriesBatchCommand> {
  constructor(private readonly commands: CommandBus) {}

  async execute({ operation, phase, entries, provenance }: LogEntriesBatchCommand) {
    const results: BatchResult[] = [];
    for (const body of entries) {
      // Echoed so a client can match each result to its entry; only a string can be an id.
      const sent = (body as { entryId?: unknown } | null)?.entryId;
      const entryId = typeof sent === 'string' ? sent : null;
      try {
        const command = LogEntryCommand.create(operation, phase, body, {
          ...provenance,
          causationId: randomUUID(),
        });
        const receipt = await this.commands.execute(command);
        results.push({
          entryId: receipt.entryId,
          status: receipt.created ? 201 : 200,
          position: receipt.position,
        });
      } catch (error) {
        // Refusals belong to their entry; a failure of the system itself fails the batch.
        if (!(error instanceof DomainError)) throw error;
        results.push({
          entryId,
          status: statusOfDomainError(error),
          message: messageOfDomainError(error),
        });
      }
    }
    return { results };
  }
}
