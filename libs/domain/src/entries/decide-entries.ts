import { mayRecordFor, type Actor } from '../access/actor';
import type { ForceId } from '../forces';
import {
  findPhase,
  registered,
  type Operation,
  type OperationState,
  type Phase,
} from '../operations/operation';
import { Conflict, Forbidden, NotFound, RuleViolated } from '../shared/errors';
import { sameData } from './canonical';
import type { EntryRecord, EntryState } from './entries-state';
import type { CorrectEntry, EntryCommand, LogEntry, RetractEntry } from './entry.commands';
import { entryLogged, type EntryEvent } from './entry.events';
import { assertOccurredInPhase } from './entry-timing';

export interface EntryContext {
  operation: OperationState;
  /** The entry the command names, as its stream holds it; null when no stream does. */
  entry: EntryState;
}

/**
 * Decides what an entry command records. An empty result means the command repeats
 * what is already recorded (a client's retry): nothing new happens.
 */
export const decideEntries = (command: EntryCommand, context: EntryContext): EntryEvent[] => {
  const operation = registered(context.operation, command.data.operation);
  const phase = existingPhase(operation, command.data.phase);
  switch (command.type) {
    case 'LogEntry':
      return logEntry(command, operation, phase, context.entry);
    case 'CorrectEntry':
      return correctEntry(command, phase, existingEntry(command, context.entry));
    case 'RetractEntry':
      return retractEntry(command, existingEntry(command, context.entry));
  }
};

const logEntry = (
  { data, metadata }: LogEntry,
  operation: Operation,
  phase: Phase,
  existing: EntryState,
): EntryEvent[] => {
  const { details } = data;
  assertMayRecordFor(metadata.actor, details.force);
  if (existing) {
    // The same entry sent to another phase is a different entry: its id is taken.
    const samePlace = existing.operation === operation.id && existing.phase === phase.number;
    if (samePlace && sameData(existing.original, details)) return [];
    throw new Conflict(`entryId ${data.entryId} was already used for a different entry`);
  }
  if (!operation.forces.includes(details.force))
    throw new RuleViolated(
      'force-not-in-operation',
      `${details.force} is not one of the forces of operation '${operation.id}'`,
    );
  if (phase.status === 'closed')
    throw new RuleViolated('phase-closed', `phase ${phase.number} closed on ${phase.endsOn}`);
  assertOccurredInPhase(details.occurredAt, phase, metadata.now);
  return [entryLogged({ operation: operation.id, phase: phase.number }, data.entryId, details)];
};

// Corrections are allowed after a phase closes: final collated results come weeks later.
const correctEntry = (command: CorrectEntry, phase: Phase, entry: EntryRecord): EntryEvent[] => {
  const { data, metadata } = command;
  assertMayChange(command, entry);
  if (entry.status === 'retracted')
    throw new RuleViolated(
      'entry-retracted',
      `entry ${entry.entryId} was retracted and cannot be corrected`,
    );
  if (data.replacement.force !== entry.current.force)
    throw new RuleViolated(
      'force-cannot-change',
      `entry ${entry.entryId} belongs to ${entry.current.force}; retract it and log a new entry for ${data.replacement.force}`,
    );
  if (sameData(entry.current, data.replacement)) return [];
  assertOccurredInPhase(data.replacement.occurredAt, phase, metadata.now);
  const { operation, phase: phaseNumber, entryId, reason, replacement } = data;
  return [
    {
      type: 'EntryCorrected',
      data: {
        operation,
        phase: phaseNumber,
        entryId,
        force: entry.current.force,
        reason,
        replacement,
      },
    },
  ];
};

const retractEntry = (command: RetractEntry, entry: EntryRecord): EntryEvent[] => {
  const { data } = command;
  assertMayChange(command, entry);
  if (entry.status === 'retracted') return [];
  const { operation, phase, entryId, reason } = data;
  return [
    {
      type: 'EntryRetracted',
      data: { operation, phase, entryId, force: entry.current.force, reason },
    },
  ];
};

const existingPhase = (operation: Operation, number: number): Phase => {
  const phase = findPhase(operation, number);
  if (!phase) throw new NotFound(`Phase ${number} of operation '${operation.id}' does not exist`);
  return phase;
};

/** A change names the entry's operation and phase too: an entry of another is unknown there. */
const existingEntry = (command: CorrectEntry | RetractEntry, entry: EntryState): EntryRecord => {
  const { operation, phase } = command.data;
  if (!entry || entry.operation !== operation || entry.phase !== phase) throw unknownEntry(command);
  return entry;
};

const unknownEntry = ({ data }: CorrectEntry | RetractEntry): NotFound =>
  new NotFound(`Entry ${data.entryId} is not in phase ${data.phase} of '${data.operation}'`);

/**
 * A change names an entry by id: to a coordinator of another force that entry is as unknown
 * as one never logged (404, as the entry log answers), so ids do not tell what exists.
 */
const assertMayChange = (command: CorrectEntry | RetractEntry, entry: EntryRecord): void => {
  const { actor } = command.metadata;
  if (actor.role === 'coordinator' && actor.force !== entry.current.force)
    throw unknownEntry(command);
  assertMayRecordFor(actor, entry.current.force);
};

const assertMayRecordFor = (actor: Actor, force: ForceId): void => {
  if (!mayRecordFor(actor, force))
    throw new Forbidden(`${actor.username} (${actor.role}) may not record entries for ${force}`);
};
