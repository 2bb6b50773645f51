import { Command } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import {
  FORCE_IDS,
  FORCES,
  isForceId,
  londonDateOf,
  NotFound,
  type ForceId,
  type PopulationEstimate,
  type Provenance,
} from '@ros/domain';
import { POSITION_SCHEMA, validated } from '@ros/platform';
import { assertDatesInRange } from '../../operations/phase-dates';
import { EstimatePopulationInput } from './estimate-population.input';

/** What recording an estimate answers: the force as GET /api/forces shows it, and the event's position. */
export class PopulationReceipt {
  @ApiProperty({ enum: FORCE_IDS })
  id!: ForceId;

  @ApiProperty({ example: 'Dorset Police' })
  name!: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  population!: number;

  @ApiProperty()
  populationSource!: string;

  @ApiProperty({ format: 'date', description: 'The first UK day the estimate applies to.' })
  populationAppliesFrom!: string;

  @ApiProperty({
    ...POSITION_SCHEMA,
    description:
      'The global position of its event (of the stream’s last for a repeat): give it as `minPosition`.',
  })
  position!: string;
}

export const populationReceiptOf = (
  estimate: PopulationEstimate,
  position: string,
): PopulationReceipt => ({
  id: estimate.force,
  name: FORCES[estimate.force].name,
  population: estimate.population,
  populationSource: estimate.source,
  populationAppliesFrom: estimate.appliesFrom,
  position,
});

export class EstimatePopulationCommand extends Command<PopulationReceipt> {
  private constructor(
    readonly estimate: PopulationEstimate,
    readonly provenance: Provenance,
  ) {
    super();
  }

  static create(force: unknown, body: unknown, provenance: Provenance) {
    if (!isForceId(force)) throw new NotFound(`There is no force '${String(force)}'`);
    const { population, source, appliesFrom } = validated(EstimatePopulationInput, body);
    assertDatesInRange({ appliesFrom });
    return new EstimatePopulationCommand(
      { force, population, source, appliesFrom: appliesFrom ?? londonDateOf(provenance.now) },
      provenance,
    );
  }
}
