import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PublicationScope } from './publication-scope';

@Entity({ name: 'publications' })
export class PublicationRecord {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ name: 'published_by', type: 'text' })
  publishedBy!: string;

  @Column({ type: 'jsonb' })
  scope!: PublicationScope;

  @Column({ type: 'jsonb' })
  figures!: Record<string, unknown>;

  @Column({ name: 'projected_position', type: 'bigint' })
  projectedPosition!: string;
}
