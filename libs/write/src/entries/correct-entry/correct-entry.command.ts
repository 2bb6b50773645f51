import { Command } from '@nestjs/cqrs';
import { InvalidInput, type EntryDetails, type Provenance } from '@ros/domain';
import { isUUID } from 'class-validator';
import { validated } from '@ros/platform';
import { parseEntryDetails } from '../entry-input/parse-entry';
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
    operation: string,
    phase: number,
    entryId: string,
    body: unknown,
    provenance: Provenance,
  ): CorrectEntryCommand {
    if (!isUUID(entryId)) throw new InvalidInput(['entryId in the path must be a UUID']);
    const input = validated(CorrectEntryInput, body);
    const replacement = parseEntryDetails(input.entry, 'entry');
    return new CorrectEntryCommand(
      operation,
      phase,
      entryId.toLowerCase(),
      input.reason,
      replacement,
      provenance,
    );
  }
}
