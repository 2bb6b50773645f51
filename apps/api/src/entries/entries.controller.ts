import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestProvenance, Roles } from '@ros/auth';
import type { Actor, Provenance } from '@ros/domain';
import {
  ENTRY_LOG_PAGE,
  EntryLogItem,
  EntryLogPage,
  GetEntryQuery,
  ListEntriesInput,
  ListEntriesQuery,
} from '@ros/projections';
import {
  BATCH_MAX_ENTRIES,
  CorrectEntryCommand,
  CorrectEntryInput,
  EntryLoggedReceipt,
  EntryReceipt,
  LogEntriesBatchCommand,
  LogEntriesBatchInput,
  LogEntryCommand,
  RetractEntryCommand,
  RetractEntryInput,
} from '@ros/write';
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { CSV_CONTENT_TYPE } from '../http/csv';
import { ApiPhaseParam, PHASE_NUMBER } from '../operations/phase-number.pipe';
import { batchResultOf, BatchResults, statusOfLogOutcome } from './entry-outcomes';
import { ApiAnswer, ApiJsonBody, ApiQueryInput } from '../openapi/documented';
import { ENTRY_MODELS, NEW_ENTRY } from '../openapi/entry-schemas';
import { ApiEntryIdParam, ApiOperationParam } from '../openapi/params';
import { ApiRefusals } from '../openapi/refusals';

export const NEXT_CURSOR = 'X-Next-Cursor';

@ApiTags('entries')
@ApiBearerAuth()
@ApiOperationParam()
@ApiPhaseParam()
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
      `In the order entries were logged; pages of \`limit\` (1 to ${ENTRY_LOG_PAGE.max}, ${ENTRY_LOG_PAGE.default} by default) follow \`nextCursor\`. ` +
      '`format=csv` (or `Accept: text/csv`) answers every matching entry as CSV, or one page when `limit` is given ' +
      `(the next page’s cursor in the \`${NEXT_CURSOR}\` header).`,
  })
  @ApiQueryInput(ListEntriesInput)
  @ApiAnswer(200, EntryLogPage, 'A page of the entry log, or the entries as CSV', {
    csv: true,
    headers: {
      [NEXT_CURSOR]: {
        description:
          'CSV with `limit` only, when there is a next page: give it as `cursor` for that page.',
        schema: { type: 'string' },
      },
    },
  })
  @ApiRefusals(401, 403, 404)
  async list(
    @Param('op') operation: string,
    @Param('n', PHASE_NUMBER) phase: number,
    @Query() query: unknown,
    @Headers('accept') accept: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<EntryLogPage | string | Readable> {
    const { body, csv } = await this.queries.execute(
      ListEntriesQuery.create(operation, phase, query, accept, actor),
    );
    if (csv === null) return body;
    if (body.nextCursor) response.header(NEXT_CURSOR, body.nextCursor);
    response.type(CSV_CONTENT_TYPE);
    return csv;
  }

  @Get(':entryId')
  @Roles('admin', 'coordinator', 'analyst')
  @ApiOperation({
    summary: 'One entry as it stands, with its history of corrections and retraction',
    description: 'To the same people as the entry log: a coordinator sees their own force’s only.',
  })
  @ApiEntryIdParam()
  @ApiAnswer(200, EntryLogItem, 'The entry, with its history')
  @ApiRefusals(401, 403, 404)
  entry(
    @Param('op') operation: string,
    @Param('n', PHASE_NUMBER) phase: number,
    @Param('entryId') entryId: string,
    @CurrentActor() actor: Actor,
  ): Promise<EntryLogItem> {
    return this.queries.execute(GetEntryQuery.create(operation, phase, entryId, actor));
  }

  @Post()
  @ApiOperation({
    summary: 'Log an entry: 201 when stored, 200 when the same entryId and body were stored before',
    description:
      'Each kind has its own fields (discriminated by `kind`). The entryId, chosen by the client, is the idempotency key: the same id with a different body is refused with 409.',
  })
  @ApiJsonBody({ schema: NEW_ENTRY, models: ENTRY_MODELS })
  @ApiAnswer(201, EntryLoggedReceipt, 'Stored')
  @ApiAnswer(
    200,
    EntryLoggedReceipt,
    'Stored before with the same body: the first answer again; nothing new stored',
  )
  @ApiRefusals(401, 403, 404, 409, 422)
  async log(
    @Param('op') operation: string,
    @Param('n', PHASE_NUMBER) phase: number,
    @Body() body: unknown,
    @RequestProvenance() provenance: Provenance,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<EntryLoggedReceipt> {
    const logged = await this.commands.execute(
      LogEntryCommand.create(operation, phase, body, provenance),
    );
    response.status(statusOfLogOutcome(logged));
    return logged.receipt;
  }

  @Post('batch')
  @HttpCode(200)
  @ApiOperation({
    summary: `Log up to ${BATCH_MAX_ENTRIES.toLocaleString('en-GB')} entries, each judged as if posted alone`,
    description:
      'The batch is refused as a whole only when `entries` is not such a list; ' +
      'an entry’s own refusal is in its result, and the others are still logged.',
  })
  @ApiJsonBody(LogEntriesBatchInput)
  @ApiAnswer(200, BatchResults, 'What became of each entry')
  @ApiRefusals(401, 403)
  async batch(
    @Param('op') operation: string,
    @Param('n', PHASE_NUMBER) phase: number,
    @Body() body: unknown,
    @RequestProvenance() provenance: Provenance,
  ): Promise<BatchResults> {
    const outcomes = await this.commands.execute(
      LogEntriesBatchCommand.create(operation, phase, body, provenance),
    );
    return { results: outcomes.map(batchResultOf) };
  }

  @Post(':entryId/correction')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace an entry; its history keeps the original and the reason' })
  @ApiEntryIdParam()
  @ApiJsonBody(CorrectEntryInput)
  @ApiAnswer(200, EntryReceipt, 'Corrected')
  @ApiRefusals(401, 403, 404, 409, 422)
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
  @ApiEntryIdParam()
  @ApiJsonBody(RetractEntryInput)
  @ApiAnswer(200, EntryReceipt, 'Retracted')
  @ApiRefusals(401, 403, 404, 409)
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
