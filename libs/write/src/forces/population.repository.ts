import { Inject, Injectable } from '@nestjs/common';
import {
  evolvePopulation,
  initialPopulationState,
  populationStream,
  type ForceId,
  type PopulationEstimated,
  type PopulationState,
} from '@ros/domain';
import { EVENT_STORE, type EventStore } from '@ros/event-store';
import { StreamRepository } from '../event-sourcing/stream-repository';

/** The only door to the forces' population streams (`force-<force>`). */
@Injectable()
export class PopulationRepository {
  private readonly streams: StreamRepository<PopulationState, PopulationEstimated>;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.streams = new StreamRepository(store, initialPopulationState, evolvePopulation);
  }

  stream(force: ForceId) {
    return this.streams.stream(populationStream(force));
  }
}
