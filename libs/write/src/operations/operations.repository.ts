import { Inject, Injectable } from '@nestjs/common';
import {
  evolveOperation,
  initialOperationState,
  operationStream,
  type OperationEvent,
  type OperationState,
} from '@ros/domain';
import { EVENT_STORE, type EventStore, type ExpectedRevision } from '@ros/event-store';
import { toEventToAppend, type Provenance } from '../event-sourcing/envelope';
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

  append(
    operation: string,
    events: OperationEvent[],
    expectedRevision: ExpectedRevision,
    provenance: Provenance,
  ) {
    const toAppend = events.map((event) => toEventToAppend(event, provenance));
    return this.store.appendToStream(operationStream(operation), toAppend, { expectedRevision });
  }
}
