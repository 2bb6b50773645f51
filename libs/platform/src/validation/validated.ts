import { InvalidInput } from '@ros/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { BODY_MAX_DEPTH } from '../http/body-limit';

/**
 * Validates plain input against a class-validator class; unknown fields are refused.
 * `prefix` names where the input sits in a larger body (`entry` of a correction), so each
 * message names its field by its full path, once; `query` stands for a query string,
 * whose parameters are named alone. `judgedApart` fields hold items that are validated on
 * their own later (the entries of a batch, each judged as if posted alone).
 */
export const validated = <T extends object>(
  type: new () => T,
  input: unknown,
  prefix = '',
  { judgedApart = [] as string[] } = {},
): T => {
  if (!input || typeof input !== 'object' || Array.isArray(input))
    throw new InvalidInput([`${prefix || 'body'} must be a JSON object`]);
  const path = prefix === 'query' ? '' : prefix;
  const checked = Object.fromEntries(
    Object.entries(input).filter(([key]) => !judgedApart.includes(key)),
  );
  const unsafe = unsafeField(checked, path);
  if (unsafe) throw new InvalidInput([unsafe]);
  const instance = plainToInstance(type, input);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw new InvalidInput(messagesOf(errors, path));
  return instance;
};

export const messagesOf = (errors: ValidationError[], prefix = ''): string[] =>
  errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    // Two checks of one field that say the same (an object, and its nested fields) say it once.
    const own = [...new Set(Object.values(error.constraints ?? {}))].map((message) =>
      namedOnce(message, error.property, path),
    );
    return [...own, ...messagesOf(error.children ?? [], path)];
  });

/** `force must be…` under `scope` reads `scope.force must be…`, and never `scope.scope.force`. */
const namedOnce = (message: string, property: string, path: string): string => {
  if (path === property) return message;
  const bare = new RegExp(`(^|[^\\w.])${property.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\w)`);
  return message.replace(bare, `$1${path}`);
};

/**
 * Keys that would reach an object's prototype are refused like any unknown field, at any
 * depth; and PostgreSQL cannot store a NUL character, or half a surrogate pair, as text.
 * Bodies are refused deeper than BODY_MAX_DEPTH as they are read; the walk stops there too,
 * whatever it is given, so that it can never run out of stack.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const unsafeField = (value: unknown, path: string, depth = 1): string | null => {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return `${path || 'value'} must not contain a NUL character`;
    // A lone surrogate cannot be stored as UTF-8: it would come back as another character.
    if (LONE_SURROGATE.test(value)) return `${path || 'value'} must be valid Unicode text`;
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  if (depth > BODY_MAX_DEPTH)
    return `${path || 'body'} nests objects or arrays more than ${BODY_MAX_DEPTH} levels deep`;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key) && !Array.isArray(value))
      return `property ${childPath} should not exist`;
    const found = unsafeField(child, childPath, depth + 1);
    if (found) return found;
  }
  return null;
};
