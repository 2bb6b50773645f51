import fc from 'fast-check';

/**
 * Random entry bodies that the contract says must be accepted, biased to every bound. The
 * bounds are written out here from the contract, not imported from the code under test:
 * if the code narrows or widens one, these tests notice.
 */
export const BOUNDS = {
  count: 1000,
  vehicleStops: 10_000,
  tags: 5,
  tagLength: 64,
  notes: 1000,
  location: 100,
  drug: 40,
  description: 500,
  lineName: 100,
  reason: 500,
  items: 1_000_000,
  grams: 10_000_000,
  kilograms: 10_000,
  pounds: 100_000_000,
  estimatedValue: 1_000_000_000,
  earliest: '2000-01-01T00:00:00.000Z',
  latest: '2099-12-31T23:59:59.999Z',
} as const;

const FORCES = [
  'avon-and-somerset',
  'devon-and-cornwall',
  'dorset',
  'gloucestershire',
  'wiltshire',
];

/** A whole number from min to max, often exactly at one end or the other. */
const bounded = (min: number, max: number) =>
  fc.oneof(fc.constant(min), fc.constant(max), fc.integer({ min, max }));

/** A number with `places` decimals from min to max (given in whole hundredths, thousandths…). */
const decimal = (places: number, min: number, max: number) => {
  const scale = 10 ** places;
  return bounded(Math.round(min * scale), Math.round(max * scale)).map((n) => n / scale);
};

/** Any text up to `max` code points (as the API counts them), never a NUL, often at the limit. */
export const text = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: 'binary', maxLength: max }),
      fc.string({ unit: 'binary', minLength: max, maxLength: max }),
    )
    .filter((s) => !s.includes('\u0000'));

const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const tag = fc.oneof(
  fc.stringMatching(TAG).filter((t) => t.length <= BOUNDS.tagLength),
  fc.constantFrom('mille', 'cliw-2024-03', 'x'.repeat(BOUNDS.tagLength)),
);

/** Instants from 2000 up to `now`, often on the first instant or on a clock change. */
export const occurredAt = (from: string, now: Date) =>
  fc
    .oneof(
      fc.constantFrom(from, '2024-03-31T00:59:59.999Z', '2024-10-27T00:30:00.000Z'),
      fc.date({ min: new Date(from), max: now, noInvalidDate: true }).map((d) => d.toISOString()),
    )
    .filter((at) => at >= from && new Date(at) <= now);

const seizure = fc.oneof(
  fc.record({
    item: fc.constantFrom('cash'),
    unit: fc.constant('GBP'),
    quantity: decimal(2, 0.01, BOUNDS.pounds),
  }),
  ...(['g', 'kg'] as const).map((unit) =>
    fc.record(
      {
        item: fc.constantFrom('class-a-drugs', 'class-b-drugs', 'class-c-drugs'),
        unit: fc.constant(unit),
        quantity: decimal(3, 0.001, unit === 'g' ? BOUNDS.grams : BOUNDS.kilograms),
        drug: text(BOUNDS.drug),
      },
      { requiredKeys: ['item', 'unit', 'quantity'] },
    ),
  ),
  fc.record({
    item: fc.constantFrom('class-a-drugs', 'stolen-property'),
    estimatedValueGBP: decimal(2, 0, BOUNDS.estimatedValue),
  }),
  fc.record(
    {
      item: fc.constantFrom('cannabis-plants', 'firearm', 'vehicle', 'mobile-phone', 'other'),
      unit: fc.constant('item'),
      quantity: bounded(1, BOUNDS.items),
      description: text(BOUNDS.description),
    },
    { requiredKeys: ['item', 'unit', 'quantity'] },
  ),
);

const withValue = (facts: fc.Arbitrary<Record<string, unknown>>) =>
  fc
    .tuple(facts, fc.option(decimal(2, 0, BOUNDS.estimatedValue), { nil: undefined }))
    .map(([f, value]) =>
      value === undefined || 'estimatedValueGBP' in f ? f : { ...f, estimatedValueGBP: value },
    );

/** The facts of one entry, one shape per kind. */
export const entryFacts = fc.oneof(
  fc.record({
    kind: fc.constantFrom('warrant', 'charge', 'welfare-visit', 'engagement'),
    count: bounded(1, BOUNDS.count),
  }),
  fc.record(
    {
      kind: fc.constant('arrest'),
      count: bounded(1, BOUNDS.count),
      offence: fc.constantFrom('drug-supply', 'firearms', 'poaching', 'hare-coursing', 'other'),
    },
    { requiredKeys: ['kind', 'count'] },
  ),
  fc.record({ kind: fc.constant('vehicle-stop'), count: bounded(1, BOUNDS.vehicleStops) }),
  fc.record({
    kind: fc.constant('safeguarding'),
    count: bounded(1, BOUNDS.count),
    ageGroup: fc.constantFrom('child', 'adult'),
  }),
  fc.record(
    { kind: fc.constant('county-line-closure'), lineName: text(BOUNDS.lineName) },
    { requiredKeys: ['kind'] },
  ),
  fc.record(
    {
      kind: fc.constant('disruption'),
      category: fc.constantFrom('pursue', 'protect', 'prevent', 'prepare'),
      severity: fc.constantFrom('major', 'moderate', 'minor'),
      description: text(BOUNDS.description),
    },
    { requiredKeys: ['kind', 'category', 'severity'] },
  ),
  withValue(seizure).map((facts) => ({ kind: 'seizure', ...facts })),
);

/** A whole entry body (without its id), for a force, as a coordinator's client would send it. */
export const entryBody = (forces: string[], from: string, now: Date) =>
  fc
    .tuple(
      entryFacts,
      fc.record(
        {
          force: fc.constantFrom(...forces),
          occurredAt: occurredAt(from, now),
          notes: text(BOUNDS.notes),
          location: text(BOUNDS.location),
          tags: fc.uniqueArray(tag, { maxLength: BOUNDS.tags }),
          assistedBy: fc.uniqueArray(
            fc.constantFrom('swrocu', 'btp', 'nrcu', 'nca', 'partner-agency'),
          ),
        },
        { requiredKeys: ['force', 'occurredAt'] },
      ),
    )
    .map(([facts, common]) => ({ ...common, ...facts }) as Record<string, any>);

export { FORCES };
