import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decidePopulation } from '@ros/domain';
import { retryOnConflict } from '../../event-sourcing/retry-on-conflict';
import { PopulationRepository } from '../population.repository';
import {
  EstimatePopulationCommand,
  populationReceiptOf,
  type PopulationReceipt,
} from './estimate-population.command';

/** New population estimates, when the ONS publishes them: recorded as events, so rates reproduce. */
@CommandHandler(EstimatePopulationCommand)
export class EstimatePopulationHandler implements ICommandHandler<EstimatePopulationCommand> {
  constructor(private readonly population: PopulationRepository) {}

  execute({ estimate, provenance }: EstimatePopulationCommand): Promise<PopulationReceipt> {
    return retryOnConflict(async () => {
      const { state, revision, position } = await this.population.load(estimate.force);
      const events = decidePopulation({ type: 'EstimatePopulation', data: estimate }, state);
      if (events.length === 0) return populationReceiptOf(estimate, position ?? '0');
      const { positions } = await this.population.append(
        estimate.force,
        events,
        revision,
        provenance,
      );
      return populationReceiptOf(estimate, positions[positions.length - 1].toString());
    });
  }
}
