import { sameData } from '@ros/domain';
import { parseEntryDetails, parseEntryWithId } from './parse-entry';

const warrant = {
  kind: 'warrant',
  force: 'dorset',
  occurredAt: '2023-06-27T09:00:00Z',
  count: 3,
};

describe('parseEntryDetails: one entry, however a client serialises it', () => {
  it.each([
    ['tags: []', { tags: [] }],
    ['assistedBy: []', { assistedBy: [] }],
    ['notes: ""', { notes: '' }],
    ['location: ""', { location: '' }],
    ['all of them', { tags: [], assistedBy: [], notes: '', location: '' }],
  ])('reads %s as absent: the same entry as without it', (_, empty) => {
    const parsed = parseEntryDetails({ ...warrant, ...empty });
    expect(parsed).toEqual({ ...warrant, occurredAt: '2023-06-27T09:00:00.000Z' });
    expect(sameData(parsed, parseEntryDetails(warrant))).toBe(true);
  });

  it.each([
    [
      'a seizure',
      { kind: 'seizure', item: 'stolen-property', estimatedValueGBP: 500, description: '' },
    ],
    [
      'a disruption',
      { kind: 'disruption', category: 'pursue', severity: 'minor', description: '' },
    ],
    ['a county line closure', { kind: 'county-line-closure', lineName: '' }],
    [
      'a seizure of drugs',
      { kind: 'seizure', item: 'class-a-drugs', quantity: 2, unit: 'g', drug: '' },
    ],
  ])('reads the empty text of %s as absent', (_, entry) => {
    const { count: _count, ...common } = warrant;
    const body = { ...common, ...entry };
    const parsed = parseEntryDetails(body) as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(entry))
      if (value === '') expect(parsed).not.toHaveProperty(field);
  });

  it('keeps what is not empty: text, sets (sorted), and a count of 1 as the default it is', () => {
    expect(
      parseEntryDetails({
        ...warrant,
        count: undefined,
        notes: ' ',
        tags: ['week-b', 'week-a'],
        assistedBy: ['btp'],
      }),
    ).toEqual({
      ...warrant,
      occurredAt: '2023-06-27T09:00:00.000Z',
      count: 1,
      notes: ' ',
      tags: ['week-a', 'week-b'],
      assistedBy: ['btp'],
    });
  });

  it('reads an entry with its id the same way (a retry of POST …/entries)', () => {
    const entryId = '6f1c2f4e-4b7a-4d55-9a0b-1f2e3d4c5b6a';
    expect(parseEntryWithId({ entryId, ...warrant, tags: [], notes: '' })).toEqual(
      parseEntryWithId({ entryId, ...warrant }),
    );
  });
});
