// Read-your-writes: a write answers with its event's position; a read given it as
// `minPosition` waits (up to `waitMs`) until its answer includes that write, so a view shows
// what was just logged. Positions grow, so once reached, later reads answer at once.

/** How long a read may wait for a write to reach the read model. */
export const READ_WAIT_MS = 5000;

/** `minPosition` and `waitMs` for a read after `position`; nothing when there is none. */
export const afterPosition = (
  position: string | null | undefined,
): { minPosition?: string; waitMs?: number } =>
  position ? { minPosition: position, waitMs: READ_WAIT_MS } : {};

// The highest position this tab has written, for reads (the entry log) that follow every write.
let written: bigint | null = null;

export const noteWrite = (position: string | undefined): void => {
  if (position === undefined) return;
  const at = BigInt(position);
  if (written === null || at > written) written = at;
};

/** `minPosition` and `waitMs` for a read, when this tab has written anything. */
export const freshnessParams = () => afterPosition(written?.toString());
