import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TotalsRepository } from '@ros/projections';
import { figuresFor, populationDayOf } from '../figures';
import type { PublicationView } from '../publication.answers';
import {
  assertForceOfOperation,
  assertMayPublish,
  forcesOf,
  operationOf,
} from '../publication-scope';
import { PublicationsRepository } from '../publications.repository';
import { PublishFiguresCommand } from './publish-figures.command';

/** Freezes the figures of a scope as known now, so that a PCC can always stand behind them. */
@CommandHandler(PublishFiguresCommand)
export class PublishFiguresHandler implements ICommandHandler<PublishFiguresCommand> {
  constructor(
    private readonly totals: TotalsRepository,
    private readonly publications: PublicationsRepository,
  ) {}

  async execute({ input, actor }: PublishFiguresCommand): Promise<PublicationView> {
    const publishedAt = new Date();
    const { scope } = input;
    const { figures, projectedPosition } = await this.totals.read(async (totals, catalogue) => {
      const operation = operationOf(scope, await catalogue.operations());
      assertMayPublish(actor, forcesOf(scope, operation)); // 403 before what the scope names
      assertForceOfOperation(scope, operation);
      return {
        figures: await figuresFor(totals, catalogue, scope, populationDayOf(scope, publishedAt)),
        projectedPosition: await totals.projectedPosition(),
      };
    });
    return this.publications.add({
      id: randomUUID(),
      title: input.title,
      publishedAt,
      publishedBy: actor.username,
      scope,
      figures,
      projectedPosition,
    });
  }
}
