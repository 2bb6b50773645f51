import {
  Command,
  CommandHandler,
  Query,
  QueryHandler,
  type ICommandHandler,
  type IQueryHandler,
} from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { isForceId, NotFound, type Actor } from '@ros/domain';
import { validated } from '@ros/platform';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import type { Repository } from 'typeorm';
import { ForceRecord } from './force.record';

export interface ForceView {
  id: string;
  name: string;
  population: number;
  populationSource: string;
}

const view = ({ id, name, population, populationSource }: ForceRecord): ForceView => ({
  id,
  name,
  population,
  populationSource,
});

export class ListForcesQuery extends Query<ForceView[]> {}

@QueryHandler(ListForcesQuery)
export class ListForcesHandler implements IQueryHandler<ListForcesQuery> {
  constructor(@InjectRepository(ForceRecord) private readonly forces: Repository<ForceRecord>) {}

  async execute(): Promise<ForceView[]> {
    return (await this.forces.find({ order: { id: 'ASC' } })).map(view);
  }
}

export class PopulationInput {
  /** People living in the force's area. */
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  population!: number;

  /** Where the figure comes from, e.g. "ONS mid-2024 estimates, sum of local authorities". */
  @IsString()
  @Length(3, 300)
  source!: string;
}

export class UpdatePopulationCommand extends Command<ForceView> {
  private constructor(
    readonly force: string,
    readonly input: PopulationInput,
    readonly actor: Actor,
  ) {
    super();
  }

  static create(force: string, body: unknown, actor: Actor) {
    if (!isForceId(force)) throw new NotFound(`There is no force '${force}'`);
    return new UpdatePopulationCommand(force, validated(PopulationInput, body), actor);
  }
}

/** New population estimates, when the ONS publishes them; rates use them from then on. */
@CommandHandler(UpdatePopulationCommand)
export class UpdatePopulationHandler implements ICommandHandler<UpdatePopulationCommand> {
  constructor(@InjectRepository(ForceRecord) private readonly forces: Repository<ForceRecord>) {}

  async execute({ force, input, actor }: UpdatePopulationCommand): Promise<ForceView> {
    await this.forces.update(
      { id: force },
      {
        population: input.population,
        populationSource: input.source,
        updatedAt: new Date(),
        updatedBy: actor.username,
      },
    );
    return view((await this.forces.findOneBy({ id: force }))!);
  }
}
