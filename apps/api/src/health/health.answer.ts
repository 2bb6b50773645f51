import { ApiProperty } from '@nestjs/swagger';
import { ProjectionState } from '@ros/projections';

export const HEALTH_STATUSES = ['ok', 'degraded', 'unavailable'] as const;
export const CHECKS = ['up', 'down'] as const;
export const RELAY_STATES = ['off', 'running', 'failing'] as const;

/** The feed of events to Kafka (apps/relay, or this process when RELAY=in-process). */
export class RelayHealthAnswer {
  @ApiProperty({
    enum: RELAY_STATES,
    description:
      '`off` (no KAFKA_BROKERS, or apps/relay publishes), `running`, or `failing` (it retries; see `lastError`).',
  })
  state!: (typeof RELAY_STATES)[number];

  @ApiProperty({ required: false, description: 'Why the relay is off here.' })
  reason?: string;

  @ApiProperty({ required: false, description: 'Why the last publish failed, while failing.' })
  lastError?: string;
}

export class HealthAnswer {
  @ApiProperty({
    enum: HEALTH_STATUSES,
    description:
      '`ok`; `degraded` when a projection has parked events it could not apply, so some figures are missing from the totals, or when the relay to Kafka is failing (alert on it, see the runbook); `unavailable` (503) when a dependency is down.',
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

  @ApiProperty({ type: () => RelayHealthAnswer })
  relay!: RelayHealthAnswer;
}
