import {
  COUNTED_KINDS,
  EARLIEST_DATE,
  ENTRY_KINDS,
  InvalidInput,
  LATEST_DATE,
  personalDataProblems,
  seizureProblems,
  inNormalForm,
  type EntryDetails,
  type EntryKind,
} from '@ros/domain';
import { isUUID } from 'class-validator';
import { validated } from '@ros/platform';
import { INPUT_BY_KIND, type EntryBodyInput } from './entry-body.input';

// Nothing the tracker counts happened before 2000; the near future is the domain's rule (422).
const EARLIEST_OCCURRENCE = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);
const LATEST_OCCURRENCE = Date.parse(`${LATEST_DATE}T23:59:59.999Z`);

/**
 * Turns a posted entry body (without its id) into the domain's entry, or refuses it with
 * every offending field named. Defaults are applied, times normalised, sets sorted and empty
 * values (`""`, `[]`) left out here, so the same entry sent twice is recognised as the same.
 */
export const parseEntryDetails = (body: unknown, prefix = ''): EntryDetails => {
  const kind = (body as { kind?: unknown } | null)?.kind;
  const type = ENTRY_KINDS.includes(kind as EntryKind)
    ? INPUT_BY_KIND[kind as EntryKind]
    : undefined;
  if (!type) {
    const field = prefix ? `${prefix}.kind` : 'kind';
    validated(INPUT_BY_KIND.warrant, body, prefix); // refuses a body that is not an object
    throw new InvalidInput([`${field} must be one of: ${ENTRY_KINDS.join(', ')}`]);
  }
  const input = validated(type, body, prefix);
  const time = Date.parse(input.occurredAt);
  if (!(time >= EARLIEST_OCCURRENCE && time <= LATEST_OCCURRENCE))
    throw new InvalidInput([
      `${prefix ? `${prefix}.` : ''}occurredAt must be from ${EARLIEST_DATE} to ${LATEST_DATE}`,
    ]);
  const details = toDetails(input);
  const problems = [
    ...(details.kind === 'seizure' ? seizureProblems(details, prefix) : []),
    ...personalDataProblems(details, prefix),
  ];
  if (problems.length) throw new InvalidInput(problems);
  return details;
};

/** An entry body with its client-chosen id: the entry's idempotency key. */
export const parseEntryWithId = (body: unknown): { entryId: string; details: EntryDetails } => {
  const { entryId, ...rest } = (body && typeof body === 'object' ? body : {}) as Record<
    string,
    unknown
  >;
  const problems: string[] = [];
  if (typeof entryId !== 'string' || !isUUID(entryId)) problems.push('entryId must be a UUID');
  let details: EntryDetails | undefined;
  try {
    details = parseEntryDetails(
      body && typeof body === 'object' && !Array.isArray(body) ? rest : body,
    );
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    problems.push(...error.messages);
  }
  if (problems.length || !details) throw new InvalidInput(problems);
  return { entryId: (entryId as string).toLowerCase(), details };
};

/** An entry's id as a path gives it: a UUID, in lower case like the id it was logged with. */
export const entryIdFromPath = (raw: unknown): string => {
  if (typeof raw !== 'string' || !isUUID(raw))
    throw new InvalidInput(['entryId in the path must be a UUID']);
  return raw.toLowerCase();
};

const toDetails = (input: EntryBodyInput): EntryDetails => {
  const plain: Record<string, unknown> = {
    ...input,
    occurredAt: new Date(input.occurredAt).toISOString(),
  };
  if (COUNTED_KINDS.includes(input.kind) && plain.count == null) plain.count = 1;
  for (const [key, value] of Object.entries(plain))
    if (value === undefined || value === null) delete plain[key];
  return inNormalForm(plain as unknown as EntryDetails);
};
