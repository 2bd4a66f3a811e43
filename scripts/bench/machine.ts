// The machine the figures are taken on, and how busy it was: other work skews every figure.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Machine } from './figures.js';

/** The 1-minute load average now. */
export function loadAverage(): number {
  return loadavg()[0]!;
}

/** Above this 1-minute load average at the start, the report warns that figures are noisier. */
export const BUSY_LOAD = 0.5;

/** The CPU's model name, from /proc/cpuinfo where there is one. */
function cpuModel(): string | undefined {
  try {
    return /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  } catch {
    return cpus()[0]?.model;
  }
}

export function machine(chromium: string): Machine {
  return {
    cpus: cpus().length,
    cpu: cpuModel() ?? 'unknown',
    node: process.version,
    chromium,
    platform: `${process.platform} ${process.arch}`,
  };
}
