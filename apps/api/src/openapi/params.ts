import { ApiParam } from '@nestjs/swagger';
import { FORCE_IDS, OPERATION_ID, TAG, TAG_LIMITS } from '@ros/domain';

/** The path parameters of the API, with the values each can take. */

export const ApiOperationParam = () =>
  ApiParam({
    name: 'op',
    description: 'The operation’s id.',
    schema: { type: 'string', pattern: OPERATION_ID.source, example: 'scorpion' },
  });

export const ApiEntryIdParam = () =>
  ApiParam({
    name: 'entryId',
    description: 'The entry’s id, as chosen when it was logged.',
    schema: { type: 'string', format: 'uuid' },
  });

export const ApiForceParam = () =>
  ApiParam({ name: 'force', schema: { type: 'string', enum: FORCE_IDS } });

export const ApiTagParam = () =>
  ApiParam({
    name: 'tag',
    description: 'A tag, as entries carry it (400 when it is not a lowercase slug).',
    schema: {
      type: 'string',
      pattern: TAG.source,
      maxLength: TAG_LIMITS.length,
      example: 'cliw-2024-03',
    },
  });

export const ApiPublicationIdParam = () =>
  ApiParam({ name: 'id', schema: { type: 'string', format: 'uuid' } });

export const ApiUsernameParam = () =>
  ApiParam({
    name: 'username',
    description: 'A username, in any case.',
    schema: { type: 'string', pattern: '^[a-zA-Z0-9._@-]{3,64}$', example: 'dorset-coordinator' },
  });
