import type { ForceId } from '../forces';
import type { OperationScope } from './operation';

export interface RegisterOperation {
  type: 'RegisterOperation';
  data: { id: string; name: string; scope: OperationScope; forces: ForceId[]; description: string };
}

export interface OpenPhase {
  type: 'OpenPhase';
  data: { operation: string; number: number; startsOn: string; name?: string };
}

/**
 * What the decision about a phase's dates must know besides the operation's own stream:
 * the clock, and the UK calendar day of each entry of the phase that still counts.
 */
export interface PhaseFacts {
  now: Date;
  activeEntryDays: readonly string[];
}

export interface ClosePhase {
  type: 'ClosePhase';
  data: { operation: string; number: number; endsOn: string };
  metadata: PhaseFacts;
}

export interface ReopenPhase {
  type: 'ReopenPhase';
  data: { operation: string; number: number; reason: string };
}

export interface AmendPhaseDates {
  type: 'AmendPhaseDates';
  data: { operation: string; number: number; startsOn?: string; endsOn?: string; reason: string };
  metadata: PhaseFacts;
}

export type OperationCommand =
  RegisterOperation | OpenPhase | ClosePhase | ReopenPhase | AmendPhaseDates;
