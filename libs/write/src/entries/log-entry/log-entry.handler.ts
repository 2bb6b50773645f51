import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Conflict } from '@ros/domain';
import { DuplicateEventId } from '@ros/event-store';
import { StreamCommandRunner } from '../../event-sourcing/stream-command-runner';
import { OperationGates } from '../../operations/operation-gates';
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
    private readonly gates: OperationGates,
  ) {}

  execute(command: LogEntryCommand): Promise<EntryLogOutcome> {
    return this.gates.entries(command.operation, () => this.log(command));
  }

  private async log(command: LogEntryCommand): Promise<EntryLogOutcome> {
    const { operation, phase, entryId, details, provenance } = command;
    const decision = entriesDecision(this.operations, command.toLogEntry());
    const ref = { operation, phase, force: details.force };
    const handled = await this.runner
      .handle(this.entries.stream(entryId), decision, provenance)
      .catch(async (error: unknown) => {
        if (!(error instanceof DuplicateEventId)) throw error;
        // The id is taken outside the entry's own stream: by an entry an earlier release
        // logged in its force's stream of the phase, whose retry is answered from there,
        // or by another entry (409).
        const legacy = await this.entries.legacyStreamHolding([ref], entryId);
        if (!legacy)
          throw new Conflict(`entryId ${entryId} was already used for a different entry`);
        return this.runner.handle(legacy, decision, provenance);
      });
    // A repeat is answered exactly as the first request was: where the entry was logged.
    return command.outcome(
      handled.outcome,
      handled.outcome === 'created' ? handled.landed : handled.read.landings.get(entryId)!.first,
    );
  }
}
