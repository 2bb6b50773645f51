import { InvalidInput } from '@ros/domain';

const MAX_POSITION = 2n ** 63n - 1n;

// A cursor is opaque to clients: what is inside may change without breaking them.
export const encodeCursor = (position: string): string =>
  Buffer.from(`p:${position}`).toString('base64url');

export const decodeCursor = (cursor: string): string => {
  const [tag, position] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (tag !== 'p' || !/^\d{1,19}$/.test(position ?? '') || BigInt(position) > MAX_POSITION)
    throw new InvalidInput(['cursor must be a nextCursor from an earlier page']);
  return position;
};
