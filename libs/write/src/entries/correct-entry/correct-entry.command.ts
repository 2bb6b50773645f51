import { Command } from '@nestjs/cqrs';
import {
  type EntryDetails,
  InvalidInput,
  operationIdFrom,
  personalDataProblem,
  type Provenance,
} from '@ros/domain';
import { validated } from '@ros/platform';
import { entryIdFromPath, parseEntryDetails } from '../entry-input/parse-entry';
import type { EntryReceipt } from '../entry-receipt';
import { CorrectEntryInput } from './correct-entry.input';

export class CorrectEntryCommand extends Command<EntryReceipt> {
  private constructor(
    readonly operation: string,
    readonly phase: number,
    readonly entryId: string,
    readonly reason: string,
    readonly replacement: EntryDetails,
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
  ): CorrectEntryCommand {
    const id = entryIdFromPath(entryId);
    const input = validated(CorrectEntryInput, body);
    // The reason is kept in the entry's history for good: it holds no person either.
    const reasonProblems = personalDataProblem('reason', input.reason);
    const replacement = parseEntryDetails(input.entry, 'entry');
    if (reasonProblems.length) throw new InvalidInput(reasonProblems);
    return new CorrectEntryCommand(
      operationIdFrom(operation),
      phase,
      id,
      input.reason,
      replacement,
      provenance,
    );
  }
}
