import { randomUUID } from 'node:crypto';
import { CURRENT_SCHEMA_VERSIONS, isEntryLogged, type Provenance } from '@ros/domain';
import type { EventToAppend } from '@ros/event-store';

/**
 * A domain event as the store keeps it. An entry's logging event takes the entry's id,
 * so the store itself refuses to keep one entry twice.
 */
export const toEventToAppend = (
  event: { type: string; data: object },
  provenance: Provenance,
): EventToAppend => ({
  id: isEntryLogged(event) ? event.data.entryId : randomUUID(),
  type: event.type,
  data: event.data as Record<string, unknown>,
  metadata: {
    schemaVersion: CURRENT_SCHEMA_VERSIONS[event.type],
    recordedBy: provenance.actor.username,
    recordedAt: provenance.now.toISOString(),
    correlationId: provenance.correlationId,
    causationId: provenance.causationId,
  },
});
