/** The largest request body the API reads, in bytes: 1 MB, as Fastify's `bodyLimit` takes it. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** The same limit as people read it, for refusals and the contract. */
export const BODY_LIMIT_TEXT = `${BODY_LIMIT_BYTES / 1024 / 1024} MB`;

/**
 * How deep a body's objects and arrays may nest (the top object is level 1). No body the
 * API takes is deeper than 4 (a batch's entries' seizures); a deeper one is refused (400)
 * as it is read, before any walk over it (validation, class-transformer) could run out of
 * stack on thousands of levels.
 */
export const BODY_MAX_DEPTH = 32;

/** Whether `value` nests objects or arrays more than `max` levels deep; walked without recursion. */
export const nestedDeeperThan = (value: unknown, max: number): boolean => {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [next, depth] = stack.pop()!;
    if (!next || typeof next !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(next))
      if (child && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
};
