import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@ros/auth';
import type { Actor } from '@ros/domain';
import {
  ListForcesQuery,
  PopulationInput,
  UpdatePopulationCommand,
  type ForceView,
} from '@ros/projections';
import { ApiRefusals } from '../openapi/refusals';

@ApiTags('forces')
@ApiBearerAuth()
@Controller('api/forces')
export class ForcesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The five forces with the population figures rates use, and their source',
  })
  @ApiRefusals(401)
  list(): Promise<ForceView[]> {
    return this.queries.execute(new ListForcesQuery());
  }

  @Put(':force/population')
  @Roles('admin')
  @ApiOperation({ summary: 'New population estimates for a force (when the ONS publishes them)' })
  @ApiBody({ type: PopulationInput })
  @ApiRefusals(400, 401, 403, 404)
  updatePopulation(
    @Param('force') force: string,
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
  ): Promise<ForceView> {
    return this.commands.execute(UpdatePopulationCommand.create(force, body, actor));
  }
}
