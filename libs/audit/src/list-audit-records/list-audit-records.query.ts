import { BadRequestException } from '@nestjs/common';
import { Query } from '@nestjs/cqrs';
import { validated } from '@ros/platform';
import type { AuditFilter } from '../audit.repository';
import type { AuditPage } from '../audit.answers';
import { decodeAuditCursor } from './audit-cursor';
import { AUDIT_LIMIT, AUDIT_PAGE, ListAuditRecordsInput } from './list-audit-records.input';

/** A page of the audit trail, newest first, narrowed by the filters given. */
export class ListAuditRecordsQuery extends Query<AuditPage> {
  private constructor(
    readonly filter: AuditFilter,
    readonly before: string | undefined,
    readonly limit: number,
  ) {
    super();
  }

  static create(query: unknown): ListAuditRecordsQuery {
    const input = validated(ListAuditRecordsInput, query ?? {}, 'query');
    const limit = input.limit === undefined ? AUDIT_PAGE.default : Number(input.limit);
    if (limit < 1 || limit > AUDIT_PAGE.max) throw new BadRequestException([AUDIT_LIMIT]);
    if (input.from && input.to && Date.parse(input.from) >= Date.parse(input.to))
      throw new BadRequestException(['from must be before to']);
    const { user, force, action } = input;
    return new ListAuditRecordsQuery(
      {
        user,
        force,
        action,
        from: input.from === undefined ? undefined : new Date(input.from),
        to: input.to === undefined ? undefined : new Date(input.to),
      },
      input.cursor === undefined ? undefined : decodeAuditCursor(input.cursor),
      limit,
    );
  }
}
