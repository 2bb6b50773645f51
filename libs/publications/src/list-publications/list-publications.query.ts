import { Query } from '@nestjs/cqrs';
import { InvalidInput, type Actor } from '@ros/domain';
import { validated } from '@ros/platform';
import type { PublicationView } from '../publication.answers';
import { assertMayReadPublications } from '../publication-scope';
import { LIMIT, ListPublicationsInput } from './list-publications.input';
import {
  decodePublicationsCursor,
  PUBLICATIONS_PAGE,
  type PublicationsAfter,
} from './publications-page';

/** One page of publications, newest first, and the cursor of the next (null on the last). */
export interface PublicationsPage {
  items: PublicationView[];
  nextCursor: string | null;
}

export class ListPublicationsQuery extends Query<PublicationsPage> {
  private constructor(
    readonly limit: number,
    readonly after: PublicationsAfter | undefined,
  ) {
    super();
  }

  /** For an actor who may read publications (403 otherwise); 400 for a bad limit or cursor. */
  static create(actor: Actor, query: unknown) {
    assertMayReadPublications(actor);
    const input = validated(ListPublicationsInput, query ?? {}, 'query');
    const limit = input.limit === undefined ? PUBLICATIONS_PAGE.default : Number(input.limit);
    if (limit < 1 || limit > PUBLICATIONS_PAGE.max) throw new InvalidInput([LIMIT]);
    return new ListPublicationsQuery(
      limit,
      input.cursor ? decodePublicationsCursor(input.cursor) : undefined,
    );
  }
}
