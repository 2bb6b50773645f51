import type { RecordedEvent } from '@ros/event-store';

/** Where the events come from, as CloudEvents' `source` names it. */
export const EVENT_SOURCE = 'urn:ringofsteel:south-west';

/**
 * An event as other systems receive it: CloudEvents 1.0 attributes (structured JSON
 * mode), so a consumer needs no Ring of Steel code to read it. `id` is the event's own id,
 * the same on every delivery: a consumer that has seen it once ignores it again.
 */
export interface CloudEvent<Data = Record<string, unknown>> {
  specversion: '1.0';
  id: string;
  /** The domain event's type, e.g. `ArrestMade`. */
  type: string;
  source: string;
  /** The stream the event belongs to: events of one subject arrive in order. */
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  /** The version of `data`'s schema (docs/events.md). */
  dataschemaversion: number;
  /** The event's global position in the store, as a decimal string (64 bits). */
  position: string;
  data: Data;
}

/**
 * The full event for systems inside the partnership. Its metadata stays home: who recorded
 * an event is personal data, and consumers need the facts, not the account that typed them.
 */
export const cloudEventOf = (event: RecordedEvent): CloudEvent => ({
  specversion: '1.0',
  id: event.id,
  type: event.type,
  source: EVENT_SOURCE,
  subject: event.streamName,
  time: event.recordedAt.toISOString(),
  datacontenttype: 'application/json',
  dataschemaversion: event.metadata.schemaVersion,
  position: event.position.toString(),
  data: event.data,
});
