import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiBody,
  ApiExtraModels,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { CurrentActor, RequestProvenance, Roles } from '@ros/auth';
import type { Actor } from '@ros/domain';
import {
  GetEntryQuery,
  ListEntriesInput,
  ListEntriesQuery,
  type EntryLogItem,
  type EntryLogPage,
} from '@ros/projections';
import {
  CorrectEntryCommand,
  CorrectEntryInput,
  INPUT_BY_KIND,
  LogEntriesBatchCommand,
  LogEntriesBatchInput,
  LogEntryCommand,
  RetractEntryCommand,
  RetractEntryInput,
  type EntryLoggedReceipt,
  type EntryReceipt,
  type Provenance,
} from '@ros/write';
import type { Response } from 'express';
import { PHASE_NUMBER } from '../operations/phase-number.pipe';
import { ApiRefusals } from '../openapi/refusals';

const ENTRY_SCHEMAS = Object.values(INPUT_BY_KIND);

@ApiTags('entries')
@ApiBearerAuth()
@ApiExtraModels(...ENTRY_SCHEMAS)
@Roles('admin', 'coordinator')
@Controller('api/operations/:op/phases/:n/entries')
export class EntriesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Roles('admin', 'coordinator', 'analyst')
  @ApiOperation({
    summary: 'The entry log of a phase: each entry as it stands, with its history',
    description:
      'Analysts and admins see every force; a coordinator only their own (403 for another). ' +
      'In the order entries were logged; pages of `limit` (1 to 1000, 100 by default) follow `nextCursor`. ' +
      '`format=csv` (or `Accept: text/csv`) answers every matching entry as CSV, or one page when `limit` is given ' +
      '(the next page’s cursor in the `X-Next-Cursor` header).',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiRefusals(400, 401, 403, 404)
  async list(
    @Param('op') operation: string,
    @Param('n', PHASE_NUMBER) phase: number,
    @Query() query: ListEntriesInput,
    @Headers('accept') accept: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EntryLogPage | string> {
    const { body, csv } = await this.queries.execute(
      ListEntriesQuery.create(operation, phase, query, accept, actor),
    );
    if (csv === null) return body;
    if (body.nextCursor) response.setHeader('X-Next-Cursor', body.nextCursor);
    response.type('text/csv');
    return csv;
  }

  @Get(':entryId')
  @Roles('admin', 'coordinator', 'analyst')
  @ApiOperation({
    summary: 'One entry as it stands, with its history of corrections and retraction',
    description: 'To the same people as the entry log: a coordinator sees their own force’s only.',
  })
  @ApiRefusals(401, 403, 404)
  entry(
    @Param('op') operation: string,
    @Param('n', PHASE_NUMBER) phase: number,
    @Param('entryId') entryId: string,
    @CurrentActor() actor: Actor,
  ): Promise<EntryLogItem> {
    return this.queries.execute(new GetEntryQuery(operation, phase, entryId, actor));
  }

  @Post()
  @ApiOperation({
    summary: 'Log an entry: 201 when stored, 200 when the same entryId and body were stored before',
    description:
      'Each kind has its own fields (discriminated by `kind`). The entryId, chosen by the client, is the idempotency key: the same id with a different body is refused with 409.',
  })
  @ApiBody({
    schema: {
      oneOf: ENTRY_SCHEMAS.map((type) => ({ $ref: getSchemaPath(type) })),
      discriminator: { propertyName: 'kind' },
    },
  })
  @ApiResponse({
    status: 201,
    description: 'Stored: `{ entryId, operation, phase, force, position, streamRevision }`',
  })
  @ApiResponse({
    status: 200,
    description: 'Stored before with the same body: the first answer again; nothing new stored',
  })
  @ApiRefusals(400, 401, 403, 404, 409, 413, 422)
  async log(
    @Param('op') operation: string,
    @Param('n', PHASE_NUMBER) phase: number,
    @Body() body: unknown,
    @RequestProvenance() provenance: Provenance,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Omit<EntryLoggedReceipt, 'created'>> {
    const { created, ...receipt } = await this.commands.execute(
      LogEntryCommand.create(operation, phase, body, provenance),
    );
    response.status(created ? 201 : 200);
    return receipt;
  }

  @Post('batch')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log up to 1,000 entries, each judged as if posted alone' })
  @ApiBody({ type: LogEntriesBatchInput })
  @ApiRefusals(400, 401, 403, 413)
  batch(
    @Param('op') operation: string,
    @Param('n', PHASE_NUMBER) phase: number,
    @Body() body: unknown,
    @RequestProvenance() provenance: Provenance,
  ) {
    return this.commands.execute(LogEntriesBatchCommand.create(operation, phase, body, provenance));
  }

  @Post(':entryId/correction')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace an entry; its history keeps the original and the reason' })
  @ApiBody({ type: CorrectEntryInput })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  correct(
    @Param('op') operation: string,
    @Param('n', PHASE_NUMBER) phase: number,
    @Param('entryId') entryId: string,
    @Body() body: unknown,
    @RequestProvenance() provenance: Provenance,
  ): Promise<EntryReceipt> {
    return this.commands.execute(
      CorrectEntryCommand.create(operation, phase, entryId, body, provenance),
    );
  }

  @Post(':entryId/retraction')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop an entry counting; its history keeps it and the reason' })
  @ApiBody({ type: RetractEntryInput })
  @ApiRefusals(400, 401, 403, 404, 409)
  retract(
    @Param('op') operation: string,
    @Param('n', PHASE_NUMBER) phase: number,
    @Param('entryId') entryId: string,
    @Body() body: unknown,
    @RequestProvenance() provenance: Provenance,
  ): Promise<EntryReceipt> {
    return this.commands.execute(
      RetractEntryCommand.create(operation, phase, entryId, body, provenance),
    );
  }
}
