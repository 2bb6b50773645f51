import type { Released, ReleasedFigure } from './demo-region.types';

/** The entry body fields (without id, force, time and tags) that record part of a figure. */
type Facts = Record<string, unknown>;

/**
 * How each released figure is logged, and where the totals show it. Counted figures are
 * logged in up to three parts over the phase, as coordinators log them during a week;
 * seizures as one entry; county lines one entry each, since a closure is not counted.
 */
interface FigureLogging {
  totalsPath: string;
  parts: (value: number, released: Released) => Facts[];
}

const inParts =
  (facts: (released: Released) => Facts) =>
  (value: number, released: Released): Facts[] => {
    const parts = Math.min(3, value);
    return Array.from({ length: parts }, (_, i) => ({
      ...facts(released),
      count: Math.floor(value / parts) + (i < value % parts ? 1 : 0),
    }));
  };

const seized = (item: string, unit: 'GBP' | 'item') => (quantity: number) => [
  { kind: 'seizure', item, quantity, unit },
];

export const FIGURES: Record<ReleasedFigure, FigureLogging> = {
  warrants: { totalsPath: 'warrants', parts: inParts(() => ({ kind: 'warrant' })) },
  arrests: {
    totalsPath: 'arrests',
    parts: inParts((released) => ({ kind: 'arrest', offence: released.offence ?? 'drug-supply' })),
  },
  welfareVisits: { totalsPath: 'welfareVisits', parts: inParts(() => ({ kind: 'welfare-visit' })) },
  vehicleStops: { totalsPath: 'vehicleStops', parts: inParts(() => ({ kind: 'vehicle-stop' })) },
  childrenSafeguarded: {
    totalsPath: 'safeguarded.children',
    parts: inParts(() => ({ kind: 'safeguarding', ageGroup: 'child' })),
  },
  adultsSafeguarded: {
    totalsPath: 'safeguarded.adults',
    parts: inParts(() => ({ kind: 'safeguarding', ageGroup: 'adult' })),
  },
  countyLinesClosed: {
    totalsPath: 'countyLinesClosed',
    parts: (lines) => Array.from({ length: lines }, () => ({ kind: 'county-line-closure' })),
  },
  cashGBP: { totalsPath: 'seizures.cash.quantity', parts: seized('cash', 'GBP') },
  cannabisPlants: {
    totalsPath: 'seizures.cannabis-plants.quantity',
    parts: seized('cannabis-plants', 'item'),
  },
  firearms: { totalsPath: 'seizures.firearm.quantity', parts: seized('firearm', 'item') },
  // Released as a street value only, without a class: the demo records it as class A.
  drugsValueGBP: {
    totalsPath: 'seizures.class-a-drugs.estimatedValueGBP',
    parts: (value) => [{ kind: 'seizure', item: 'class-a-drugs', estimatedValueGBP: value }],
  },
  vehiclesSeized: { totalsPath: 'seizures.vehicle.quantity', parts: seized('vehicle', 'item') },
  plantMachinerySeized: {
    totalsPath: 'seizures.plant-machinery.quantity',
    parts: seized('plant-machinery', 'item'),
  },
  stolenPropertyRecovered: {
    totalsPath: 'seizures.stolen-property.quantity',
    parts: seized('stolen-property', 'item'),
  },
};

/** The figures a release gives, in a fixed order. */
export const figuresOf = (released: Released): [ReleasedFigure, number][] =>
  (Object.keys(FIGURES) as ReleasedFigure[])
    .filter((figure) => released[figure] !== undefined)
    .map((figure) => [figure, released[figure]!]);
