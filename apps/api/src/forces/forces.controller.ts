import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import type { Provenance } from '@ros/domain';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole, RequestProvenance, Roles } from '@ros/auth';
import { ForcePopulation, ListForcesQuery } from '@ros/projections';
import { EstimatePopulationCommand, EstimatePopulationInput } from '@ros/write';
import { ApiAnswer, ApiJsonBody } from '../openapi/documented';
import { ApiForceParam } from '../openapi/params';
import { ApiRefusals } from '../openapi/refusals';
import { PopulationReceipt, populationReceiptOf } from './population-receipt';

@ApiTags('forces')
@ApiBearerAuth()
@Controller('api/forces')
export class ForcesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: 'The five forces with the population estimate rates use today, and its source',
  })
  @ApiAnswer(200, [ForcePopulation], 'The five forces, by id')
  @ApiRefusals(401)
  list(): Promise<ForcePopulation[]> {
    return this.queries.execute(ListForcesQuery.create());
  }

  @Put(':force/population')
  @Roles('admin')
  @ApiOperation({
    summary: 'Record a population estimate for a force (when the ONS publishes new ones)',
    description:
      'Recorded as an event: rates per 1,000 use it for days from `appliesFrom` (today when not given), and `asOf` still reproduces the rates shown before it. The same estimate again records nothing new.',
  })
  @ApiForceParam()
  @ApiJsonBody(EstimatePopulationInput)
  @ApiAnswer(200, PopulationReceipt, 'Recorded (or recorded before): the force and its estimate')
  @ApiRefusals(401, 403, 404)
  async updatePopulation(
    @Param('force') force: string,
    @Body() body: unknown,
    @RequestProvenance() provenance: Provenance,
  ): Promise<PopulationReceipt> {
    return populationReceiptOf(
      await this.commands.execute(EstimatePopulationCommand.create(force, body, provenance)),
    );
  }
}
