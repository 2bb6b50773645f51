import { ApiProperty, DECORATORS } from '@nestjs/swagger';
import { CALENDAR_DATE } from '@ros/domain';
import { getMetadataStorage } from 'class-validator';

/**
 * The OpenAPI schema of an input class, read from the class-validator decorators that
 * check it: types, enums, bounds, patterns and which fields are required come from the
 * very checks the API runs, so the document cannot say one thing while the API enforces
 * another. `@ApiProperty` on a field adds what no check can say (a description, an
 * example, a query string's number); it may not restate a bound differently.
 */

type Schema = Record<string, unknown>;
type ValidationMetadata = ReturnType<
  ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']
>[number];
type Class = abstract new (...args: never[]) => object;

/** What each check says about a value, in OpenAPI's words. */
const RULES: Record<string, (constraints: unknown[]) => Schema> = {
  isString: () => ({ type: 'string' }),
  isInt: () => ({ type: 'integer' }),
  isNumber: () => ({ type: 'number' }),
  isBoolean: () => ({ type: 'boolean' }),
  isObject: () => ({ type: 'object' }),
  isArray: () => ({ type: 'array' }),
  isIn: ([values]) => ({
    type: typeOf(values as readonly unknown[]),
    enum: [...(values as readonly unknown[])],
  }),
  // @Min(Number.MIN_VALUE) is how a check says "greater than 0".
  min: ([min]) =>
    min === Number.MIN_VALUE ? { minimum: 0, exclusiveMinimum: true } : { minimum: min },
  max: ([max]) => ({ maximum: max }),
  minLength: ([min]) => ({ type: 'string', minLength: min }),
  maxLength: ([max]) => ({ type: 'string', maxLength: max }),
  isLength: ([min, max]) => ({
    type: 'string',
    minLength: min,
    ...(max !== undefined && { maxLength: max }),
  }),
  matches: ([pattern]) => {
    const source = pattern instanceof RegExp ? pattern.source : String(pattern);
    return { type: 'string', pattern: source, ...(source === CALENDAR_DATE.source && DATE) };
  },
  isIso8601: () => ({ type: 'string', format: 'date-time' }),
  isUuid: () => ({ type: 'string', format: 'uuid' }),
  arrayMinSize: ([min]) => ({ type: 'array', minItems: min }),
  arrayMaxSize: ([max]) => ({ type: 'array', maxItems: max }),
  arrayUnique: () => ({ type: 'array', uniqueItems: true }),
  // libs/auth's password rule: its length in characters as people count them, as JSON Schema does.
  isStrongEnoughPassword: ([min, max]) => ({ type: 'string', minLength: min, maxLength: max }),
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

const typeOf = (values: readonly unknown[]): string => {
  const types = new Set(values.map((value) => typeof value));
  if (types.size !== 1) throw new Error(`@IsIn mixes types: ${[...types].join(', ')}`);
  return [...types][0];
};

const documented = new Set<Class>();

/** Documents an input class (and the classes nested in it) from its checks; once per class. */
export const documentFromValidators = (type: Class): void => {
  if (documented.has(type)) return;
  documented.add(type);
  const checks = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const check of checks)
    byProperty.set(check.propertyName, [...(byProperty.get(check.propertyName) ?? []), check]);
  if (byProperty.size === 0) throw new Error(`${type.name} has no class-validator checks`);
  for (const [property, propertyChecks] of byProperty)
    documentProperty(type, property, propertyChecks);
};

const documentProperty = (type: Class, property: string, checks: ValidationMetadata[]) => {
  const where = `${type.name}.${property}`;
  const designType = Reflect.getMetadata('design:type', type.prototype, property);
  const own: Schema[] = [];
  const items: Schema[] = [];
  let required = true;
  for (const check of checks) {
    if (check.type === 'conditionalValidation' && check.name === 'isOptional') required = false;
    else if (check.type === 'nestedValidation') {
      documentFromValidators(designType as Class);
      own.push({ type: () => designType });
    } else if (check.type === 'customValidation' && check.name && RULES[check.name])
      (check.each ? items : own).push(RULES[check.name](check.constraints ?? []));
    else
      throw new Error(
        `${where}: the check ${check.name ?? check.type} has no OpenAPI meaning yet: add it to RULES in from-validators.ts`,
      );
  }
  const derived = merged(where, own);
  if (items.length) derived.items = merged(`${where}[]`, items);
  const explicit = explicitOf(type.prototype, property);
  const schema: Schema = { ...derived };
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

/** One schema from what several checks say; two checks that disagree on the type are a mistake. */
const merged = (where: string, parts: Schema[]): Schema =>
  parts.reduce((into, part) => {
    if (into.type && part.type && typeof part.type === 'string' && into.type !== part.type)
      throw new Error(`${where}: checks disagree on its type (${into.type}, ${part.type})`);
    return { ...into, ...part };
  }, {} as Schema);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
