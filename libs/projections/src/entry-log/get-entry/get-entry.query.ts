import { Query } from '@nestjs/cqrs';
import type { Actor } from '@ros/domain';
import { visibleForce } from '../entry-log-access';
import type { EntryLogItem } from '../entry-log.answers';

export class GetEntryQuery extends Query<EntryLogItem> {
  private constructor(
    readonly operation: string,
    readonly phase: number,
    readonly entryId: string,
    /** The one force whose entries the actor may see, or undefined for every force. */
    readonly force: string | undefined,
  ) {
    super();
  }

  /** 403 unless the actor may read the entry log. */
  static create(operation: string, phase: number, entryId: string, actor: Actor) {
    return new GetEntryQuery(operation, phase, entryId, visibleForce(actor));
  }
}
