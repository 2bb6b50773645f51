import type { RecordedEvent } from './port';

export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: Record<string, unknown>): Record<string, unknown>;
}

/** Brings events written under older schemas up to today's, one version at a time. */
export const upcasterOf = (upcasters: readonly Upcaster[]) => {
  const byKey = new Map(upcasters.map((u) => [`${u.type}@${u.fromVersion}`, u]));
  return (event: RecordedEvent): RecordedEvent => {
    let { data } = event;
    let version = event.metadata.schemaVersion;
    for (
      let step = byKey.get(`${event.type}@${version}`);
      step;
      step = byKey.get(`${event.type}@${version}`)
    ) {
      data = step.upcast(data);
      version += 1;
    }
    return version === event.metadata.schemaVersion
      ? event
      : { ...event, data, metadata: { ...event.metadata, schemaVersion: version } };
  };
};
