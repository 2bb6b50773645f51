import { migrate } from '../../libs/platform/src';
import { openReadSide, rebuildReadModels, type ReadSide } from '../../libs/projections/src';
import { generateEventLog } from '../../libs/testing/src/event-log';
import { atLeast, type Rows } from '../report/row';
import { seconds, sizeLabel, whole } from '../stats';

/** Per generated event, about 1.08 events: 5 % of entries are corrected and 3 % retracted. */
const EVENTS_PER_ENTRY = 1.08;

/**
 * Writes a realistic log of about `size` events straight to the store (two operations,
 * ten phases each, five forces, every kind of entry, corrections and retractions), then
 * times the projector catching up from cold and a rebuild (as `cli rebuild` runs it).
 * Leaves the database projected, for the queries.
 */
export const projectionBench = async (
  databaseUrl: string,
  size: number,
  largest: boolean,
  rows: Rows,
): Promise<{ readSide: ReadSide; events: number }> => {
  await migrate(databaseUrl);
  const readSide = await openReadSide(databaseUrl, { batchSize: 1000 });
  const entries = Math.round(size / EVENTS_PER_ENTRY);
  const scorpion = await generateEventLog(readSide.store, {
    entries: Math.round(entries * 0.8),
    seed: 1,
    operation: 'scorpion',
  });
  const viper = await generateEventLog(readSide.store, {
    entries: entries - Math.round(entries * 0.8),
    seed: 2,
    operation: 'viper',
  });
  const events = scorpion.events + viper.events;

  const schema = await readSide.generations.active();
  let started = Date.now();
  await readSide.projector.catchUp(schema);
  const catchUp = events / ((Date.now() - started) / 1000);
  const catchUpTarget = atLeast(25_000, 'events/s');
  rows.add({
    area: 'projection',
    measure: `catch-up from cold, ${sizeLabel(size)} events (${whole(events)})`,
    result: `${whole(catchUp)} events/s`,
    ...(largest ? { target: catchUpTarget.target, met: catchUpTarget.met(catchUp) } : {}),
  });

  started = Date.now();
  await rebuildReadModels(readSide.generations, readSide.projector, {
    log: () => undefined,
    graceMs: 0,
  });
  const rebuildMs = Date.now() - started;
  // The target is 60 s for 1M events: the same rate at any size.
  const perMillion = (rebuildMs / events) * 1_000_000;
  rows.add({
    area: 'projection',
    measure: `rebuild into a new generation, ${sizeLabel(size)} events`,
    result: `${seconds(rebuildMs)} (${whole(events / (rebuildMs / 1000))} events/s)`,
    ...(largest ? { target: '≤ 60 s per 1M events', met: perMillion <= 60_000 } : {}),
  });
  return { readSide, events };
};
