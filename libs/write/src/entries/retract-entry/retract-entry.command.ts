import { Command } from '@nestjs/cqrs';
import { operationIdFrom, type Provenance } from '@ros/domain';
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
    return new RetractEntryCommand(operationIdFrom(operation), phase, id, reason, provenance);
  }
}
