import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { PublicationsAfter } from './list-publications/publications-page';
import type { PublicationView } from './publication.answers';
import { PublicationRecord } from './publication.record';

const view = (record: PublicationRecord): PublicationView => ({
  id: record.id,
  title: record.title,
  publishedAt: record.publishedAt.toISOString(),
  publishedBy: record.publishedBy,
  scope: record.scope,
  figures: record.figures,
  projectedPosition: String(record.projectedPosition),
});

/** The publications table: each a PCC's record of figures as published, kept as they were. */
@Injectable()
export class PublicationsRepository {
  constructor(
    @InjectRepository(PublicationRecord)
    private readonly records: Repository<PublicationRecord>,
  ) {}

  async add(publication: PublicationRecord): Promise<PublicationView> {
    return view(await this.records.save(this.records.create(publication)));
  }

  /** One publication (or none), or every one, newest first. */
  async find(id?: string): Promise<{ view: PublicationView; record: PublicationRecord }[]> {
    const records = id
      ? await this.records.findBy({ id })
      : await this.records.find({ order: { publishedAt: 'DESC', id: 'DESC' } });
    return records.map((record) => ({ view: view(record), record }));
  }

  /** Up to `limit` publications, newest first, from after `after` (the previous page's last). */
  async page(
    limit: number,
    after?: PublicationsAfter,
  ): Promise<{ view: PublicationView; record: PublicationRecord }[]> {
    const query = this.records
      .createQueryBuilder('publication')
      .orderBy('publication.publishedAt', 'DESC')
      .addOrderBy('publication.id', 'DESC')
      .limit(limit);
    if (after)
      query.where('(publication.published_at, publication.id) < (:publishedAt, :id)', after);
    return (await query.getMany()).map((record) => ({ view: view(record), record }));
  }
}
