import { BadRequestException } from '@nestjs/common';
import { AUDIT_CURSOR } from './list-audit-records.input';

// Opaque to clients: what is inside may change without breaking them.
export const encodeAuditCursor = (seq: string): string =>
  Buffer.from(`a:${seq}`).toString('base64url');

export const decodeAuditCursor = (cursor: string): string => {
  const [tag, seq] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (tag !== 'a' || !/^[1-9]\d{0,17}$/.test(seq ?? ''))
    throw new BadRequestException([AUDIT_CURSOR]);
  return seq;
};
