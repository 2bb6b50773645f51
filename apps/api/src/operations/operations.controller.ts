import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole, RequestProvenance, Roles } from '@ros/auth';
import type { Operation, Provenance } from '@ros/domain';
import {
  AmendPhaseDatesCommand,
  AmendPhaseDatesInput,
  ClosePhaseCommand,
  ClosePhaseInput,
  OpenPhaseCommand,
  OpenPhaseInput,
  OperationAnswer,
  RegisterOperationCommand,
  RegisterOperationInput,
  ReopenPhaseCommand,
  ReopenPhaseInput,
} from '@ros/write';
import { GetOperationQuery, ListOperationsQuery, type ReadOperation } from '@ros/projections';
import { ApiPhaseParam, PHASE_NUMBER } from './phase-number.pipe';
import { ReadOperationAnswer } from './read-operation.answer';
import { ApiAnswer, ApiJsonBody } from '../openapi/documented';
import { ApiOperationParam } from '../openapi/params';
import { ApiRefusals } from '../openapi/refusals';

const WITH_PHASES = 'The operation with its phases, as it stands now';

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
  @ApiJsonBody(RegisterOperationInput)
  @ApiAnswer(201, OperationAnswer, 'Registered, with no phases yet')
  @ApiRefusals(401, 403, 409)
  register(@Body() body: unknown, @RequestProvenance() provenance: Provenance): Promise<Operation> {
    return this.commands.execute(RegisterOperationCommand.create(body, provenance));
  }

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Every operation with its phases' })
  @ApiAnswer(200, [ReadOperationAnswer], 'Every operation, in the order they were registered')
  @ApiRefusals(401)
  list(): Promise<ReadOperation[]> {
    return this.queries.execute(ListOperationsQuery.create());
  }

  @Get(':op')
  @AnyRole()
  @ApiOperation({ summary: 'One operation with its phases' })
  @ApiOperationParam()
  @ApiAnswer(200, ReadOperationAnswer, WITH_PHASES)
  @ApiRefusals(401, 404)
  get(@Param('op') operation: string): Promise<ReadOperation> {
    return this.queries.execute(GetOperationQuery.create(operation));
  }

  @Post(':op/phases')
  @Roles('admin')
  @ApiOperation({ summary: 'Open a numbered phase (409 if the number is taken)' })
  @ApiOperationParam()
  @ApiJsonBody(OpenPhaseInput)
  @ApiAnswer(201, OperationAnswer, WITH_PHASES)
  @ApiRefusals(401, 403, 404, 409)
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
  @ApiOperation({
    summary: 'Close a phase; closing again on the same date is a harmless retry',
    description:
      '422 when `endsOn` is after today (UK time), before the phase started, or before an entry that still counts (the message says how many).',
  })
  @ApiOperationParam()
  @ApiPhaseParam()
  @ApiJsonBody(ClosePhaseInput)
  @ApiAnswer(200, OperationAnswer, WITH_PHASES)
  @ApiRefusals(401, 403, 404, 422)
  closePhase(
    @Param('op') operation: string,
    @Param('n', PHASE_NUMBER) phase: number,
    @Body() body: unknown,
    @RequestProvenance() provenance: Provenance,
  ): Promise<Operation> {
    return this.commands.execute(ClosePhaseCommand.create(operation, phase, body, provenance));
  }

  @Post(':op/phases/:n/reopen')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Open a closed phase again, with a reason; entries can be logged in it as before',
    description: 'Reopening an open phase is a harmless retry: nothing new is recorded.',
  })
  @ApiOperationParam()
  @ApiPhaseParam()
  @ApiJsonBody(ReopenPhaseInput)
  @ApiAnswer(200, OperationAnswer, WITH_PHASES)
  @ApiRefusals(401, 403, 404)
  reopenPhase(
    @Param('op') operation: string,
    @Param('n', PHASE_NUMBER) phase: number,
    @Body() body: unknown,
    @RequestProvenance() provenance: Provenance,
  ): Promise<Operation> {
    return this.commands.execute(ReopenPhaseCommand.create(operation, phase, body, provenance));
  }

  @Patch(':op/phases/:n')
  @Roles('admin')
  @ApiOperation({
    summary: 'Put a phase’s dates right, with a reason',
    description:
      '`startsOn` of any phase, `endsOn` of a closed one. 422 when an entry that still counts would fall outside the dates (the message says how many), or the end is after today.',
  })
  @ApiOperationParam()
  @ApiPhaseParam()
  @ApiJsonBody(AmendPhaseDatesInput)
  @ApiAnswer(200, OperationAnswer, WITH_PHASES)
  @ApiRefusals(401, 403, 404, 422)
  amendPhaseDates(
    @Param('op') operation: string,
    @Param('n', PHASE_NUMBER) phase: number,
    @Body() body: unknown,
    @RequestProvenance() provenance: Provenance,
  ): Promise<Operation> {
    return this.commands.execute(AmendPhaseDatesCommand.create(operation, phase, body, provenance));
  }
}
