import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideOperation, evolveOperation, type Operation } from '@ros/domain';
import { EntriesRepository } from '../../entries/entries.repository';
import { retryOnConflict } from '../../event-sourcing/retry-on-conflict';
import { OperationsRepository } from '../operations.repository';
import { ClosePhaseCommand } from './close-phase.command';

@CommandHandler(ClosePhaseCommand)
export class ClosePhaseHandler implements ICommandHandler<ClosePhaseCommand> {
  constructor(
    private readonly operations: OperationsRepository,
    private readonly entries: EntriesRepository,
  ) {}

  execute({ operation, phase, input, provenance }: ClosePhaseCommand): Promise<Operation> {
    return retryOnConflict(async () => {
      const { state, revision } = await this.operations.load(operation);
      const events = decideOperation(
        {
          type: 'ClosePhase',
          data: { operation, number: phase, endsOn: input.endsOn },
          metadata: {
            now: provenance.now,
            activeEntryDays: await this.entries.activeEntryDays(state, phase),
          },
        },
        state,
      );
      if (events.length) await this.operations.append(operation, events, revision, provenance);
      return events.reduce(evolveOperation, state) as Operation;
    });
  }
}
