import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@ros/auth';
import { parkedEvents, projectionLag, registry } from '@ros/platform';
import { ProjectionStatus } from '@ros/projections';
import type { FastifyReply } from 'fastify';

/** Prometheus text: latency histograms, events projected, projection lag, parked events. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly status: ProjectionStatus) {}

  @Get()
  @Public()
  async metrics(@Res({ passthrough: true }) response: FastifyReply): Promise<string> {
    for (const state of await this.status.read()) {
      projectionLag.set({ projection: state.projection }, state.lagSeconds);
      parkedEvents.set({ projection: state.projection }, state.parked);
    }
    response.type(registry.contentType);
    return registry.metrics();
  }
}
