import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestProvenance, Roles } from '@ros/auth';
import type { Actor, Operation } from '@ros/domain';
import {
  ClosePhaseCommand,
  ClosePhaseInput,
  GetOperationQuery,
  ListOperationsQuery,
  OpenPhaseCommand,
  OpenPhaseInput,
  RegisterOperationCommand,
  RegisterOperationInput,
  type Provenance,
} from '@ros/write';
import { PHASE_NUMBER } from './phase-number.pipe';
import { ApiRefusals } from '../openapi/refusals';

@ApiTags('operations')
@ApiBearerAuth()
@Controller('api/operations')
export class OperationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register an operation (409 if its id exists)' })
  @ApiBody({ type: RegisterOperationInput })
  @ApiRefusals(400, 401, 403, 409)
  register(@Body() body: unknown, @RequestProvenance() provenance: Provenance): Promise<Operation> {
    return this.commands.execute(RegisterOperationCommand.create(body, provenance));
  }

  @Get()
  @ApiOperation({ summary: 'Every operation with its phases' })
  @ApiRefusals(401)
  list(@CurrentActor() actor: Actor): Promise<Operation[]> {
    return this.queries.execute(new ListOperationsQuery(actor));
  }

  @Get(':op')
  @ApiOperation({ summary: 'One operation with its phases' })
  @ApiRefusals(401, 404)
  get(@Param('op') operation: string, @CurrentActor() actor: Actor): Promise<Operation> {
    return this.queries.execute(new GetOperationQuery(operation, actor));
  }

  @Post(':op/phases')
  @Roles('admin')
  @ApiOperation({ summary: 'Open a numbered phase (409 if the number is taken)' })
  @ApiBody({ type: OpenPhaseInput })
  @ApiRefusals(400, 401, 403, 404, 409)
  openPhase(
    @Param('op') operation: string,
    @Body() body: unknown,
    @RequestProvenance() provenance: Provenance,
  ): Promise<Operation> {
    return this.commands.execute(OpenPhaseCommand.create(operation, body, provenance));
  }

  @Post(':op/phases/:n/close')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Close a phase; closing again on the same date is a harmless retry' })
  @ApiBody({ type: ClosePhaseInput })
  @ApiRefusals(400, 401, 403, 404, 422)
  closePhase(
    @Param('op') operation: string,
    @Param('n', PHASE_NUMBER) phase: number,
    @Body() body: unknown,
    @RequestProvenance() provenance: Provenance,
  ): Promise<Operation> {
    return this.commands.execute(ClosePhaseCommand.create(operation, phase, body, provenance));
  }
}
