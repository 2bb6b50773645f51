import { randomUUID } from 'node:crypto';
import { CURRENT_SCHEMA_VERSIONS, type Provenance } from '@ros/domain';
import type { EventToAppend } from '@ros/event-store';

/** A domain event as the store keeps it: a random id unless a stream's rule gives it one. */
export const toEventToAppend = (
  event: { type: string; data: object },
  provenance: Provenance,
  id: string = randomUUID(),
): EventToAppend => ({
  id,
  type: event.type,
  data: event.data as Record<string, unknown>,
  metadata: {
    schemaVersion: CURRENT_SCHEMA_VERSIONS[event.type],
    recordedBy: provenance.actor.username,
    recordedAt: provenance.now.toISOString(),
    correlationId: provenance.correlationId,
    causationId: provenance.causationId,
    ...(provenance.origin && { origin: provenance.origin }),
  },
});
