import { Command } from '@nestjs/cqrs';
import type { Operation, Provenance } from '@ros/domain';
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

  static create(operation: string, phase: number, body: unknown, provenance: Provenance) {
    return new ReopenPhaseCommand(operation, phase, validated(ReopenPhaseInput, body), provenance);
  }
}
