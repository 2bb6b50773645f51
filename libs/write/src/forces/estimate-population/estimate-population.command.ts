import { Command } from '@nestjs/cqrs';
import {
  isForceId,
  londonDateOf,
  NotFound,
  type PopulationEstimate,
  type Provenance,
} from '@ros/domain';
import { validated } from '@ros/platform';
import { assertDatesInRange } from '../../operations/phase-dates';
import { EstimatePopulationInput } from './estimate-population.input';

/** An estimate as recorded, and where: its event's position (the stream's last for a repeat). */
export interface PopulationRecorded {
  estimate: PopulationEstimate;
  position: string;
}

export class EstimatePopulationCommand extends Command<PopulationRecorded> {
  private constructor(
    readonly estimate: PopulationEstimate,
    readonly provenance: Provenance,
  ) {
    super();
  }

  static create(force: unknown, body: unknown, provenance: Provenance) {
    if (!isForceId(force)) throw new NotFound(`There is no force '${String(force)}'`);
    const { population, source, appliesFrom } = validated(EstimatePopulationInput, body);
    assertDatesInRange({ appliesFrom });
    return new EstimatePopulationCommand(
      { force, population, source, appliesFrom: appliesFrom ?? londonDateOf(provenance.now) },
      provenance,
    );
  }
}
