import type { ForceId } from '../forces';
import type { OperationScope } from './operation';

export interface OperationRegistered {
  type: 'OperationRegistered';
  data: {
    operation: string;
    name: string;
    scope: OperationScope;
    forces: ForceId[];
    description: string;
  };
}

export interface PhaseOpened {
  type: 'PhaseOpened';
  data: { operation: string; phase: number; name: string; startsOn: string };
}

export interface PhaseClosed {
  type: 'PhaseClosed';
  data: { operation: string; phase: number; endsOn: string };
}

/** A closed phase opened again, e.g. when it was closed too early; the reason is kept. */
export interface PhaseReopened {
  type: 'PhaseReopened';
  data: { operation: string; phase: number; reason: string };
}

/** A phase's dates put right; `endsOn` is null while the phase is open. */
export interface PhaseDatesAmended {
  type: 'PhaseDatesAmended';
  data: {
    operation: string;
    phase: number;
    startsOn: string;
    endsOn: string | null;
    reason: string;
  };
}

export type OperationEvent =
  OperationRegistered | PhaseOpened | PhaseClosed | PhaseReopened | PhaseDatesAmended;

export const OPERATION_EVENT_TYPES: OperationEvent['type'][] = [
  'OperationRegistered',
  'PhaseOpened',
  'PhaseClosed',
  'PhaseReopened',
  'PhaseDatesAmended',
];

export const isOperationEvent = (event: { type: string }): event is OperationEvent =>
  (OPERATION_EVENT_TYPES as string[]).includes(event.type);
