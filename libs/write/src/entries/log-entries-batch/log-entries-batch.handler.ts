import { randomUUID } from 'node:crypto';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, type Provenance } from '@ros/domain';
import { from, lastValueFrom, mergeMap } from 'rxjs';
import { LogEntryCommand } from '../log-entry/log-entry.command';
import { LogEntriesBatchCommand, type BatchEntryOutcome } from './log-entries-batch.command';
import { LogNewEntriesTogether } from './log-new-entries-together';

/**
 * How many entries of a batch go through the single log at once. Each holds at most one
 * of the store's 20 pooled connections at a time, so a batch leaves some for other requests.
 */
export const BATCH_CONCURRENCY = 16;

/**
 * An import of a force's return: each entry is judged as a POST of it alone would be, and
 * the results keep the order sent. Entries sent once each, new to the store, are decided
 * and appended together (LogNewEntriesTogether); the rest go through the single log, side
 * by side, and entries sent with the same id one after the other, in that order, as if
 * posted one by one. A failure of the system fails the batch once the entries under way
 * have finished; no entry is started after it.
 */
@CommandHandler(LogEntriesBatchCommand)
export class LogEntriesBatchHandler implements ICommandHandler<LogEntriesBatchCommand> {
  constructor(
    private readonly commands: CommandBus,
    private readonly together: LogNewEntriesTogether,
  ) {}

  async execute({ operation, phase, entries, provenance }: LogEntriesBatchCommand) {
    const outcomes: BatchEntryOutcome[] = new Array(entries.length);
    const refuse = (index: number, error: DomainError) => {
      outcomes[index] = { outcome: 'refused', entryId: sentEntryId(entries[index]), error };
    };
    const commandOf = (index: number) =>
      LogEntryCommand.create(operation, phase, entries[index], withCause(provenance));

    const groups = byEntryId(entries);
    const alone = new Map<number, LogEntryCommand>();
    for (const [index] of groups.filter((group) => group.length === 1))
      try {
        alone.set(index, commandOf(index));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refuse(index, error);
      }
    const { settled, left } = await this.together.log(alone);
    for (const [index, outcome] of settled)
      if (outcome instanceof DomainError) refuse(index, outcome);
      else outcomes[index] = outcome;

    let failure: { error: unknown } | null = null;
    const logInTurn = async (indices: number[]): Promise<void> => {
      for (const index of indices) {
        if (failure) return;
        try {
          outcomes[index] = await this.commands.execute(commandOf(index));
        } catch (error) {
          // Refusals belong to their entry; a failure of the system itself fails the batch.
          if (!(error instanceof DomainError)) failure ??= { error };
          else refuse(index, error);
        }
      }
    };
    const oneByOne = [...groups.filter((group) => group.length > 1), ...left.map((i) => [i])];
    await lastValueFrom(from(oneByOne).pipe(mergeMap(logInTurn, BATCH_CONCURRENCY)), {
      defaultValue: undefined,
    });
    if (failure) throw (failure as { error: unknown }).error;
    return outcomes;
  }
}

/** Each entry's command is its own cause of what it records. */
const withCause = (provenance: Provenance): Provenance => ({
  ...provenance,
  causationId: randomUUID(),
});

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
