import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public } from '@ros/auth';
import { EVENT_STORE, type EventStore } from '@ros/event-store';
import { FeedRelay } from '@ros/feeds';
import { ProjectionStatus, type ProjectionState } from '@ros/projections';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { ApiAnswer } from '../openapi/documented';
import { CHECKS, HealthAnswer } from './health.answer';

type Check = (typeof CHECKS)[number];

@ApiTags('operating')
@Controller('api/health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @InjectDataSource() private readonly database: DataSource,
    private readonly projections: ProjectionStatus,
    private readonly relay: FeedRelay,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: '200 when the event store and the read-model database answer, 503 when not',
  })
  @ApiAnswer(200, HealthAnswer, 'Up: `status` is `ok`, or `degraded` when events are parked')
  @ApiAnswer(503, HealthAnswer, 'A dependency is down: `status` is `unavailable`')
  async health(@Res({ passthrough: true }) response: FastifyReply): Promise<HealthAnswer> {
    const [eventStore, readModels] = await Promise.all([
      check(() => this.store.ping()),
      check(() => this.database.query('SELECT 1')),
    ]);
    const ok = eventStore === 'up' && readModels === 'up';
    const projections: ProjectionState[] = ok ? await this.projections.read().catch(() => []) : [];
    const parkedEvents = projections.reduce((sum, p) => sum + p.parked, 0);
    const relay = this.relay.health();
    response.status(ok ? 200 : 503);
    return {
      status: !ok
        ? 'unavailable'
        : parkedEvents > 0 || relay.state === 'failing'
          ? 'degraded'
          : 'ok',
      eventStore,
      readModels,
      projectionLag: Math.max(0, ...projections.map((p) => p.lagSeconds)),
      parkedEvents,
      projections,
      relay,
    };
  }
}

const CHECK_TIMEOUT_MS = 2000;

const check = async (probe: () => Promise<unknown>): Promise<Check> => {
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref(),
      ),
    ]);
    return 'up';
  } catch {
    return 'down';
  }
};
