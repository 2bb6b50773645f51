import type { ForceId } from '@ros/domain';
import { demoEntryId } from '../demo-ids';
import type { DemoOperation, DemoPhase, Released } from './demo-region.types';
import { FIGURES, figuresOf } from './figures';

/** One entry of the demo, as the API would be sent it. */
export interface DemoEntry {
  /** Readable and stable: operation/phase/force/figure/part; its entryId derives from it. */
  key: string;
  operation: string;
  phase: number;
  body: Record<string, unknown> & { entryId: string; force: ForceId };
}

const DAY_MS = 86_400_000;

/** The UK days entries are spread over: the phase's, a week of it while it is open. */
const daysOf = (phase: DemoPhase, released: Released): string[] => {
  if (released.day) return [released.day];
  const start = Date.parse(`${phase.startsOn}T00:00:00Z`);
  const end = phase.endsOn ? Date.parse(`${phase.endsOn}T00:00:00Z`) : start + 6 * DAY_MS;
  const count = Math.round((end - start) / DAY_MS) + 1;
  return Array.from({ length: count }, (_, i) =>
    new Date(start + i * DAY_MS).toISOString().slice(0, 10),
  );
};

/**
 * Every entry of a phase, reproducing each force's released figures. Times fall between
 * 06:00 and 15:00 UTC, so their UK day is the day given whether or not summer time applies.
 */
export const entriesOf = (operation: DemoOperation, phase: DemoPhase): DemoEntry[] =>
  Object.entries(phase.released).flatMap(([force, released]) => {
    const days = daysOf(phase, released!);
    return figuresOf(released!).flatMap(([figure, value], f) => {
      const parts = FIGURES[figure].parts(value, released!);
      return parts.map((facts, part) => {
        const key = `${operation.id}/${phase.number}/${force}/${figure}/${part + 1}`;
        const day = days[Math.floor((part * days.length) / parts.length)];
        const hour = String(6 + ((f + part * 3) % 10)).padStart(2, '0');
        return {
          key,
          operation: operation.id,
          phase: phase.number,
          body: {
            entryId: demoEntryId(key),
            ...facts,
            force: force as ForceId,
            occurredAt: `${day}T${hour}:00:00Z`,
            ...(phase.tags.length && { tags: phase.tags }),
            ...(released!.location && { location: released!.location }),
            ...(released!.assistedBy && { assistedBy: released!.assistedBy }),
          },
        };
      });
    });
  });
