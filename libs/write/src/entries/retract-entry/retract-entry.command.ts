import { Command } from '@nestjs/cqrs';
import { InvalidInput, operationIdFrom, personalDataProblem, type Provenance } from '@ros/domain';
import { entryIdFromPath } from '../entry-input/parse-entry';
import { validated } from '@ros/platform';
import type { EntryReceipt } from '../entry-receipt';
import { RetractEntryInput } from './retract-entry.input';

export class RetractEntryCommand extends Command<EntryReceipt> {
  private constructor(
    readonly operation: string,
    readonly phase: number,
    readonly entryId: string,
    readonly reason: string,
    readonly provenance: Provenance,
  ) {
    super();
  }

  static create(
    operation: unknown,
    phase: number,
    entryId: unknown,
    body: unknown,
    provenance: Provenance,
  ) {
    const id = entryIdFromPath(entryId);
    const { reason } = validated(RetractEntryInput, body);
    // The reason is kept in the entry's history for good: it holds no person either.
    const problems = personalDataProblem('reason', reason);
    if (problems.length) throw new InvalidInput(problems);
    return new RetractEntryCommand(operationIdFrom(operation), phase, id, reason, provenance);
  }
}
