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

export type OperationEvent = OperationRegistered | PhaseOpened | PhaseClosed;
export const OPERATION_EVENT_TYPES: OperationEvent['type'][] = [
  'OperationRegistered',
  'PhaseOpened',
  'PhaseClosed',
];
