// Summaries of repeated measurements, shared by Node and the benchmark page.

/** The median of `values`: the middle one, or the mean of the two middle ones; NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The `q` quantile of `values` (0 ≤ q ≤ 1) by the nearest-rank method: the smallest value that
 * at least a share `q` of the values are at or below, so that it is always one that was measured
 * (the 90th percentile of ten frame gaps is the ninth smallest). NaN for none.
 */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}
