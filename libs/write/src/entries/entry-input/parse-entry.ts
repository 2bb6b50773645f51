import {
  COUNTED_KINDS,
  ENTRY_KINDS,
  InvalidInput,
  seizureUnitProblems,
  type EntryDetails,
  type EntryKind,
} from '@ros/domain';
import { isUUID } from 'class-validator';
import { validated } from '@ros/platform';
import { INPUT_BY_KIND, type EntryBodyInput } from './entry-body.input';

/**
 * Turns a posted entry body (without its id) into the domain's entry, or refuses it with
 * every offending field named. Defaults are applied and times normalised here, so the
 * same entry sent twice is recognised as the same.
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
  const details = toDetails(input);
  if (details.kind === 'seizure') {
    const problems = seizureUnitProblems(details);
    if (problems.length) throw new InvalidInput(problems);
  }
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

const toDetails = (input: EntryBodyInput): EntryDetails => {
  const plain: Record<string, unknown> = {
    ...input,
    occurredAt: new Date(input.occurredAt).toISOString(),
  };
  if (COUNTED_KINDS.includes(input.kind) && plain.count == null) plain.count = 1;
  for (const [key, value] of Object.entries(plain))
    if (value === undefined || value === null) delete plain[key];
  return plain as unknown as EntryDetails;
};
