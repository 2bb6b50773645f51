import { ApiProperty } from '@nestjs/swagger';
import { OperationAnswer } from '@ros/write';
import type { ReadOperation } from '@ros/projections';

/** An operation as the read routes show it: with whether its figures are the demo's. */
export class ReadOperationAnswer extends OperationAnswer implements ReadOperation {
  @ApiProperty({
    description:
      'True when the demo seed (`SEED_DEMO=true`, `seed:demo`) registered it: its figures are ' +
      'built from public releases to show the system, not recorded by a force.',
  })
  demo!: boolean;
}
