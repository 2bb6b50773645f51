import { Command } from '@nestjs/cqrs';
import { type Operation, operationIdFrom, type Provenance } from '@ros/domain';
import { validated } from '@ros/platform';
import { assertDatesInRange } from '../phase-dates';
import { OpenPhaseInput } from './open-phase.input';

export class OpenPhaseCommand extends Command<Operation> {
  private constructor(
    readonly operation: string,
    readonly input: OpenPhaseInput,
    readonly provenance: Provenance,
  ) {
    super();
  }

  static create(operation: unknown, body: unknown, provenance: Provenance): OpenPhaseCommand {
    const input = validated(OpenPhaseInput, body);
    assertDatesInRange({ startsOn: input.startsOn });
    return new OpenPhaseCommand(operationIdFrom(operation), input, provenance);
  }
}
