import { createHash } from 'node:crypto';

/** Fixed for good: changing it would give every demo entry a new id and log it again. */
const DEMO_NAMESPACE = Buffer.from('7c2f3b5e9d8a4c61b0e4a1f2d3c4b5a6', 'hex');

/**
 * A name-based UUID (version 5, RFC 9562) for a readable key: the same key gives the same
 * entryId on every run, so a second seed repeats entries instead of adding them.
 */
export const demoEntryId = (key: string): string => {
  const hash = createHash('sha1').update(DEMO_NAMESPACE).update(key).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
