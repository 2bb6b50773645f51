import { Inject, Injectable } from '@nestjs/common';
import {
  evolveOperation,
  initialOperationState,
  isOperationEvent,
  OPERATION_CATEGORY,
  operationStream,
  type Operation,
  type OperationState,
} from '@ros/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@ros/event-store';

/**
 * Operations as their own streams tell them, read when asked. Unlike the projected
 * catalogue, a registration or a new phase is seen at once, so a client that has just
 * written one can read it back without `minPosition`.
 */
@Injectable()
export class OperationStreams {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async get(operation: string): Promise<OperationState> {
    return fold(initialOperationState(), await this.store.readStream(operationStream(operation)));
  }

  /** Every operation, in the order they were registered. */
  async list(): Promise<Operation[]> {
    const byStream = new Map<string, OperationState>();
    let after: bigint | undefined;
    for (
      let page: RecordedEvent[];
      (page = await this.store.readCategory(OPERATION_CATEGORY, { after })).length;
      after = page[page.length - 1].position
    )
      for (const event of page)
        byStream.set(event.streamName, fold(byStream.get(event.streamName) ?? null, [event]));
    return [...byStream.values()].filter((operation): operation is Operation => operation !== null);
  }
}

const fold = (state: OperationState, events: RecordedEvent[]): OperationState => {
  let folded = state;
  for (const event of events) if (isOperationEvent(event)) folded = evolveOperation(folded, event);
  return folded;
};
