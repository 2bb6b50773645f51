import { ApiPropertyOptional } from '@nestjs/swagger';

/**
 * The OpenAPI shape of an object keyed by a known set of names (forces, seizure items),
 * each holding a `type`: one optional property per name, so the names are documented.
 */
export const keyedBy = (
  name: string,
  keys: readonly string[],
  type: () => abstract new () => object,
  description: string,
) => {
  const { [name]: Keyed } = { [name]: class {} };
  for (const key of keys)
    // A lazy type, as Swagger knows one: a function named `type`.
    ApiPropertyOptional({ type: () => type(), description })(Keyed.prototype, key);
  return Keyed;
};
