import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { FORCE_IDS, type ForceId } from '@ros/domain';
import { POSITION_SCHEMA } from '@ros/platform';
import { CollaborationFigures, keyedBy, Per1000, Totals } from '@ros/projections';
import { Drift } from './drift';
import { PublicationScope } from './publication-scope';

/** A force's population and its rates per 1,000, in published figures. */
export class ForceRates extends Per1000 {
  @ApiProperty({ type: 'integer', minimum: 1 })
  population!: number;
}

const TotalsOfForces = keyedBy(
  'ScopeTotalsByForce',
  FORCE_IDS,
  () => Totals,
  'Each force the scope is about, with zeros where nothing counted.',
);
const RatesOfForces = keyedBy(
  'ScopeRatesByForce',
  FORCE_IDS,
  () => ForceRates,
  'Each force the scope is about.',
);

/** The figures of a scope that names an operation, phase, force or window. */
export class ScopeFigures {
  @ApiProperty({ type: () => Totals })
  totals!: Totals;

  @ApiProperty({ type: () => TotalsOfForces })
  byForce!: Partial<Record<ForceId, Totals>>;

  @ApiProperty({ type: () => RatesOfForces })
  per1000!: Partial<Record<ForceId, ForceRates>>;
}

/** Figures frozen as known when published, and how today's data differs. */
export class PublicationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;

  @ApiProperty({ description: 'The username of who published it.' })
  publishedBy!: string;

  @ApiProperty({
    type: () => PublicationScope,
    description: 'What was published: empty for the whole collaboration summary.',
  })
  scope!: PublicationScope;

  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(CollaborationFigures) }, { $ref: getSchemaPath(ScopeFigures) }],
    description:
      'The figures as frozen: the collaboration summary’s for an empty scope, the scope’s otherwise.',
  })
  figures!: Record<string, unknown>;

  @ApiProperty({ ...POSITION_SCHEMA, description: 'How far the figures went when frozen.' })
  projectedPosition!: string;

  @ApiPropertyOptional({
    type: () => [Drift],
    description:
      'Reading a publication only: each figure today’s data tells differently (empty when none).',
  })
  drift?: Drift[];
}
