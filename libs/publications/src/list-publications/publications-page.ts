import { InvalidInput } from '@ros/domain';

/** Publications per page: each one's drift is worked out when it is read, so pages are small. */
export const PUBLICATIONS_PAGE = { default: 20, max: 100 } as const;

/** Where a page starts: after this publication, newest first. */
export interface PublicationsAfter {
  publishedAt: Date;
  id: string;
}

const BAD_CURSOR = 'cursor must be a nextCursor from an earlier page';

// A cursor is opaque to clients: what is inside may change without breaking them.
export const encodePublicationsCursor = ({ publishedAt, id }: PublicationsAfter): string =>
  Buffer.from(`p:${publishedAt.toISOString()}|${id}`).toString('base64url');

export const decodePublicationsCursor = (cursor: string): PublicationsAfter => {
  const [, at, id] =
    /^p:(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\|([0-9a-f-]{36})$/.exec(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    ) ?? [];
  const publishedAt = new Date(at ?? '');
  if (!id || Number.isNaN(publishedAt.getTime())) throw new InvalidInput([BAD_CURSOR]);
  return { publishedAt, id };
};
