import * as domain from '@ros/domain';
import * as form from '../src/entries/rules';
import * as words from '../src/entries/vocabulary';
import { ACCEPTED, REFUSED } from '../../../libs/domain/src/entries/personal-data.cases';

/**
 * The dashboard knows the server only by its HTTP API, so its entry form and pasted returns
 * keep a copy of the server's rules (src/entries/). This test says when they drift.
 */
const sorted = (values: readonly string[]) => [...values].sort();

it('offers every kind, offence, item and choice the server takes, and no other', () => {
  expect(sorted(words.KINDS.map((k) => k.kind))).toEqual(sorted(domain.ENTRY_KINDS));
  expect(sorted(words.COUNTED)).toEqual(sorted(domain.COUNTED_KINDS));
  expect(words.OFFENCES).toEqual(domain.OFFENCES);
  expect(words.SEIZURE_ITEMS).toEqual(domain.SEIZURE_ITEMS);
  expect(words.AGE_GROUPS).toEqual(domain.AGE_GROUPS);
  expect(words.DISRUPTION_CATEGORIES).toEqual(domain.DISRUPTION_CATEGORIES);
  expect(words.DISRUPTION_SEVERITIES).toEqual(domain.DISRUPTION_SEVERITIES);
});

it('bounds every field as the server does', () => {
  expect(form.QUANTITY_LIMITS).toEqual(domain.QUANTITY_LIMITS);
  expect(form.ESTIMATED_VALUE_LIMITS).toEqual(domain.ESTIMATED_VALUE_LIMITS);
  expect(form.TAG_LIMITS).toEqual(domain.TAG_LIMITS);
  expect(form.TAG).toEqual(domain.TAG);
  expect(form.FUTURE_TOLERANCE_MS).toBe(domain.FUTURE_TOLERANCE_MS);
  expect(form.VALUE_ALONE_ENOUGH).toEqual(domain.VALUE_ALONE_ENOUGH);
  for (const [field, limit] of Object.entries(form.TEXT_LIMITS))
    expect([field, limit]).toEqual([
      field,
      domain.TEXT_LIMITS[field as keyof typeof form.TEXT_LIMITS],
    ]);
  for (const kind of domain.ENTRY_KINDS)
    expect([kind, form.countLimitOf(kind)]).toEqual([kind, domain.countLimitOf(kind)]);
  for (const item of domain.SEIZURE_ITEMS)
    expect([item, form.unitsFor(item)]).toEqual([item, domain.unitsFor(item)]);
});

it('reads text as the server sees it', () => {
  for (const text of ['a＠b.com', 'x\u200b@\u200bexample.com', '０７９１２\u3000３', 'café\u00ad'])
    expect([text, form.asSeen(text)]).toEqual([text, domain.asSeen(text)]);
});

it('refuses the personal data the server refuses in free text, and accepts what it accepts', () => {
  for (const [text, found] of REFUSED)
    expect([text, form.personalDataIn(text)]).toEqual([text, found]);
  for (const text of ACCEPTED) expect([text, form.personalDataIn(text)]).toEqual([text, null]);
  expect(REFUSED.every(([text, found]) => domain.personalDataIn(text) === found)).toBe(true);
});
