import { PublishFiguresCommand, GetPublicationsQuery } from '@ros/publications';
import { entriesOf } from '../region/entries-of';
import { DEMO_CORRECTIONS, DEMO_OPERATIONS, DEMO_PUBLICATION } from '../region/region';
import { DEMO_ACTOR } from './demo-writes';
import type { SeedRun } from './seed-run';

/**
 * Publishes the demo publication unless it exists (its title names it), once the read
 * models include every entry, then applies the corrections that come after it: the
 * publication keeps the figures as published and shows the corrections as drift.
 */
export const publishThenCorrect = async (run: SeedRun): Promise<void> => {
  const published = await run.writes.queries.execute(GetPublicationsQuery.create(DEMO_ACTOR));
  if (!published.some((p) => p.title === DEMO_PUBLICATION.title)) {
    await run.writes.readModelsReach(run.lastPosition);
    await run.writes.commands.execute(PublishFiguresCommand.create(DEMO_PUBLICATION, DEMO_ACTOR));
    run.tally.publications++;
  }
  const entries = DEMO_OPERATIONS.flatMap((o) => o.phases.flatMap((p) => entriesOf(o, p)));
  for (const correction of DEMO_CORRECTIONS.filter((c) => c.afterPublication))
    await run.correct(
      entries.find((e) => e.key === correction.entry)!,
      correction,
    );
};
