import { ApiProperty } from '@nestjs/swagger';

/** A figure that today's data tells differently from what was published. */
export class Drift {
  @ApiProperty({
    description: 'Where the figure is in `figures`.',
    example: 'byForce.dorset.seizures.cash.quantity',
  })
  figure!: string;

  @ApiProperty({ description: 'As published (0 when the figure was not there then).' })
  published!: number;

  @ApiProperty({ description: 'As known today (0 when the figure is not there now).' })
  current!: number;
}

const leaves = (
  value: unknown,
  path = '',
  into = new Map<string, number>(),
): Map<string, number> => {
  if (typeof value === 'number') into.set(path, value);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value))
      leaves(child, path ? `${path}.${key}` : key, into);
  return into;
};

/** Every figure that differs between what was published and what is known today. */
export const driftBetween = (published: unknown, current: unknown): Drift[] => {
  const then = leaves(published);
  const now = leaves(current);
  const figures = [...new Set([...then.keys(), ...now.keys()])].sort();
  return figures
    .map((figure) => ({ figure, published: then.get(figure) ?? 0, current: now.get(figure) ?? 0 }))
    .filter(({ published: a, current: b }) => a !== b);
};
