// How the report writes figures: a dash for one not measured.
import type { CycleFigures } from './figures.js';

const DASH = '–';

/** `n` with `digits` decimals; a dash when not measured or not finite. */
export function num(n: number | undefined, digits = 0): string {
  return n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : DASH;
}

/** Bytes as kB: one decimal below 10 kB, none above. */
export function kB(n: number | undefined): string {
  return n !== undefined ? `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)}` : DASH;
}

/** Bytes as MB, one decimal. */
export function MB(n: number | undefined): string {
  return n !== undefined ? (n / 1e6).toFixed(1) : DASH;
}

/** Heap, DOM nodes and listeners before → after some lifecycle cycles. */
export function growth(c: CycleFigures | undefined): string {
  if (!c) return DASH;
  const heap = c.after.heap - c.before.heap;
  return (
    `${MB(c.before.heap)} → ${MB(c.after.heap)} MB (${heap >= 0 ? '+' : ''}${kB(heap)} kB); ` +
    `nodes ${c.before.nodes} → ${c.after.nodes}; listeners ${c.before.listeners} → ${c.after.listeners}`
  );
}
