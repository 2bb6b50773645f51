import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'forces' })
export class ForceRecord {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'integer' })
  population!: number;

  @Column({ name: 'population_source', type: 'text' })
  populationSource!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;
}
