export * from './port';
export * from './upcasting';
export * from './postgres/postgres-event-store';
export * from './eventstoredb/eventstoredb-event-store';
export { WakeablePause } from './following';
