import { Inject, Injectable } from '@nestjs/common';
import {
  evolveOperation,
  initialOperationState,
  OPERATION_CATEGORY,
  operationStream,
  type Operation,
  type OperationEvent,
  type OperationState,
} from '@ros/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@ros/event-store';
import { StreamRepository } from '../event-sourcing/stream-repository';

/** The only door to operations' streams. */
@Injectable()
export class OperationsRepository {
  private readonly streams: StreamRepository<OperationState, OperationEvent>;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    this.streams = new StreamRepository(store, initialOperationState, evolveOperation);
  }

  load(operation: string) {
    return this.streams.load(operationStream(operation));
  }

  stream(operation: string) {
    return this.streams.stream(operationStream(operation));
  }

  /** Every operation, in the order they were registered. */
  async list(): Promise<Operation[]> {
    const byStream = new Map<string, OperationState>();
    let after: bigint | undefined;
    for (
      let page: RecordedEvent[];
      (page = await this.store.readCategory(OPERATION_CATEGORY, { after })).length;
    ) {
      for (const event of page)
        byStream.set(
          event.streamName,
          evolveOperation(
            byStream.get(event.streamName) ?? null,
            event as unknown as OperationEvent,
          ),
        );
      after = page[page.length - 1].position;
    }
    return [...byStream.values()].filter((operation): operation is Operation => operation !== null);
  }
}
