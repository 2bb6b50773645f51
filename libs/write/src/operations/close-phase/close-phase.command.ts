import { Command } from '@nestjs/cqrs';
import { InvalidInput, isCalendarDate, type Operation } from '@ros/domain';
import type { Provenance } from '../../event-sourcing/envelope';
import { validated } from '@ros/platform';
import { ClosePhaseInput } from './close-phase.input';

export class ClosePhaseCommand extends Command<Operation> {
  private constructor(
    readonly operation: string,
    readonly phase: number,
    readonly input: ClosePhaseInput,
    readonly provenance: Provenance,
  ) {
    super();
  }

  static create(
    operation: string,
    phase: number,
    body: unknown,
    provenance: Provenance,
  ): ClosePhaseCommand {
    const input = validated(ClosePhaseInput, body);
    if (!isCalendarDate(input.endsOn))
      throw new InvalidInput(['endsOn must be a real calendar date']);
    return new ClosePhaseCommand(operation, phase, input, provenance);
  }
}
