/** The five forces of the South West regional collaboration. */
export const FORCES = {
  'avon-and-somerset': { name: 'Avon and Somerset Constabulary' },
  'devon-and-cornwall': { name: 'Devon and Cornwall Police' },
  dorset: { name: 'Dorset Police' },
  gloucestershire: { name: 'Gloucestershire Constabulary' },
  wiltshire: { name: 'Wiltshire Police' },
} as const;

export type ForceId = keyof typeof FORCES;
export const FORCE_IDS = Object.keys(FORCES) as ForceId[];

export const isForceId = (value: unknown): value is ForceId =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(FORCES, value);

/** Agencies that assist an entry but are not one of the five forces. */
export const PARTNERS = ['swrocu', 'btp', 'nrcu', 'nca', 'partner-agency'] as const;
export type Partner = (typeof PARTNERS)[number];
