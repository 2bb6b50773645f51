import { Inject, Injectable } from '@nestjs/common';
import {
  evolveOperation,
  initialOperationState,
  isOperationEvent,
  OPERATION_CATEGORY,
  operationStream,
  type Operation,
} from '@ros/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@ros/event-store';

/** An operation as read: the domain's state, and whether the demo seed registered it. */
export type ReadOperation = Operation & { demo: boolean };

/**
 * Operations as their own streams tell them, read when asked. Unlike the projected
 * catalogue, a registration or a new phase is seen at once, so a client that has just
 * written one can read it back without `minPosition`.
 */
@Injectable()
export class OperationStreams {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async get(operation: string): Promise<ReadOperation | null> {
    return read(await this.store.readStream(operationStream(operation)));
  }

  /** Every operation, in the order they were registered. */
  async list(): Promise<ReadOperation[]> {
    const byStream = new Map<string, RecordedEvent[]>();
    let after: bigint | undefined;
    for (
      let page: RecordedEvent[];
      (page = await this.store.readCategory(OPERATION_CATEGORY, { after })).length;
      after = page[page.length - 1].position
    )
      for (const event of page) {
        const events = byStream.get(event.streamName) ?? [];
        byStream.set(event.streamName, events);
        events.push(event);
      }
    return [...byStream.values()]
      .map(read)
      .filter((operation): operation is ReadOperation => operation !== null);
  }
}

const read = (events: RecordedEvent[]): ReadOperation | null => {
  let state = initialOperationState();
  let demo = false;
  for (const event of events) {
    if (!isOperationEvent(event)) continue;
    // Said by the registration's metadata, not a username: anyone may be called "demo".
    if (event.type === 'OperationRegistered') demo = event.metadata.origin === 'demo';
    state = evolveOperation(state, event);
  }
  return state && { ...state, demo };
};
