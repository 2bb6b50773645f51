import { ApiProperty } from '@nestjs/swagger';
import { FORCE_IDS, type ForceId } from '@ros/domain';

/** A force with the population estimate its rates per 1,000 use. */
export class ForcePopulation {
  @ApiProperty({ enum: FORCE_IDS })
  id!: ForceId;

  @ApiProperty({ example: 'Dorset Police' })
  name!: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  population!: number;

  @ApiProperty({ description: 'Where the estimate comes from.' })
  populationSource!: string;

  @ApiProperty({ format: 'date', description: 'The first UK day the estimate applies to.' })
  populationAppliesFrom!: string;
}
