import { bodyOf, draftOf, emptyDraft } from './entry-body';
import { ukDayOf } from '../../ui/uk-time';
import { problemsOf, tagsOf, type Draft, type PhaseRules } from './draft-problems';

const NOW = new Date('2024-03-04T12:00:00Z');
const PHASE: PhaseRules = { number: 5, status: 'open', startsOn: '2024-03-01', endsOn: null };
const draft = (fields: Partial<Draft>): Draft => ({
  ...emptyDraft('arrest'),
  occurredAt: '2024-03-04T10:00:00.000Z',
  ...fields,
});
const problems = (fields: Partial<Draft>, phase = PHASE) => problemsOf(draft(fields), phase, NOW);

describe('the entry form’s rules, as the server’s', () => {
  it('takes the common case: an arrest now, count 14', () => {
    expect(problems({ count: '14' })).toEqual({});
  });

  it('asks what happened first', () => {
    expect(problemsOf(emptyDraft(), PHASE, NOW)).toEqual({ kind: 'Choose what happened' });
  });

  it.each([
    ['0', 'arrest'],
    ['1001', 'arrest'],
    ['2.5', 'arrest'],
    ['', 'warrant'],
    ['ten', 'charge'],
    ['10001', 'vehicle-stop'],
  ] as const)('refuses a count of %p for %s', (count, kind) => {
    expect(problems({ kind, count }).count).toMatch(/How many|Give how many/);
  });

  it('lets vehicle stops count to 10,000, and everything else to 1,000', () => {
    expect(problems({ kind: 'vehicle-stop', count: '10000' })).toEqual({});
    expect(problems({ kind: 'arrest', count: '1000' })).toEqual({});
    expect(problems({ kind: 'arrest', count: '1001' }).count).toBe(
      'How many must be a whole number from 1 to 1,000',
    );
  });

  it('keeps occurredAt within the phase’s UK days and out of the future', () => {
    // 23:30 UTC on 29 Feb is 29 Feb in the UK (GMT): the day before the phase began.
    expect(problems({ occurredAt: '2024-02-29T23:30:00Z' }).occurredAt).toMatch(/started on/);
    expect(problems({ occurredAt: '2024-03-01T00:00:00Z' })).toEqual({});
    const closed: PhaseRules = { ...PHASE, status: 'closed', endsOn: '2024-03-03' };
    expect(problems({ occurredAt: '2024-03-04T01:00:00Z' }, closed).occurredAt).toMatch(/ended/);
    expect(problems({ occurredAt: '2024-03-04T12:04:00Z' })).toEqual({}); // clocks drift
    expect(problems({ occurredAt: '2024-03-04T12:06:00Z' }).occurredAt).toMatch(/future/);
    expect(problems({ occurredAt: '' }).occurredAt).toMatch(/Give the date/);
  });

  it('reads UK days in summer time too', () => {
    expect(ukDayOf(new Date('2023-06-25T23:30:00Z'))).toBe('2023-06-26');
  });

  it('asks for the fields each kind needs', () => {
    expect(problems({ kind: 'safeguarding' }).ageGroup).toBe('Choose children or adults');
    expect(problems({ kind: 'safeguarding', ageGroup: 'child' })).toEqual({});
    expect(Object.keys(problems({ kind: 'disruption' }))).toEqual(['category', 'severity']);
    expect(problems({ kind: 'seizure' }).item).toBe('Choose what was seized');
    expect(problems({ kind: 'county-line-closure', count: '0' })).toEqual({}); // not counted
  });

  describe('seizures', () => {
    const seizure = (fields: Partial<Draft>) => problems({ kind: 'seizure', ...fields });
    it('takes cash in pounds and pence, and refuses it in grams or in fractions of a penny', () => {
      expect(seizure({ item: 'cash', quantity: '12500.50', unit: 'GBP' })).toEqual({});
      expect(seizure({ item: 'cash', quantity: '12', unit: 'g' }).quantity).toBe(
        'For cash, the unit must be GBP',
      );
      expect(seizure({ item: 'cash', quantity: '1.005', unit: 'GBP' }).quantity).toMatch(
        /at most 2 decimal places/,
      );
    });
    it('weighs drugs in g or kg to the milligram, within the bounds', () => {
      expect(seizure({ item: 'class-a-drugs', quantity: '250.125', unit: 'g' })).toEqual({});
      expect(seizure({ item: 'class-a-drugs', quantity: '1.0001', unit: 'kg' }).quantity).toMatch(
        /3 decimal places/,
      );
      expect(seizure({ item: 'class-b-drugs', quantity: '10001', unit: 'kg' }).quantity).toBe(
        'Give from 0.001 to 10,000 kg',
      );
      expect(seizure({ item: 'class-b-drugs', quantity: '5', unit: 'item' }).quantity).toMatch(
        /g or kg/,
      );
    });
    it('counts everything else in whole items', () => {
      expect(seizure({ item: 'cannabis-plants', quantity: '40', unit: 'item' })).toEqual({});
      expect(seizure({ item: 'vehicle', quantity: '1.5', unit: 'item' }).quantity).toBe(
        'Give a whole number of items',
      );
    });
    it('takes a value alone for drugs and stolen property only', () => {
      expect(seizure({ item: 'class-a-drugs', estimatedValueGBP: '20000' })).toEqual({});
      expect(seizure({ item: 'stolen-property', estimatedValueGBP: '900' })).toEqual({});
      expect(seizure({ item: 'class-a-drugs' }).quantity).toMatch(/or the estimated value/);
      expect(seizure({ item: 'firearm', estimatedValueGBP: '900' }).quantity).toBe(
        'Give the quantity',
      );
      expect(
        seizure({ item: 'stolen-property', estimatedValueGBP: '9.999' }).estimatedValueGBP,
      ).toMatch(/pounds and pence/);
    });
  });

  it('bounds notes at 1,000 characters and tags at five lowercase slugs', () => {
    expect(problems({ notes: 'x'.repeat(1000) })).toEqual({});
    expect(problems({ notes: 'x'.repeat(1001) }).notes).toBe(
      'At most 1,000 characters (1,001 now)',
    );
    expect(problems({ tags: 'mille-2024, cliw-2025-06' })).toEqual({});
    expect(problems({ tags: 'a b c d e f' }).tags).toBe('At most 5 tags');
    expect(problems({ tags: 'Mille' }).tags).toMatch(/“Mille” is not a tag/);
    expect(problems({ tags: `a${'-b'.repeat(32)}` }).tags).toMatch(/is not a tag/); // 65 long
    expect(tagsOf(' mille,cliw  mille ')).toEqual(['cliw', 'mille']); // a set, sorted
  });
});

describe('the body sent, and back into the form', () => {
  const ID = '0b9b1c1e-3a5f-4c55-9b0a-0d8f5f0e7a11';
  it('sends only what was given, with the entry’s id and force', () => {
    expect(bodyOf(draft({ count: '14', offence: 'drug-supply' }), 'dorset', ID)).toEqual({
      entryId: ID,
      kind: 'arrest',
      force: 'dorset',
      occurredAt: '2024-03-04T10:00:00.000Z',
      count: 14,
      offence: 'drug-supply',
    });
    expect(
      bodyOf(
        draft({ kind: 'seizure', item: 'class-a-drugs', unit: 'g', estimatedValueGBP: '20000' }),
        'wiltshire',
        ID,
      ),
    ).toEqual({
      entryId: ID,
      kind: 'seizure',
      force: 'wiltshire',
      occurredAt: '2024-03-04T10:00:00.000Z',
      item: 'class-a-drugs',
      estimatedValueGBP: 20000,
    });
  });

  it('reopens a sent body as the same draft', () => {
    const typed = draft({
      kind: 'seizure',
      item: 'cash',
      quantity: '12.5',
      unit: 'GBP',
      notes: 'found in a car',
      tags: 'cliw, mille',
    });
    expect(draftOf(bodyOf(typed, 'dorset', ID))).toEqual(typed);
  });
});
