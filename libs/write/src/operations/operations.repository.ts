import { Inject, Injectable } from '@nestjs/common';
import {
  evolveOperation,
  initialOperationState,
  operationStream,
  type OperationEvent,
  type OperationState,
} from '@ros/domain';
import { EVENT_STORE, type EventStore } from '@ros/event-store';
import { StreamRepository } from '../event-sourcing/stream-repository';

/** The only door to operations' streams. */
@Injectable()
export class OperationsRepository {
  private readonly streams: StreamRepository<OperationState, OperationEvent>;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.streams = new StreamRepository(store, initialOperationState, evolveOperation);
  }

  load(operation: string) {
    return this.streams.load(operationStream(operation));
  }

  stream(operation: string) {
    return this.streams.stream(operationStream(operation));
  }
}
