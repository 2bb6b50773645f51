import { randomUUID } from 'node:crypto';
import {
  Command,
  CommandHandler,
  Query,
  QueryHandler,
  type ICommandHandler,
  type IQueryHandler,
} from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { londonDateOf, NotFound, type Actor } from '@ros/domain';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { TotalsRepository } from '../totals/totals.repository';
import { driftBetween } from './drift';
import type { PublicationView } from './publication.answers';
import { PublicationRecord } from './publication.record';
import { figuresFor } from './figures';
import {
  assertMayPublish,
  forcesOf,
  operationOf,
  parsePublishInput,
  type PublicationScope,
} from './publication-scope';

const view = (record: PublicationRecord): PublicationView => ({
  id: record.id,
  title: record.title,
  publishedAt: record.publishedAt.toISOString(),
  publishedBy: record.publishedBy,
  scope: record.scope,
  figures: record.figures,
  projectedPosition: String(record.projectedPosition),
});

/** Rates use the estimates for the scope's last day, or for the day the figures were published. */
const populationDayOf = (scope: PublicationScope, publishedAt: Date): string =>
  scope.to ?? londonDateOf(publishedAt);

export class PublishFiguresCommand extends Command<PublicationView> {
  private constructor(
    readonly input: { title: string; scope: PublicationScope },
    readonly actor: Actor,
  ) {
    super();
  }

  static create(body: unknown, actor: Actor) {
    return new PublishFiguresCommand(parsePublishInput(body), actor);
  }
}

/** Freezes the figures of a scope as known now, so that a PCC can always stand behind them. */
@CommandHandler(PublishFiguresCommand)
export class PublishFiguresHandler implements ICommandHandler<PublishFiguresCommand> {
  constructor(
    private readonly totals: TotalsRepository,
    @InjectRepository(PublicationRecord)
    private readonly publications: Repository<PublicationRecord>,
  ) {}

  async execute({ input, actor }: PublishFiguresCommand): Promise<PublicationView> {
    const publishedAt = new Date();
    const { scope } = input;
    const { figures, projectedPosition } = await this.totals.read(async (reader) => {
      assertMayPublish(actor, forcesOf(scope, operationOf(scope, await reader.operations())));
      return {
        figures: await figuresFor(reader, scope, populationDayOf(scope, publishedAt)),
        projectedPosition: await reader.projectedPosition(),
      };
    });
    const record = await this.publications.save(
      this.publications.create({
        id: randomUUID(),
        title: input.title,
        publishedAt,
        publishedBy: actor.username,
        scope,
        figures,
        projectedPosition,
      }),
    );
    return view(record);
  }
}

export class GetPublicationsQuery extends Query<PublicationView[]> {
  constructor(readonly id?: string) {
    super();
  }
}

/** Published figures as frozen, with their drift: each figure that today's data tells differently. */
@QueryHandler(GetPublicationsQuery)
export class GetPublicationsHandler implements IQueryHandler<GetPublicationsQuery> {
  constructor(
    private readonly totals: TotalsRepository,
    @InjectRepository(PublicationRecord)
    private readonly publications: Repository<PublicationRecord>,
  ) {}

  async execute({ id }: GetPublicationsQuery): Promise<PublicationView[]> {
    if (id !== undefined && !isUUID(id)) throw new NotFound(`There is no publication ${id}`);
    const records = id
      ? await this.publications.findBy({ id })
      : await this.publications.find({ order: { publishedAt: 'DESC' } });
    if (id && records.length === 0) throw new NotFound(`There is no publication ${id}`);
    return this.totals.read((reader) =>
      Promise.all(
        records.map(async (record) => ({
          ...view(record),
          drift: driftBetween(
            record.figures,
            await figuresFor(
              reader,
              record.scope,
              populationDayOf(record.scope, record.publishedAt),
            ),
          ),
        })),
      ),
    );
  }
}
