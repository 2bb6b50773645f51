import { ApiProperty } from '@nestjs/swagger';

/** A figure that today's data tells differently from what was published. */
export class Drift {
  @ApiProperty({
    description:
      'Where the figure is in `figures`, each list item named by its id: `operations.scorpion.totals.warrants`, `forces.dorset.per1000.arrests`, `byForce.dorset.seizures.cash.quantity`.',
    example: 'operations.scorpion.totals.warrants',
  })
  figure!: string;

  @ApiProperty({ description: 'As published (0 when the figure was not there then).' })
  published!: number;

  @ApiProperty({ description: 'As known today (0 when the figure is not there now).' })
  current!: number;
}

/** The fields that name an item of a list in figures: `operations[].operation`, `forces[].force`. */
const ID_FIELDS = ['operation', 'force', 'id'] as const;

/**
 * A list item's key in a figure's path: its id, so that an operation registered later
 * does not shift the others (its figures are new ones); its index only when it has none.
 */
const keyOf = (item: unknown, index: number): string => {
  if (item && typeof item === 'object')
    for (const field of ID_FIELDS) {
      const id = (item as Record<string, unknown>)[field];
      if (typeof id === 'string' && id) return id;
    }
  return String(index);
};

/** Every number in figures, by its path. */
export const figuresByPath = (
  value: unknown,
  path = '',
  into = new Map<string, number>(),
): Map<string, number> => {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (typeof value === 'number') into.set(path, value);
  else if (Array.isArray(value))
    value.forEach((child, index) => figuresByPath(child, at(keyOf(child, index)), into));
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) figuresByPath(child, at(key), into);
  return into;
};

/** Every figure that differs between what was published and what is known today. */
export const driftBetween = (published: unknown, current: unknown): Drift[] => {
  const then = figuresByPath(published);
  const now = figuresByPath(current);
  const figures = [...new Set([...then.keys(), ...now.keys()])].sort();
  return figures
    .map((figure) => ({ figure, published: then.get(figure) ?? 0, current: now.get(figure) ?? 0 }))
    .filter(({ published: a, current: b }) => a !== b);
};
