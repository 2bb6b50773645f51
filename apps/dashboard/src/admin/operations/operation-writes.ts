import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type NewOperation = Schemas['RegisterOperationInput'];
export interface PhaseRef {
  op: string;
  n: number;
}

/** The admin's writes to operations and phases; each answers the operation as it now is. */
export const operationWrites = {
  register: async (body: NewOperation) => unwrap(await api.POST('/api/operations', { body })),

  openPhase: async ({ op, ...body }: { op: string } & Schemas['OpenPhaseInput']) =>
    unwrap(await api.POST('/api/operations/{op}/phases', { params: { path: { op } }, body })),

  close: async ({ op, n, ...body }: PhaseRef & Schemas['ClosePhaseInput']) =>
    unwrap(
      await api.POST('/api/operations/{op}/phases/{n}/close', {
        params: { path: { op, n } },
        body,
      }),
    ),

  reopen: async ({ op, n, ...body }: PhaseRef & Schemas['ReopenPhaseInput']) =>
    unwrap(
      await api.POST('/api/operations/{op}/phases/{n}/reopen', {
        params: { path: { op, n } },
        body,
      }),
    ),

  amendDates: async ({ op, n, ...body }: PhaseRef & Schemas['AmendPhaseDatesInput']) =>
    unwrap(
      await api.PATCH('/api/operations/{op}/phases/{n}', { params: { path: { op, n } }, body }),
    ),
};
