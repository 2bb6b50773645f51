import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { asSeen } from '../shared/text';
import type { EntryDetails } from './entry';

/**
 * The tracker keeps counts and categories, not people (DPA 2018 Part 3: data minimisation).
 * Free text that plainly holds personal data is refused before anything is stored. "Plainly"
 * is meant: these find what a person would see at a glance, not every way to spell a person.
 */
export type PersonalData =
  | 'an email address'
  | 'a phone number'
  | 'a full postcode'
  | 'a date of birth'
  | 'a National Insurance number';

/** The free-text fields of an entry, each checked. */
export const FREE_TEXT_FIELDS = ['notes', 'location', 'description', 'lineName', 'drug'] as const;

// The everyday form of an address (regular-expressions.info/email.html): enough to see one.
const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;

// A full UK postcode, outward and inward code, after the UK Government Data Standards
// Catalogue's pattern (as on en.wikipedia.org/wiki/Postcodes_in_the_United_Kingdom,
// "Validation"). An outward code alone ("BS1") is a district: allowed, location is district level.
const POSTCODE =
  /\b(GIR ?0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?([0-9][A-Z]{2}))\b/gi;
// "A30 2nd", "M5 1st": a road and an ordinal look like a postcode, and are not one.
const ORDINAL = /^[0-9](st|nd|rd|th)$/;

// A National Insurance number, after HMRC's National Insurance Manual (NIM39110): two prefix
// letters (not D, F, I, Q, U, V; the second not O; never BG, GB, KN, NK, NT, TN, ZZ), six
// digits (often spaced in pairs) and a suffix A to D.
const NI_NUMBER =
  /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b/i;

// A date of birth is a date said to be one: "DOB 12/03/1990", "born 12 March 1990". A date
// alone ("week of 28/06/2023") is an operation's, and allowed.
const MONTH = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const DAY_MONTH_YEAR = `[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})[a-z]*\\.?\\s+[0-9]{2,4}`;
const DATE_OF_BIRTH = new RegExp(
  `\\b(?:d\\.?\\s?o\\.?\\s?b\\b\\.?|date\\s+of\\s+birth|born(?:\\s+on)?)[\\s:.,-]*(?:${DAY_MONTH_YEAR})`,
  'i',
);

const hasPostcode = (text: string): boolean =>
  [...text.matchAll(POSTCODE)].some(([, , inward]) => !ORDINAL.test(inward));

// A number as people write one: a UK number from 0 or +44 (10 or 11 digits, spaced or
// dashed), or an international one from +. Bounded, so cheap on any text.
const PHONE_SHAPED =
  /(?:\+44[ ]?(?:\(0\)[ ]?)?|\(?\b0)[0-9]{1,4}\)?(?:[ -]?[0-9]){6,9}\b|\+[1-9](?:[ -]?[0-9]){6,13}\b/g;
// At most this many parts of one text are read: a batch of digits cannot hold the server.
const MOST_CANDIDATES = 10;

// libphonenumber-js, made for the job, says whether each part is a number valid for its
// country (UK unless it starts with +), so counts, dates, weights and crime references
// that merely look long are not phone numbers.
const hasPhoneNumber = (text: string): boolean =>
  [...text.matchAll(PHONE_SHAPED)]
    .slice(0, MOST_CANDIDATES)
    .some(([candidate]) => isValidPhoneNumber(candidate, 'GB'));

/**
 * The personal data a text plainly holds, or null. Judged on the text as a reader sees it
 * (asSeen): `x\u200b@\u200bexample.com` and `a＠b.com` are email addresses as plainly as
 * `a@b.com` is.
 */
export const personalDataIn = (raw: string): PersonalData | null => {
  const text = asSeen(raw);
  if (EMAIL.test(text)) return 'an email address';
  if (NI_NUMBER.test(text)) return 'a National Insurance number';
  if (DATE_OF_BIRTH.test(text)) return 'a date of birth';
  if (hasPostcode(text)) return 'a full postcode';
  if (hasPhoneNumber(text)) return 'a phone number';
  return null;
};

/** The refusal for one field, naming it and why: `notes looks like it holds …`. */
export const personalDataProblem = (field: string, text: string | undefined): string[] => {
  const found = text === undefined ? null : personalDataIn(text);
  return found
    ? [`${field} looks like it holds ${found}: the tracker keeps counts, not people`]
    : [];
};

/** Every free-text field of an entry that plainly holds personal data, named by its path. */
export const personalDataProblems = (details: EntryDetails, prefix = ''): string[] => {
  const fields = details as unknown as Record<string, unknown>;
  return FREE_TEXT_FIELDS.flatMap((field) =>
    typeof fields[field] === 'string'
      ? personalDataProblem(prefix ? `${prefix}.${field}` : field, fields[field] as string)
      : [],
  );
};
