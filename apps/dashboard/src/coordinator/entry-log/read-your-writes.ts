// The highest position this tab has written: reads ask the read model to include it
// (`minPosition`), so the coordinator sees a correction or a return at once. Positions grow,
// so once reached, later reads answer at once.
let written: bigint | null = null;

export const noteWrite = (position: string | undefined): void => {
  if (position === undefined) return;
  const at = BigInt(position);
  if (written === null || at > written) written = at;
};

/** `minPosition` and `waitMs` for a read, when this tab has written anything. */
export const freshnessParams = (): { minPosition?: string; waitMs?: number } =>
  written === null ? {} : { minPosition: written.toString(), waitMs: 5000 };
