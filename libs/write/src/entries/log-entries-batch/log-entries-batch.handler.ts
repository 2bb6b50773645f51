import { randomUUID } from 'node:crypto';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@ros/domain';
import { from, lastValueFrom, mergeMap } from 'rxjs';
import { LogEntryCommand } from '../log-entry/log-entry.command';
import { LogEntriesBatchCommand, type BatchEntryOutcome } from './log-entries-batch.command';

/**
 * How many entries of a batch are decided and appended at once. Each holds at most one of
 * the store's 20 pooled connections at a time, so a batch leaves some for other requests.
 */
export const BATCH_CONCURRENCY = 16;

/**
 * An import of a force's return: each entry goes through the same path as a single POST.
 * Entries have streams of their own, so they are logged side by side, and the results keep
 * the order sent; entries sent with the same id are still taken one after the other, in
 * that order, as if posted one by one. A failure of the system fails the batch once the
 * entries under way have finished; no entry is started after it.
 */
@CommandHandler(LogEntriesBatchCommand)
export class LogEntriesBatchHandler implements ICommandHandler<LogEntriesBatchCommand> {
  constructor(private readonly commands: CommandBus) {}

  async execute({ operation, phase, entries, provenance }: LogEntriesBatchCommand) {
    const outcomes: BatchEntryOutcome[] = new Array(entries.length);
    let failure: { error: unknown } | null = null;
    const logInTurn = async (indices: number[]): Promise<void> => {
      for (const index of indices) {
        if (failure) return;
        const body = entries[index];
        try {
          const command = LogEntryCommand.create(operation, phase, body, {
            ...provenance,
            causationId: randomUUID(),
          });
          outcomes[index] = await this.commands.execute(command);
        } catch (error) {
          // Refusals belong to their entry; a failure of the system itself fails the batch.
          if (!(error instanceof DomainError)) failure ??= { error };
          else outcomes[index] = { outcome: 'refused', entryId: sentEntryId(body), error };
        }
      }
    };
    await lastValueFrom(from(byEntryId(entries)).pipe(mergeMap(logInTurn, BATCH_CONCURRENCY)), {
      defaultValue: undefined,
    });
    if (failure) throw (failure as { error: unknown }).error;
    return outcomes;
  }
}

/** The positions of the entries, those sent with the same id together, in the order sent. */
const byEntryId = (entries: unknown[]): number[][] => {
  const groups = new Map<unknown, number[]>();
  entries.forEach((body, index) => {
    // As the entry's command will read it: ids are kept in lower case.
    const key = sentEntryId(body)?.toLowerCase() ?? Symbol(index);
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  return [...groups.values()];
};

/** Only a string can be an entry's id: anything else sent as one is not echoed. */
const sentEntryId = (body: unknown): string | null => {
  const sent = (body as { entryId?: unknown } | null)?.entryId;
  return typeof sent === 'string' ? sent : null;
};
