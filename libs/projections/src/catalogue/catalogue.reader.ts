import { FORCES, NotFound, type ForceId } from '@ros/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { ReadModelGenerations } from '../read-models/generations';
import { inSnapshot } from '../read-models/snapshot';
import type { ForcePopulation } from './catalogue.answers';

export interface CatalogueOperation {
  id: string;
  name: string;
  scope: string;
  forces: string[];
  phases: {
    number: number;
    name: string;
    status: string;
    startsOn: string;
    endsOn: string | null;
  }[];
}

interface PhaseRow {
  operation: string;
  number: number;
  name: string;
  status: string;
  starts_on: string;
  ends_on: string | null;
}

/** The first layout whose operations keep when they were registered (see generation-tables.ts). */
export const REGISTRATION_TIMES_LAYOUT = 5;

/** The catalogue as one transaction sees it: operations, phases and populations. */
export class CatalogueReader {
  constructor(
    private readonly tx: EntityManager,
    private readonly schema: string,
    /**
     * Whether the generation knows when each operation was registered: one built before
     * lists every operation for any `asOf`, until an upgrade's rebuild switches over.
     */
    private readonly registrationTimes = true,
  ) {}

  /** The operations (by id), or only those registered by `asOf` (as known then), with their phases. */
  async operations(asOf?: Date): Promise<CatalogueOperation[]> {
    const knownThen = asOf !== undefined && this.registrationTimes;
    const operations: Omit<CatalogueOperation, 'phases'>[] = await this.tx.query(
      `SELECT id, name, scope, forces FROM ${this.schema}.operations
        ${knownThen ? 'WHERE registered_at <= $1' : ''} ORDER BY id`,
      knownThen ? [asOf.toISOString()] : [],
    );
    const phases: PhaseRow[] = await this.tx.query(
      `SELECT operation, number, name, status, starts_on::text, ends_on::text FROM ${this.schema}.phases ORDER BY operation, number`,
    );
    return operations.map((operation) => ({
      ...operation,
      phases: phases
        .filter((p) => p.operation === operation.id)
        .map((p) => ({
          number: p.number,
          name: p.name,
          status: p.status,
          startsOn: p.starts_on,
          endsOn: p.ends_on,
        })),
    }));
  }

  /** An operation, or 404. */
  async operation(id: string): Promise<CatalogueOperation> {
    const operation = (await this.operations()).find((o) => o.id === id);
    if (!operation)
      throw new NotFound(`Operation '${id}' is not registered (or not yet projected)`);
    return operation;
  }

  /** 404 unless the phase is in the catalogue. */
  async assertPhaseKnown(operation: string, phase: number): Promise<void> {
    const known = (await this.operations())
      .find((o) => o.id === operation)
      ?.phases.some((p) => p.number === phase);
    if (!known) throw new NotFound(`Phase ${phase} of operation '${operation}' does not exist`);
  }

  /**
   * The five forces, each with the estimate rates use for `day`: the latest to apply on or
   * before it, among those recorded by `asOf` (as known then). Before its first estimate
   * applies, a force keeps its earliest one.
   */
  async forces(day: string, asOf?: Date): Promise<ForcePopulation[]> {
    const rows: {
      force: ForceId;
      population: number;
      source: string;
      applies_from: string;
    }[] = await this.tx.query(
      `SELECT DISTINCT ON (force) force, population, source, applies_from::text
         FROM ${this.schema}.population_estimates
        ORDER BY force,
                 ($2::timestamptz IS NULL OR recorded_at <= $2) DESC,
                 (applies_from <= $1::date) DESC,
                 CASE WHEN applies_from <= $1::date THEN applies_from END DESC NULLS LAST,
                 applies_from, position DESC`,
      [day, asOf?.toISOString() ?? null],
    );
    return rows
      .sort((a, b) => a.force.localeCompare(b.force))
      .map((row) => ({
        id: row.force,
        name: FORCES[row.force].name,
        population: row.population,
        populationSource: row.source,
        populationAppliesFrom: row.applies_from,
      }));
  }
}

/** The only door to the catalogue read model. */
export class CatalogueRepository {
  constructor(
    private readonly db: DataSource,
    private readonly generations: ReadModelGenerations,
  ) {}

  read<T>(work: (catalogue: CatalogueReader) => Promise<T>): Promise<T> {
    return inSnapshot(this.db, this.generations, async (tx, schema) => {
      const layout = await this.generations.layoutOf(schema);
      return work(new CatalogueReader(tx, schema, layout >= REGISTRATION_TIMES_LAYOUT));
    });
  }
}
