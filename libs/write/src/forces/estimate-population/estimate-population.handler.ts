import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decidePopulation, type EstimatePopulation } from '@ros/domain';
import { StreamCommandRunner } from '../../event-sourcing/stream-command-runner';
import { PopulationRepository } from '../population.repository';
import { EstimatePopulationCommand, type PopulationRecorded } from './estimate-population.command';

/** New population estimates, when the ONS publishes them: recorded as events, so rates reproduce. */
@CommandHandler(EstimatePopulationCommand)
export class EstimatePopulationHandler implements ICommandHandler<EstimatePopulationCommand> {
  constructor(
    private readonly population: PopulationRepository,
    private readonly runner: StreamCommandRunner,
  ) {}

  async execute({ estimate, provenance }: EstimatePopulationCommand): Promise<PopulationRecorded> {
    const command: EstimatePopulation = { type: 'EstimatePopulation', data: estimate };
    const handled = await this.runner.handle(
      this.population.stream(estimate.force),
      (estimates) => decidePopulation(command, estimates),
      provenance,
    );
    // A repeat answers the stream's last position: the estimate is recorded by then.
    const position =
      handled.outcome === 'created' ? handled.landed.position : (handled.read.position ?? '0');
    return { estimate, position };
  }
}
