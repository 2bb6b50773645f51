import { Inject, Injectable } from '@nestjs/common';
import {
  evolvePopulation,
  initialPopulationState,
  populationStream,
  type ForceId,
  type PopulationEstimated,
  type PopulationState,
  type Provenance,
} from '@ros/domain';
import { EVENT_STORE, type EventStore, type ExpectedRevision } from '@ros/event-store';
import { toEventToAppend } from '../event-sourcing/envelope';
import { StreamRepository } from '../event-sourcing/stream-repository';

/** The only door to the forces' population streams (`force-<force>`). */
@Injectable()
export class PopulationRepository {
  private readonly streams: StreamRepository<PopulationState, PopulationEstimated>;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    this.streams = new StreamRepository(store, initialPopulationState, evolvePopulation);
  }

  load(force: ForceId) {
    return this.streams.load(populationStream(force));
  }

  append(
    force: ForceId,
    events: PopulationEstimated[],
    expectedRevision: ExpectedRevision,
    provenance: Provenance,
  ) {
    const toAppend = events.map((event) => toEventToAppend(event, provenance));
    return this.store.appendToStream(populationStream(force), toAppend, { expectedRevision });
  }
}
