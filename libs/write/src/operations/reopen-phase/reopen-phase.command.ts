import { Command } from '@nestjs/cqrs';
import { type Operation, operationIdFrom, type Provenance } from '@ros/domain';
import { validated } from '@ros/platform';
import { ReopenPhaseInput } from './reopen-phase.input';

export class ReopenPhaseCommand extends Command<Operation> {
  private constructor(
    readonly operation: string,
    readonly phase: number,
    readonly input: ReopenPhaseInput,
    readonly provenance: Provenance,
  ) {
    super();
  }

  static create(operation: unknown, phase: number, body: unknown, provenance: Provenance) {
    const input = validated(ReopenPhaseInput, body);
    return new ReopenPhaseCommand(operationIdFrom(operation), phase, input, provenance);
  }
}
