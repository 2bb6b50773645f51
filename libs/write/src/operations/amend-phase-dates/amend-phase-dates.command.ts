import { Command } from '@nestjs/cqrs';
import { InvalidInput, type Operation, operationIdFrom, type Provenance } from '@ros/domain';
import { validated } from '@ros/platform';
import { assertDatesInRange } from '../phase-dates';
import { AmendPhaseDatesInput } from './amend-phase-dates.input';

export class AmendPhaseDatesCommand extends Command<Operation> {
  private constructor(
    readonly operation: string,
    readonly phase: number,
    readonly input: AmendPhaseDatesInput,
    readonly provenance: Provenance,
  ) {
    super();
  }

  static create(operation: unknown, phase: number, body: unknown, provenance: Provenance) {
    const input = validated(AmendPhaseDatesInput, body);
    if (input.startsOn === undefined && input.endsOn === undefined)
      throw new InvalidInput(['startsOn or endsOn (or both) must be given']);
    assertDatesInRange({ startsOn: input.startsOn, endsOn: input.endsOn });
    return new AmendPhaseDatesCommand(operationIdFrom(operation), phase, input, provenance);
  }
}
