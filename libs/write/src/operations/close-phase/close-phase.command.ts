import { Command } from '@nestjs/cqrs';
import { type Operation, operationIdFrom, type Provenance } from '@ros/domain';
import { validated } from '@ros/platform';
import { assertDatesInRange } from '../phase-dates';
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
    operation: unknown,
    phase: number,
    body: unknown,
    provenance: Provenance,
  ): ClosePhaseCommand {
    const input = validated(ClosePhaseInput, body);
    assertDatesInRange({ endsOn: input.endsOn });
    return new ClosePhaseCommand(operationIdFrom(operation), phase, input, provenance);
  }
}
