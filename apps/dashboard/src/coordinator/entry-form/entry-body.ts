import type { paths } from '../../api/schema';
import { tagsOf, type Draft } from './draft-problems';
import { COUNTED, type Kind } from '../../entries/vocabulary';

/** What POST …/entries takes: one of the ten `Log<Kind>Input`s. */
export type LogEntryBody =
  paths['/api/operations/{op}/phases/{n}/entries']['post']['requestBody']['content']['application/json'];
export type ForceId = LogEntryBody['force'];

export const emptyDraft = (kind: Kind | '' = ''): Draft => ({
  kind,
  count: '1',
  occurredAt: '',
  offence: '',
  ageGroup: '',
  category: '',
  severity: '',
  item: '',
  quantity: '',
  unit: '',
  estimatedValueGBP: '',
  drug: '',
  description: '',
  lineName: '',
  notes: '',
  tags: '',
});

// Only what was given goes in the body: the server refuses unknown fields, and an empty
// optional field is "not given", not "".
const given = (fields: Record<string, string | number | string[] | undefined>) =>
  Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined && v !== '' && !isEmptyList(v)),
  );
const isEmptyList = (v: unknown) => Array.isArray(v) && v.length === 0;
const num = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** The body to send for a draft that passed `problemsOf`, with the entry's own id. */
export const bodyOf = (d: Draft, force: ForceId, entryId: string): LogEntryBody => {
  const kind = d.kind as Kind;
  const byKind: Record<string, string | number | undefined> =
    kind === 'seizure'
      ? {
          item: d.item,
          quantity: num(d.quantity),
          unit: num(d.quantity) === undefined ? undefined : d.unit,
          estimatedValueGBP: num(d.estimatedValueGBP),
          drug: d.drug.trim(),
          description: d.description.trim(),
        }
      : kind === 'disruption'
        ? { category: d.category, severity: d.severity, description: d.description.trim() }
        : kind === 'county-line-closure'
          ? { lineName: d.lineName.trim() }
          : {
              count: Number(d.count),
              offence: kind === 'arrest' ? d.offence : undefined,
              ageGroup: kind === 'safeguarding' ? d.ageGroup : undefined,
            };
  return given({
    entryId,
    kind,
    force,
    occurredAt: d.occurredAt,
    ...byKind,
    notes: d.notes.trim(),
    tags: tagsOf(d.tags),
  }) as unknown as LogEntryBody;
};

/** A queued body back in the form, to fix what the server refused. */
export const draftOf = (body: LogEntryBody): Draft => {
  const fields = body as unknown as Record<string, unknown>;
  const text = (name: string) => (fields[name] === undefined ? '' : String(fields[name]));
  return {
    ...emptyDraft(body.kind),
    count: COUNTED.includes(body.kind) ? text('count') || '1' : '1',
    occurredAt: body.occurredAt,
    ...Object.fromEntries(
      [
        'offence',
        'ageGroup',
        'category',
        'severity',
        'item',
        'quantity',
        'unit',
        'estimatedValueGBP',
        'drug',
        'description',
        'lineName',
        'notes',
      ].map((name) => [name, text(name)]),
    ),
    tags: ((fields.tags as string[] | undefined) ?? []).join(', '),
  };
};
