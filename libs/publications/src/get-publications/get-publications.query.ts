import { Query } from '@nestjs/cqrs';
import { NotFound } from '@ros/domain';
import { isUUID } from 'class-validator';
import type { PublicationView } from '../publication.answers';

export class GetPublicationsQuery extends Query<PublicationView[]> {
  private constructor(readonly id?: string) {
    super();
  }

  /** Every publication, or the one with this id (404 for an id that cannot be one). */
  static create(id?: string) {
    if (id !== undefined && !isUUID(id)) throw new NotFound(`There is no publication ${id}`);
    return new GetPublicationsQuery(id);
  }
}
