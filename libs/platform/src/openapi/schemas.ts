/**
 * A position in the event store's global order, as the API writes it: a decimal string,
 * since positions can pass 2^53. For `@ApiProperty` wherever an answer has one.
 */
export const POSITION_SCHEMA = { type: 'string', pattern: '^\\d+$', example: '1042' } as const;
