import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FORCE_IDS, SEIZURE_ITEMS, type ForceId, type SeizureItem } from '@ros/domain';
import { keyedBy } from '../answers/keyed';
import { POSITION_SCHEMA } from '@ros/platform';

/** The one unit each seizure item is totalled in: drugs in g, cash in GBP, the rest in items. */
export const TOTAL_UNITS = ['g', 'GBP', 'item'] as const;
export type TotalUnit = (typeof TOTAL_UNITS)[number];

const COUNT = { type: 'integer', minimum: 0 } as const;
const AMOUNT = { type: 'number', minimum: 0 } as const;

export class SeizureTotals {
  @ApiProperty({ ...COUNT, description: 'How many seizures of the item.' })
  seizures!: number;

  @ApiProperty({ ...AMOUNT, description: 'How much in all, in `unit` (exact to 3 decimals).' })
  quantity!: number;

  @ApiProperty({ enum: TOTAL_UNITS, description: 'Drugs in g (kg counted as g), cash in GBP.' })
  unit!: TotalUnit;

  @ApiProperty({ ...AMOUNT, description: 'Their estimated value, in pounds and pence.' })
  estimatedValueGBP!: number;
}

/** Documents `Totals.seizures`: the items seen, each with its totals. */
const SeizuresByItem = keyedBy(
  'SeizuresByItem',
  SEIZURE_ITEMS,
  () => SeizureTotals,
  'Only the items seized at least once are listed.',
);

export class SafeguardedTotals {
  @ApiProperty(COUNT)
  children!: number;

  @ApiProperty(COUNT)
  adults!: number;
}

export class DisruptionTotals {
  @ApiProperty(COUNT)
  pursue!: number;

  @ApiProperty(COUNT)
  protect!: number;

  @ApiProperty(COUNT)
  prevent!: number;

  @ApiProperty(COUNT)
  prepare!: number;
}

/** The figures of entries that count (not retracted; as corrected), summed exactly. */
export class Totals {
  @ApiProperty({ ...COUNT, description: 'Entries that count, of every kind.' })
  entries!: number;

  @ApiProperty(COUNT)
  warrants!: number;

  @ApiProperty(COUNT)
  arrests!: number;

  @ApiProperty(COUNT)
  charges!: number;

  @ApiProperty(COUNT)
  countyLinesClosed!: number;

  @ApiProperty(COUNT)
  welfareVisits!: number;

  @ApiProperty(COUNT)
  vehicleStops!: number;

  @ApiProperty(COUNT)
  engagements!: number;

  @ApiProperty({ type: () => SafeguardedTotals, description: 'People safeguarded.' })
  safeguarded!: SafeguardedTotals;

  @ApiProperty({ type: () => DisruptionTotals, description: 'Disruptions, by strand.' })
  disruptions!: DisruptionTotals;

  @ApiProperty({ type: () => SeizuresByItem, description: 'Seizures, by item.' })
  seizures!: Partial<Record<SeizureItem, SeizureTotals>>;

  @ApiProperty({ ...AMOUNT, description: 'The estimated value of every seizure, in pounds.' })
  estimatedValueGBP!: number;
}

const TotalsByForce = keyedBy(
  'TotalsByForce',
  FORCE_IDS,
  () => Totals,
  'Every force the figures are about is listed, with zeros where nothing counted.',
);

/** Rates per 1,000 people of a force's area, to three decimals. */
export class Per1000 {
  @ApiProperty()
  arrests!: number;

  @ApiProperty()
  disruptions!: number;

  @ApiProperty()
  warrants!: number;

  @ApiProperty()
  countyLinesClosed!: number;
}

const PROJECTED_POSITION = {
  ...POSITION_SCHEMA,
  description: 'How far the totals projection had got: the figures include every event up to it.',
};
const MIN_POSITION_REACHED = {
  description:
    'Only when `minPosition` was given: whether the figures include it (false when `waitMs` ran out first).',
};

/** What every totals answer says about how far its figures go. */
export class TotalsBody {
  @ApiProperty(PROJECTED_POSITION)
  projectedPosition!: string;

  @ApiPropertyOptional(MIN_POSITION_REACHED)
  minPositionReached?: boolean;
}

export class PhaseTotals extends TotalsBody {
  @ApiProperty()
  operation!: string;

  @ApiProperty({ type: 'integer' })
  phase!: number;

  @ApiProperty({ type: () => Totals })
  totals!: Totals;

  @ApiProperty({ type: () => TotalsByForce, description: 'Each force of the operation.' })
  byForce!: Partial<Record<ForceId, Totals>>;
}

export class PhaseRow {
  @ApiProperty({ type: 'integer' })
  phase!: number;

  @ApiProperty({ type: () => Totals })
  totals!: Totals;
}

export class OperationTotals extends TotalsBody {
  @ApiProperty()
  operation!: string;

  @ApiProperty({ type: () => Totals })
  totals!: Totals;

  @ApiProperty({ type: () => [PhaseRow], description: 'Each phase, in number order.' })
  byPhase!: PhaseRow[];

  @ApiProperty({ type: () => TotalsByForce, description: 'Each force of the operation.' })
  byForce!: Partial<Record<ForceId, Totals>>;
}

export class ForceOperationRow {
  @ApiProperty()
  operation!: string;

  @ApiProperty({ type: () => Totals })
  totals!: Totals;

  @ApiProperty({ type: () => [PhaseRow] })
  byPhase!: PhaseRow[];
}

export class ForceTotals extends TotalsBody {
  @ApiProperty({ enum: FORCE_IDS })
  force!: ForceId;

  @ApiProperty({ type: () => Totals })
  totals!: Totals;

  @ApiProperty({
    type: () => [ForceOperationRow],
    description: 'Each operation the force takes part in, and its phases.',
  })
  byOperation!: ForceOperationRow[];
}

export class OperationRow {
  @ApiProperty()
  operation!: string;

  @ApiProperty({ type: () => Totals })
  totals!: Totals;
}

export class TagTotals extends TotalsBody {
  @ApiProperty()
  tag!: string;

  @ApiProperty({ type: () => Totals })
  totals!: Totals;

  @ApiProperty({ type: () => TotalsByForce, description: 'All five forces.' })
  byForce!: Partial<Record<ForceId, Totals>>;

  @ApiProperty({
    type: () => [OperationRow],
    description: 'The operations with entries so tagged, by id.',
  })
  byOperation!: OperationRow[];
}

export class ForceSummary {
  @ApiProperty({ enum: FORCE_IDS })
  force!: ForceId;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'The estimate the rates use.' })
  population!: number;

  @ApiProperty()
  populationSource!: string;

  @ApiProperty({ type: () => Totals })
  totals!: Totals;

  @ApiProperty({ type: () => Per1000 })
  per1000!: Per1000;
}

export class OperationSummary {
  @ApiProperty()
  operation!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: () => Totals })
  totals!: Totals;
}

/** The collaboration summary's figures: what a summary answers and a publication may freeze. */
export class CollaborationFigures {
  @ApiProperty({
    type: 'string',
    format: 'date',
    nullable: true,
    description: 'The first day anything counted occurred on (`from` when given); null when none.',
  })
  since!: string | null;

  @ApiProperty({ type: () => Totals, description: 'All five forces together.' })
  regional!: Totals;

  @ApiProperty({
    type: () => [ForceSummary],
    description: 'Each force, with rates per 1,000 population.',
  })
  forces!: ForceSummary[];

  @ApiProperty({ type: () => [OperationSummary] })
  operations!: OperationSummary[];
}

export class Summary extends CollaborationFigures implements TotalsBody {
  @ApiProperty(PROJECTED_POSITION)
  projectedPosition!: string;

  @ApiPropertyOptional(MIN_POSITION_REACHED)
  minPositionReached?: boolean;
}
