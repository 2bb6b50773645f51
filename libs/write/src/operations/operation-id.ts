import { notRegistered, OPERATION_ID } from '@ros/domain';

/** An operation's id as a path gives it: one no registration could take is not registered (404). */
export const operationIdFrom = (raw: unknown): string => {
  if (typeof raw === 'string' && OPERATION_ID.test(raw)) return raw;
  throw notRegistered(String(raw));
};
