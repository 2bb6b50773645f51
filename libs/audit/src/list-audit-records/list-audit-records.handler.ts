import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { AuditRecord } from '../audit-record';
import type { AuditPage, AuditRecordView } from '../audit.answers';
import { AuditRepository } from '../audit.repository';
import { encodeAuditCursor } from './audit-cursor';
import { ListAuditRecordsQuery } from './list-audit-records.query';

const view = (r: AuditRecord): AuditRecordView => ({
  seq: r.seq,
  at: r.at.toISOString(),
  username: r.username,
  role: r.role,
  force: r.force,
  action: r.action,
  kind: r.kind,
  method: r.method,
  route: r.route,
  scope: r.scope,
  address: r.address,
  requestId: r.requestId,
  status: r.status,
  prevHash: r.prevHash,
  hash: r.hash,
});

@QueryHandler(ListAuditRecordsQuery)
export class ListAuditRecordsHandler implements IQueryHandler<ListAuditRecordsQuery> {
  constructor(private readonly records: AuditRepository) {}

  async execute({ filter, before, limit }: ListAuditRecordsQuery): Promise<AuditPage> {
    const rows = await this.records.page(filter, before, limit + 1);
    const page = rows.slice(0, limit);
    return {
      items: page.map(view),
      nextCursor: rows.length > limit ? encodeAuditCursor(page[page.length - 1].seq) : null,
    };
  }
}
