import { ApiProperty } from '@nestjs/swagger';
import { AUDIT_KINDS, type AuditKind } from './audit-record';

/** One record of the audit trail, as `GET /api/audit` answers it. */
export class AuditRecordView {
  @ApiProperty({ description: 'Its place in the chain: 1, 2, 3… with no gaps.' })
  seq!: string;

  @ApiProperty({ format: 'date-time', description: 'When the answer was decided.' })
  at!: string;

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Who: the token’s username, the username tried for a sign-in, or null.',
  })
  username!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  role!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  force!: string | null;

  @ApiProperty({ description: 'What, as `entry.log` or `entry-log.read`.' })
  action!: string;

  @ApiProperty({
    enum: AUDIT_KINDS,
    description: 'Which of the DPA 2018 s.62 kinds of processing.',
  })
  kind!: AuditKind;

  @ApiProperty()
  method!: string;

  @ApiProperty({ description: 'The route’s pattern, as `/api/operations/:op/phases/:n/entries`.' })
  route!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'What it was about: operation, phase, force, entry id, query filters.',
  })
  scope!: Record<string, string>;

  @ApiProperty({ type: 'string', nullable: true, description: 'From where: the client’s address.' })
  address!: string | null;

  @ApiProperty({
    type: 'string',
    nullable: true,
    description:
      'The request id (`x-request-id`), also the correlation id of the events it caused.',
  })
  requestId!: string | null;

  @ApiProperty({ description: 'The outcome: the HTTP status answered.' })
  status!: number;

  @ApiProperty({ description: 'The hash of the record before it (64 zeros for the first).' })
  prevHash!: string;

  @ApiProperty({ description: 'SHA-256 of this record and prevHash (docs/runbook.md).' })
  hash!: string;
}

export class AuditPage {
  @ApiProperty({ type: () => [AuditRecordView] })
  items!: AuditRecordView[];

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Give it as `cursor` for the next (older) page; null on the last page.',
  })
  nextCursor!: string | null;
}
