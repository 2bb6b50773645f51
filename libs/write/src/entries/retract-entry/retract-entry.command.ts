import { Command } from '@nestjs/cqrs';
import { InvalidInput, type Provenance } from '@ros/domain';
import { isUUID } from 'class-validator';
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
    operation: string,
    phase: number,
    entryId: string,
    body: unknown,
    provenance: Provenance,
  ) {
    if (!isUUID(entryId)) throw new InvalidInput(['entryId in the path must be a UUID']);
    const { reason } = validated(RetractEntryInput, body);
    return new RetractEntryCommand(operation, phase, entryId.toLowerCase(), reason, provenance);
  }
}
