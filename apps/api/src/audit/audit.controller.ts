import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUDIT_PAGE, AuditPage, ListAuditRecordsInput, ListAuditRecordsQuery } from '@ros/audit';
import { Roles } from '@ros/auth';
import { ApiAnswer, ApiQueryInput } from '../openapi/documented';
import { ApiRefusals } from '../openapi/refusals';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit')
export class AuditController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('admin')
  @ApiOperation({
    summary: 'The audit trail: who did what, when, from where, and how it was answered',
    description:
      'Admins only. Newest first; pages of `limit` (1 to ' +
      `${AUDIT_PAGE.max}, ${AUDIT_PAGE.default} by default) follow \`nextCursor\` towards older records. ` +
      'Filters combine: `user`, `force`, `action`, `from` (inclusive) and `to` (exclusive). ' +
      'This read is itself recorded (`audit.read`).',
  })
  @ApiQueryInput(ListAuditRecordsInput)
  @ApiAnswer(200, AuditPage, 'A page of the audit trail, newest first')
  @ApiRefusals(400, 401, 403)
  list(@Query() query: unknown): Promise<AuditPage> {
    return this.queries.execute(ListAuditRecordsQuery.create(query));
  }
}
