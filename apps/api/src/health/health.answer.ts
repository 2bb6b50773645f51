import { ApiProperty } from '@nestjs/swagger';
import { ProjectionState } from '@ros/projections';

export const HEALTH_STATUSES = ['ok', 'degraded', 'unavailable'] as const;
export const CHECKS = ['up', 'down'] as const;

export class HealthAnswer {
  @ApiProperty({
    enum: HEALTH_STATUSES,
    description:
      '`ok`; `degraded` when a projection has parked events it could not apply, so some figures are missing from the totals (alert on it, see the runbook); `unavailable` (503) when a dependency is down.',
  })
  status!: (typeof HEALTH_STATUSES)[number];

  @ApiProperty({ enum: CHECKS })
  eventStore!: (typeof CHECKS)[number];

  @ApiProperty({ enum: CHECKS, description: 'The read models’ database.' })
  readModels!: (typeof CHECKS)[number];

  @ApiProperty({
    minimum: 0,
    description: 'Seconds the slowest projection is behind the event store.',
  })
  projectionLag!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Events set aside, all projections.' })
  parkedEvents!: number;

  @ApiProperty({
    type: () => [ProjectionState],
    description: 'Each projection’s position; empty when unavailable.',
  })
  projections!: ProjectionState[];
}
