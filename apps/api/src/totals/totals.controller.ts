import { applyDecorators, Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ForceTotals,
  GetForceTotalsQuery,
  GetOperationTotalsQuery,
  GetPhaseTotalsQuery,
  GetSummaryQuery,
  GetTagTotalsQuery,
  OperationTotals,
  PhaseTotals,
  Summary,
  TagTotals,
  TotalsQueryInput,
  type TotalsQuery,
} from '@ros/projections';
import { AnyRole } from '@ros/auth';
import type { FastifyReply } from 'fastify';
import { ApiPhaseParam, PHASE_NUMBER } from '../operations/phase-number.pipe';
import { ApiAnswer, ApiQueryInput } from '../openapi/documented';
import { ApiForceParam, ApiOperationParam, ApiTagParam } from '../openapi/params';
import { ApiRefusals } from '../openapi/refusals';
import { MIN_POSITION_REACHED, respond } from './totals-response';

const TOTALS_QUERY =
  'Query: asOf (as known then), from/to (UK calendar days on which things occurred), ' +
  `minPosition + waitMs (read-your-writes: \`minPositionReached\` and the header \`${MIN_POSITION_REACHED}\` ` +
  'say whether the figures include it), format=csv (or `Accept: text/csv`).';

/** What every totals route answers: its figures as JSON, or as CSV. */
const ApiTotals = (type: new () => object, description: string) =>
  applyDecorators(
    ApiQueryInput(TotalsQueryInput),
    ApiAnswer(200, type, description, {
      csv: true,
      headers: {
        [MIN_POSITION_REACHED]: {
          description:
            'When `minPosition` was given: `true` when the figures include it, `false` when `waitMs` ran out first.',
          schema: { type: 'string', enum: ['true', 'false'] },
        },
      },
    }),
  );

// Totals are counts the forces share: every role reads every force's (the entry log is not).
@ApiTags('totals')
@ApiBearerAuth()
@AnyRole()
@Controller('api')
export class TotalsController {
  constructor(private readonly queries: QueryBus) {}

  /** Every totals route: its figures as JSON, or as CSV when asked for. */
  private async answer(response: FastifyReply, query: TotalsQuery) {
    return respond(response, await this.queries.execute(query), query.params.csv);
  }

  @Get('operations/:op/phases/:n/totals')
  @ApiOperation({ summary: 'A phase’s totals, and each force’s', description: TOTALS_QUERY })
  @ApiOperationParam()
  @ApiPhaseParam()
  @ApiTotals(PhaseTotals, 'The phase’s figures; as CSV, one row per force')
  @ApiRefusals(400, 401, 404)
  async phase(
    @Param('op') operation: string,
    @Param('n', PHASE_NUMBER) phase: number,
    @Query() query: unknown,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    return this.answer(response, GetPhaseTotalsQuery.create(operation, phase, query, accept));
  }

  @Get('operations/:op/totals')
  @ApiOperation({
    summary: 'An operation’s totals, by phase and by force',
    description: TOTALS_QUERY,
  })
  @ApiOperationParam()
  @ApiTotals(OperationTotals, 'The operation’s figures; as CSV, one row per phase')
  @ApiRefusals(400, 401, 404)
  async operation(
    @Param('op') operation: string,
    @Query() query: unknown,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    return this.answer(response, GetOperationTotalsQuery.create(operation, query, accept));
  }

  @Get('forces/:force/totals')
  @ApiOperation({ summary: 'A force’s totals, by operation and phase', description: TOTALS_QUERY })
  @ApiForceParam()
  @ApiTotals(ForceTotals, 'The force’s figures; as CSV, one row per operation')
  @ApiRefusals(400, 401, 404)
  async force(
    @Param('force') force: string,
    @Query() query: unknown,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    return this.answer(response, GetForceTotalsQuery.create(force, query, accept));
  }

  @Get('tags/:tag/totals')
  @ApiOperation({
    summary: 'Everything logged with a tag (e.g. a national week)',
    description: TOTALS_QUERY,
  })
  @ApiTagParam()
  @ApiTotals(TagTotals, 'The tag’s figures; as CSV, one row per force')
  @ApiRefusals(400, 401)
  async tag(
    @Param('tag') tag: string,
    @Query() query: unknown,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    return this.answer(response, GetTagTotalsQuery.create(tag, query, accept));
  }

  @Get('summary')
  @ApiOperation({
    summary: 'The PCC collaboration summary, with rates per 1,000 population',
    description: TOTALS_QUERY,
  })
  @ApiTotals(Summary, 'The summary; as CSV, one row per force with its rates')
  @ApiRefusals(400, 401)
  async summary(
    @Query() query: unknown,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    return this.answer(response, GetSummaryQuery.create(query, accept));
  }
}
