import { InvalidInput } from '@ros/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** Validates plain input against a class-validator class; unknown fields are refused. */
export const validated = <T extends object>(type: new () => T, input: unknown, prefix = ''): T => {
  if (!input || typeof input !== 'object' || Array.isArray(input))
    throw new InvalidInput([`${prefix || 'body'} must be a JSON object`]);
  const nul = fieldWithNul(input, prefix);
  if (nul) throw new InvalidInput([`${nul} must not contain a NUL character`]);
  const instance = plainToInstance(type, input);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw new InvalidInput(messagesOf(errors, prefix));
  return instance;
};

export const messagesOf = (errors: ValidationError[], prefix = ''): string[] =>
  errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      prefix && prefix !== 'query' ? message.replace(error.property, path) : message,
    );
    return [...own, ...messagesOf(error.children ?? [], path)];
  });

/** PostgreSQL cannot store a NUL character in text or JSON: refuse it as input, by field. */
const fieldWithNul = (value: unknown, path: string): string | null => {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'value' : null;
  if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      const found = fieldWithNul(child, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  return null;
};
