import { Query } from '@nestjs/cqrs';
import { NotFound, type Actor } from '@ros/domain';
import { isUUID } from 'class-validator';
import type { PublicationView } from '../publication.answers';
import { assertMayReadPublications } from '../publication-scope';

export class GetPublicationsQuery extends Query<PublicationView[]> {
  private constructor(readonly id?: string) {
    super();
  }

  /**
   * Every publication, or the one with this id (404 for an id that cannot be one), for an
   * actor who may read them (403 otherwise).
   */
  static create(actor: Actor, id?: string) {
    assertMayReadPublications(actor);
    if (id !== undefined && !isUUID(id)) throw new NotFound(`There is no publication ${id}`);
    return new GetPublicationsQuery(id);
  }
}
