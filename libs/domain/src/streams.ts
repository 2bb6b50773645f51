import type { ForceId } from './forces';

/**
 * Stream names. An operation's lifecycle has one stream, and each entry has its own: the
 * entry is the aggregate (every rule about it is about that one entry; the phase's rules
 * come from the operation's stream), so writes to different entries never contend and an
 * entry id is unique in the whole store by construction (its stream is created once).
 */
export const operationStream = (operation: string): string => `operation-${operation}`;

/** An entry's own stream; its category, `entry`, is no other stream's. */
export const entryStream = (entryId: string): string => `${ENTRY_CATEGORY}-${entryId}`;

/**
 * Where releases before one stream per entry logged a force's entries of a phase. Those
 * events stay where they are (they are projected; nothing is rewritten): a change to one
 * of those entries is still appended to it. No new entry is logged there.
 */
export const entriesStream = (operation: string, phase: number, force: ForceId): string =>
  `${LEGACY_ENTRIES_CATEGORY}-${operation}_${phase}_${force}`;

export const OPERATION_CATEGORY = 'operation';
export const ENTRY_CATEGORY = 'entry';
export const LEGACY_ENTRIES_CATEGORY = 'entries';
