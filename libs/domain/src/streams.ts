import type { ForceId } from './forces';

/**
 * Stream names. An operation's lifecycle has one stream; each operation × phase × force
 * has its own entries stream, so five forces logging at once never contend.
 */
export const operationStream = (operation: string): string => `operation-${operation}`;

export const entriesStream = (operation: string, phase: number, force: ForceId): string =>
  `entries-${operation}_${phase}_${force}`;

export const OPERATION_CATEGORY = 'operation';
