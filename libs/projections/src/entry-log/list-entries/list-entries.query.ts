import type { Readable } from 'node:stream';
import { Query } from '@nestjs/cqrs';
import { InvalidInput, type Actor } from '@ros/domain';
import { validated } from '@ros/platform';
import { readParamsOf, type ReadParams } from '../../read-your-writes/read-input';
import { visibleForce } from '../entry-log-access';
import type { EntryLogPage } from '../entry-log.answers';
import type { EntryLogFilter } from '../entry-log.repository';
import { decodeCursor } from './entry-log-cursor';
import { ENTRY_LOG_PAGE, LIMIT, ListEntriesInput } from './list-entries.input';

/**
 * The log as JSON, or as CSV when asked for: one page (with the next page's cursor beside
 * it), or every entry as a stream, page after page (then `body` holds no items).
 */
export interface EntryLogAnswer {
  body: EntryLogPage;
  csv: string | Readable | null;
}

export class ListEntriesQuery extends Query<EntryLogAnswer> {
  private constructor(
    readonly filter: EntryLogFilter,
    readonly after: string | undefined,
    /** Undefined: the default page for JSON, every entry for CSV. */
    readonly limit: number | undefined,
    readonly read: ReadParams,
  ) {
    super();
  }

  /** Validated, and narrowed to the forces the actor may see (403 for another). */
  static create(
    operation: string,
    phase: number,
    query: unknown,
    accept: string | undefined,
    actor: Actor,
  ): ListEntriesQuery {
    const input = validated(ListEntriesInput, query ?? {}, 'query');
    const limit = input.limit === undefined ? undefined : Number(input.limit);
    const { params, problems } = readParamsOf(input, accept);
    if (limit !== undefined && (limit < 1 || limit > ENTRY_LOG_PAGE.max)) problems.push(LIMIT);
    if (problems.length) throw new InvalidInput(problems);
    const { force, kind, status } = input;
    return new ListEntriesQuery(
      { operation, phase, force: visibleForce(actor, force), kind, status },
      input.cursor ? decodeCursor(input.cursor) : undefined,
      limit,
      params,
    );
  }
}
