import { Injectable } from '@nestjs/common';
import { decideEntries, DomainError, type EntryEvent } from '@ros/domain';
import { OperationGates } from '../../operations/operation-gates';
import { OperationsRepository } from '../../operations/operations.repository';
import { EntriesRepository } from '../entries.repository';
import type { LogEntryCommand } from '../log-entry/log-entry.command';
import type { EntryLogOutcome } from '../entry-receipt';

/** What became of the entries it was given: each settled one's outcome, or its refusal. */
export interface LoggedTogether {
  settled: Map<number, EntryLogOutcome | DomainError>;
  /** Indices left to the single log. */
  left: number[];
}

/**
 * The common case of an import, in a few round trips instead of three per entry: entries
 * sent once each whose streams do not exist yet are decided on the operation as it stands
 * now and appended in one call to the store. Each is decided by the same rules as a POST
 * of it alone; a refusal is its own outcome. What this cannot settle alone is left to
 * the single log (which answers a retry from the entry's stream): an entry whose stream
 * exists (a retry of an earlier import, or an id already used), and one the store
 * refused because its stream or id was taken in the meantime.
 */
@Injectable()
export class LogNewEntriesTogether {
  constructor(
    private readonly operations: OperationsRepository,
    private readonly entries: EntriesRepository,
    private readonly gates: OperationGates,
  ) {}

  async log(commands: ReadonlyMap<number, LogEntryCommand>): Promise<LoggedTogether> {
    const indices = [...commands.keys()];
    if (indices.length === 0) return { settled: new Map(), left: [] };
    // A batch is one phase's, so one operation's: its entries pass its gate together.
    return this.gates.entries(commands.get(indices[0])!.operation, () =>
      this.logTogether(commands, indices),
    );
  }

  private async logTogether(
    commands: ReadonlyMap<number, LogEntryCommand>,
    indices: number[],
  ): Promise<LoggedTogether> {
    const settled = new Map<number, EntryLogOutcome | DomainError>();
    const operation = (await this.operations.load(commands.get(indices[0])!.operation)).state;
    const existing = await this.entries.withStreams(indices.map((i) => commands.get(i)!.entryId));
    const leftToSingleLog: number[] = [];
    const decided: {
      index: number;
      command: LogEntryCommand;
      events: EntryEvent[];
    }[] = [];
    for (const index of indices) {
      const command = commands.get(index)!;
      if (existing.has(command.entryId)) {
        leftToSingleLog.push(index);
        continue;
      }
      try {
        const events = decideEntries(command.toLogEntry(), { operation, entry: null });
        decided.push({ index, command, events });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        settled.set(index, error);
      }
    }
    const landings = await this.entries.createAll(
      decided.map(({ command, events }) => ({
        entryId: command.entryId,
        events,
        provenance: command.provenance,
      })),
    );
    decided.forEach(({ index, command }, k) => {
      const landed = landings[k];
      if (landed) settled.set(index, command.outcome('created', landed));
      else leftToSingleLog.push(index);
    });
    return { settled, left: leftToSingleLog };
  }
}
