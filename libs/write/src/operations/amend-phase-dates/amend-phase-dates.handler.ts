import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideOperation, evolveOperation, type Operation } from '@ros/domain';
import { EntriesRepository } from '../../entries/entries.repository';
import { retryOnConflict } from '../../event-sourcing/retry-on-conflict';
import { OperationsRepository } from '../operations.repository';
import { AmendPhaseDatesCommand } from './amend-phase-dates.command';

/** Puts a phase's dates right, as long as every entry that counts stays within them. */
@CommandHandler(AmendPhaseDatesCommand)
export class AmendPhaseDatesHandler implements ICommandHandler<AmendPhaseDatesCommand> {
  constructor(
    private readonly operations: OperationsRepository,
    private readonly entries: EntriesRepository,
  ) {}

  execute({ operation, phase, input, provenance }: AmendPhaseDatesCommand): Promise<Operation> {
    return retryOnConflict(async () => {
      const { state, revision } = await this.operations.load(operation);
      const events = decideOperation(
        {
          type: 'AmendPhaseDates',
          data: { operation, number: phase, ...input },
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
