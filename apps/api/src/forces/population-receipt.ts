import { ApiProperty } from '@nestjs/swagger';
import { FORCES } from '@ros/domain';
import { POSITION_SCHEMA } from '@ros/platform';
import { ForcePopulation } from '@ros/projections';
import type { PopulationRecorded } from '@ros/write';

/** What recording an estimate answers: the force as GET /api/forces shows it, and the event's position. */
export class PopulationReceipt extends ForcePopulation {
  @ApiProperty({
    ...POSITION_SCHEMA,
    description:
      'The global position of its event (of the stream’s last for a repeat): give it as `minPosition`.',
  })
  position!: string;
}

export const populationReceiptOf = ({
  estimate,
  position,
}: PopulationRecorded): PopulationReceipt => ({
  id: estimate.force,
  name: FORCES[estimate.force].name,
  population: estimate.population,
  populationSource: estimate.source,
  populationAppliesFrom: estimate.appliesFrom,
  position,
});
