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

export interface ClosePhase {
  type: 'ClosePhase';
  data: { operation: string; number: number; endsOn: string };
}

export type OperationCommand = RegisterOperation | OpenPhase | ClosePhase;
