import { ApiProperty, DECORATORS } from '@nestjs/swagger';
import { CALENDAR_DATE } from '@ros/domain';
import { IS_DATE_TIME_IN_RANGE } from '@ros/platform';
import { IS_ISO8601, MATCHES, MIN, ValidationTypes } from 'class-validator';
import { targetConstructorToSchema } from 'class-validator-jsonschema';

// Where class-transformer keeps @Type(), for nested inputs; it ships no typings for it.
const { defaultMetadataStorage } = require('class-transformer/cjs/storage');

/**
 * The OpenAPI schema of an input class, read from the class-validator decorators that
 * check it: types, enums, bounds, patterns and which fields are required come from the
 * very checks the API runs, so the document cannot say one thing while the API enforces
 * another. `@ApiProperty` on a field adds what no check can say (a description, an
 * example, a query string's number); it may not restate a bound differently.
 */

type Schema = Record<string, unknown>;
type Class = abstract new (...args: never[]) => object;
type Check = { constraints: unknown[] };
const numbers = ({ constraints }: Check) => constraints as number[];

/**
 * class-validator-jsonschema turns each check into JSON Schema. These say what its defaults
 * do not: the checks of this project's own (the password rule), date-time rather than
 * "date or date-time" for ISO-8601, "greater than 0" for @Min(Number.MIN_VALUE), and a
 * date format for CALENDAR_DATE. A check it does not know stops the server at start.
 */
const CONVERSIONS: Parameters<typeof targetConstructorToSchema>[1] = {
  classTransformerMetadataStorage: defaultMetadataStorage,
  refPointerPrefix: '#/components/schemas/',
  additionalConverters: {
    isStrongEnoughPassword: (check: Check) => {
      const [min, max] = numbers(check);
      return { type: 'string', minLength: min, maxLength: max };
    },
    // Said in words (docs/api.md, "Personal data"): JSON Schema has no keyword for it.
    holdsNoPersonalData: { type: 'string' },
    // Said in words (docs/api.md): white space and invisible characters alone are blank.
    isNotBlank: { type: 'string' },
    [IS_DATE_TIME_IN_RANGE]: { type: 'string', format: 'date-time' },
    [IS_ISO8601]: { type: 'string', format: 'date-time' },
    [MIN]: (check: Check) => {
      const [min] = numbers(check);
      return min === Number.MIN_VALUE
        ? { type: 'number', minimum: 0, exclusiveMinimum: true }
        : { type: 'number', minimum: min };
    },
    [MATCHES]: ({ constraints: [pattern] }: Check) => {
      const source = pattern instanceof RegExp ? pattern.source : String(pattern);
      return { type: 'string', pattern: source, ...(source === CALENDAR_DATE.source && DATE) };
    },
    [ValidationTypes.CUSTOM_VALIDATION]: (check: { target: unknown; propertyName: string }) => {
      const where = `${(check.target as Class).name}.${check.propertyName}`;
      throw new Error(
        `${where}: a check with no OpenAPI meaning yet: add it to CONVERSIONS in from-validators.ts`,
      );
    },
  },
};

const DATE = { format: 'date' } as const;

/** Keywords that state a bound or a set of values: @ApiProperty may add them, never contradict a check. */
const BOUNDS = [
  'enum',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
];
const STRING_ONLY = ['pattern', 'minLength', 'maxLength', 'format'];
const COMPOSED = ['oneOf', 'anyOf', 'allOf', '$ref'];

const documented = new Set<Class>();

/** Documents an input class (and the classes nested in it) from its checks; once per class. */
export const documentFromValidators = (type: Class): void => {
  if (documented.has(type)) return;
  documented.add(type);
  const schema = targetConstructorToSchema(type as new () => object, CONVERSIONS) as Schema & {
    properties?: Record<string, Schema>;
    required?: string[];
  };
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) throw new Error(`${type.name} has no class-validator checks`);
  for (const [property, derived] of properties)
    documentProperty(type, property, derived, (schema.required ?? []).includes(property));
};

const documentProperty = (type: Class, property: string, derived: Schema, required: boolean) => {
  const where = `${type.name}.${property}`;
  const designType = Reflect.getMetadata('design:type', type.prototype, property);
  const schema: Schema = { ...derived };
  if ('$ref' in derived) {
    // A nested input class: documented from its own checks, and referred to by its type.
    delete schema.$ref;
    documentFromValidators(designType as Class);
    // Written as an object literal's `type`: @nestjs/swagger knows a lazy type by that name.
    Object.assign(schema, { type: () => designType });
  }
  const explicit = explicitOf(type.prototype, property);
  for (const [key, value] of Object.entries(explicit)) {
    if (key === 'required' || (key === 'type' && value === designType)) continue;
    if (BOUNDS.includes(key) && key in derived && !same(derived[key], value))
      throw new Error(
        `${where}: @ApiProperty says ${key} ${JSON.stringify(value)}, the check ${JSON.stringify(derived[key])}`,
      );
    schema[key] = value;
  }
  if (schema.type !== undefined && schema.type !== 'string')
    for (const key of STRING_ONLY) if (!(key in explicit)) delete schema[key];
  // Swagger wants a type beside a oneOf; every union documented here is of objects.
  if (schema.type === undefined)
    schema.type = COMPOSED.some((key) => key in schema) ? 'object' : designType;
  if (!originals.has(type.prototype)) originals.set(type.prototype, new Map());
  originals.get(type.prototype)!.set(property, ownExplicit(type.prototype, property));
  ApiProperty({ ...schema, required })(type.prototype, property);
};

/** What `@ApiProperty` said of a field before it was documented here, on its class or the nearest parent. */
const originals = new Map<object, Map<string, Schema | undefined>>();

const ownExplicit = (prototype: object, property: string): Schema | undefined =>
  originals.get(prototype)?.has(property)
    ? originals.get(prototype)!.get(property)
    : Reflect.getOwnMetadata(DECORATORS.API_MODEL_PROPERTIES, prototype, property);

const explicitOf = (prototype: object, property: string): Schema => {
  for (let at = prototype; at && at !== Object.prototype; at = Object.getPrototypeOf(at)) {
    const found = ownExplicit(at, property);
    if (found) return found;
  }
  return {};
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
