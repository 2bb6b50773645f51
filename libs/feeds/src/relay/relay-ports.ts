import type { Position, RecordedEvent } from '@ros/event-store';
import type { CloudEvent } from '../envelope/cloud-event';

/** A message for a topic: its key decides the partition, so one stream's events stay in order. */
export interface FeedMessage {
  topic: string;
  key: string;
  event: CloudEvent;
}

/** Where messages go (Kafka in production). */
export interface Publisher {
  /**
   * Resolves only once the broker has them all. `abandoned` is aborted when the relay gives
   * up waiting (too slow, or stopping): the batch will be sent again, so the publisher may
   * drop whatever was carrying it.
   */
  publish(messages: FeedMessage[], abandoned?: AbortSignal): Promise<void>;
  /**
   * Rejects, in words for an operator, when the broker cannot be reached or a topic is
   * missing. Asked while there is nothing to publish, so health sees what a publish would.
   */
  check?(): Promise<void>;
}

/** How far the relay has published: kept in PostgreSQL beside the read models. */
export interface RelayCheckpoint {
  load(): Promise<Position | null>;
  save(position: Position): Promise<void>;
}

/** The events to relay, in global order (the event store port's readAll). */
export interface EventSource {
  readAll(options: { after?: Position; maxCount?: number }): Promise<RecordedEvent[]>;
}
