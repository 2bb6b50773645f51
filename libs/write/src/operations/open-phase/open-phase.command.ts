import { Command } from '@nestjs/cqrs';
import { InvalidInput, isCalendarDate, type Operation } from '@ros/domain';
import type { Provenance } from '../../event-sourcing/envelope';
import { validated } from '@ros/platform';
import { OpenPhaseInput } from './open-phase.input';

export class OpenPhaseCommand extends Command<Operation> {
  private constructor(
    readonly operation: string,
    readonly input: OpenPhaseInput,
    readonly provenance: Provenance,
  ) {
    super();
  }

  static create(operation: string, body: unknown, provenance: Provenance): OpenPhaseCommand {
    const input = validated(OpenPhaseInput, body);
    if (!isCalendarDate(input.startsOn))
      throw new InvalidInput(['startsOn must be a real calendar date']);
    return new OpenPhaseCommand(operation, input, provenance);
  }
}
