import { Command } from '@nestjs/cqrs';
import type { Actor } from '@ros/domain';
import type { PublicationView } from '../publication.answers';
import { parsePublishInput, type PublicationScope } from '../publication-scope';

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
