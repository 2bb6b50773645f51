import { ACCEPTED, REFUSED } from './personal-data.cases';
import { personalDataIn, personalDataProblems } from './personal-data';
import type { EntryDetails } from './entry';

describe('free text holds counts and categories, not people', () => {
  it.each(REFUSED)('refuses %j: it holds %s', (text, found) => {
    expect(personalDataIn(text)).toBe(found);
  });

  it.each(ACCEPTED.map((text) => [text]))('accepts %j', (text) => {
    expect(personalDataIn(text)).toBeNull();
  });

  it('names every free-text field of an entry at fault, under its prefix', () => {
    const seizure = {
      kind: 'seizure',
      force: 'dorset',
      occurredAt: '2023-06-28T06:30:00.000Z',
      item: 'class-a-drugs',
      estimatedValueGBP: 100,
      notes: 'ring 07912 345678',
      location: 'BS1 6AA',
      description: 'two wraps',
      drug: 'cocaine',
    } as unknown as EntryDetails;
    expect(personalDataProblems(seizure, 'entry')).toEqual([
      'entry.notes looks like it holds a phone number: the tracker keeps counts, not people',
      'entry.location looks like it holds a full postcode: the tracker keeps counts, not people',
    ]);
    const line = {
      kind: 'county-line-closure',
      force: 'dorset',
      occurredAt: '2023-06-28T06:30:00.000Z',
      lineName: 'line on 07912 345678',
    } as unknown as EntryDetails;
    expect(personalDataProblems(line)).toEqual([
      'lineName looks like it holds a phone number: the tracker keeps counts, not people',
    ]);
  });

  it('reads at most a few phone-shaped parts of a text: a batch of digits cannot hold the server', () => {
    const digits = '01 2 '.repeat(200); // 1,000 characters, all phone-shaped
    const started = performance.now();
    for (let i = 0; i < 100; i++) personalDataIn(digits);
    expect((performance.now() - started) / 100).toBeLessThan(5); // ms per text; ~15 unbounded
  });
});
