import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The parts of an OpenAPI 3.0 document the tests read. */
export type Schema = Record<string, any>;
export interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<
    string,
    { content?: Record<string, { schema: Schema }>; headers?: Record<string, unknown> }
  >;
}
export interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Every route of the document: `GET /api/operations/{op}` and its operation. */
export const routesOf = (doc: OpenApi): { route: string; operation: Operation }[] =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      route: `${method.toUpperCase()} ${path}`,
      operation: item[method],
    })),
  );

export const isSuccess = (status: string) => /^2\d\d$/.test(status);

const REF = '#/components/schemas/';

/** The schema a `$ref` names (or the schema itself); throws when the ref resolves to nothing. */
export const resolved = (doc: OpenApi, schema: Schema): Schema => {
  if (!schema.$ref) return schema;
  const name = String(schema.$ref).slice(REF.length);
  const found = doc.components.schemas[name];
  if (!String(schema.$ref).startsWith(REF) || !found)
    throw new Error(`${schema.$ref} resolves to nothing`);
  return resolved(doc, found);
};

/**
 * The property names an object schema documents, for each shape it may take: allOf
 * branches merged, one set per oneOf/anyOf alternative, an array's items' for an array.
 */
export const shapesOf = (doc: OpenApi, schema: Schema): string[][] => {
  const at = resolved(doc, schema);
  if (at.type === 'array') return shapesOf(doc, at.items ?? {});
  const alternatives = at.oneOf ?? at.anyOf;
  if (alternatives) return alternatives.flatMap((branch: Schema) => shapesOf(doc, branch));
  const own = Object.keys(at.properties ?? {});
  if (!at.allOf) return [own];
  return (at.allOf as Schema[])
    .map((part) => shapesOf(doc, part))
    .reduce((into, parts) => into.flatMap((a) => parts.map((b) => [...a, ...b])), [own]);
};

/** A property's schema in a named component, refs resolved. */
export const propertyOf = (doc: OpenApi, component: string, property: string): Schema => {
  const schema = doc.components.schemas[component];
  if (!schema) throw new Error(`No component ${component}`);
  const found = schema.properties?.[property];
  if (!found) throw new Error(`${component} documents no ${property}`);
  return found;
};

/**
 * OpenAPI 3.0's schemas as JSON Schema for Ajv. With `closed`, an object documents all its
 * fields: one an answer carries that its schema does not name fails, as a missing one does.
 */
const toJsonSchema = (schema: unknown, closed: boolean): unknown => {
  if (Array.isArray(schema)) return schema.map((item) => toJsonSchema(item, closed));
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema as Schema)) {
    if (key === 'example' || key === 'examples') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith(REF))
      out.$ref = `api#/definitions/${value.slice(REF.length)}`;
    // Nested `properties` are names, not schemas: map their values only.
    else if (key === 'properties')
      out.properties = Object.fromEntries(
        Object.entries(value as Schema).map(([name, child]) => [name, toJsonSchema(child, closed)]),
      );
    // Ajv picks the branch by `kind` itself, and takes no mapping.
    else if (key === 'discriminator') out.discriminator = { propertyName: value.propertyName };
    else out[key] = toJsonSchema(value, closed);
  }
  if (out.exclusiveMinimum === true) {
    out.exclusiveMinimum = out.minimum;
    delete out.minimum;
  }
  if (closed && out.properties && out.additionalProperties === undefined && !out.allOf)
    out.additionalProperties = false;
  return out;
};

/** Validates values against the document's schemas, with Ajv. */
export class SchemaValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(doc: OpenApi, { closed = true } = {}) {
    this.ajv = new Ajv({ discriminator: true, allErrors: true, strictTypes: false });
    addFormats(this.ajv);
    this.ajv.addSchema({
      $id: 'api',
      definitions: toJsonSchema(doc.components.schemas, closed),
    });
    this.closed = closed;
  }

  private readonly closed: boolean;

  /** The problems with `value` as `schema` describes it; empty when none. */
  problems(schema: Schema, value: unknown): string[] {
    const key = JSON.stringify(schema);
    if (!this.compiled.has(key))
      this.compiled.set(key, this.ajv.compile(toJsonSchema(schema, this.closed) as Schema));
    const validate = this.compiled.get(key)!;
    return validate(value)
      ? []
      : (validate.errors ?? []).map(
          (error) =>
            `${error.instancePath || '(body)'} ${error.message} ${JSON.stringify(error.params)}`,
        );
  }
}
