import { ApiProperty, DECORATORS, getSchemaPath, type SchemaObject } from '@nestjs/swagger';
import { ENTRY_KINDS, type EntryKind } from '@ros/domain';
import { EntryHistoryItem, EntryLogItem } from '@ros/projections';
import {
  CorrectEntryInput,
  INPUT_BY_KIND,
  LogEntriesBatchInput,
  type EntryBodyInput,
} from '@ros/write';
import { documentFromValidators } from './from-validators';

/**
 * Entries in the OpenAPI document: one schema per kind, from the input class that checks
 * that kind (INPUT_BY_KIND), with `kind` its one value, so that `kind` discriminates.
 * An entry is logged with its `entryId`; corrected, and shown in the log, without.
 */

type EntryClass = new () => EntryBodyInput;

const ENTRY_ID = {
  type: 'string' as const,
  format: 'uuid',
  description:
    'Chosen by the client, once per entry: the idempotency key. The same id again with the same ' +
    'body answers 200 and stores nothing; with a different body, 409.',
};

/** A kind's class, documented from its checks, its `kind` narrowed to the kind. */
const ofKind = (kind: EntryKind, type: EntryClass): EntryClass => {
  documentFromValidators(type);
  ApiProperty({ type: 'string', enum: [kind] })(type.prototype, 'kind');
  return type;
};

/** The same, logged: with the entryId the client chose. */
const withEntryId = (kind: EntryKind, type: EntryClass): EntryClass => {
  const name = `Log${type.name}`;
  const { [name]: Logged } = { [name]: class extends type {} };
  ApiProperty(ENTRY_ID)(Logged.prototype, 'entryId');
  return ofKind(kind, Logged);
};

const union = (types: Record<EntryKind, EntryClass>): SchemaObject => ({
  type: 'object',
  oneOf: ENTRY_KINDS.map((kind) => ({ $ref: getSchemaPath(types[kind]) })),
  discriminator: {
    propertyName: 'kind',
    mapping: Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, getSchemaPath(types[kind])])),
  },
});

const byKind = (make: (kind: EntryKind, type: EntryClass) => EntryClass) =>
  Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, make(kind, INPUT_BY_KIND[kind])])) as Record<
    EntryKind,
    EntryClass
  >;

const KINDS = byKind(ofKind);
const LOGGED_KINDS = byKind(withEntryId);

/** An entry without its id: the replacement in a correction, an entry as the log shows it. */
export const ENTRY = union(KINDS);
/** An entry as it is logged: with its entryId. */
export const NEW_ENTRY = union(LOGGED_KINDS);
/** Every schema ENTRY and NEW_ENTRY refer to. */
export const ENTRY_MODELS = [...Object.values(KINDS), ...Object.values(LOGGED_KINDS)];

/** Sets a property's schema outright: its declared type gives way to the union. */
const documentAs = (type: abstract new () => object, property: string, schema: SchemaObject) =>
  Reflect.defineMetadata(
    DECORATORS.API_MODEL_PROPERTIES,
    {
      ...Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, type.prototype, property),
      ...schema,
    },
    type.prototype,
    property,
  );

documentAs(CorrectEntryInput, 'entry', ENTRY);
documentAs(LogEntriesBatchInput, 'entries', { type: 'array', items: NEW_ENTRY });
documentAs(EntryLogItem, 'current', ENTRY);
documentAs(EntryHistoryItem, 'entry', ENTRY);
