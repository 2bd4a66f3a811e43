import { describe, expect, it } from 'vitest';
import type { CaseName } from '../../scripts/bench/cases.js';
import type { BundleSize, CaseFigures } from '../../scripts/bench/figures.js';
import { caseVerdict, targetLines } from '../../scripts/bench/targets.js';

const bundle: BundleSize = {
  source: 'test',
  raw: 600_000,
  gzip: 199_000,
  files: 1,
  firstDrawingGzip: 199_000,
  onDemandGzip: 0,
};
const figures = (f: Partial<CaseFigures>) => f as CaseFigures;

describe('bench targets', () => {
  it('holds each size to its own cold ratio and prints the figure beside the target', () => {
    const cases = new Map<CaseName, CaseFigures>([
      ['2,000', figures({ ratio: 0.6 })],
      ['10,000', figures({ ratio: 0.6, longestTaskMs: 250, heapAfterLoad: 90e6, panFrameP90Ms: 33.3 })],
      ['50,000', figures({ ratio: 0.19, heapAfterLoad: 200e6 })],
    ]);
    const lines = targetLines({ cases, bundle, explorer: { runs: [], readyMs: 401, paintedMs: 420 } });
    expect(lines).toContain('- met: 2,000: ours / d3-org-chart, cold ≤ 1.0 (0.60 ×)');
    expect(lines).toContain('- MISSED: 10,000: ours / d3-org-chart, cold ≤ 0.5 (0.60 ×)');
    expect(lines).toContain('- met: 50,000: ours / d3-org-chart, cold ≤ 0.2 (0.19 ×)');
    expect(lines).toContain('- met: 10,000: longest main-thread task while loading ≤ 250 ms (250.0 ms)');
    expect(lines).toContain('- MISSED: 50,000: JS heap after load < 200 MB (200.0 MB)');
    expect(lines).toContain('- MISSED: explorer page: navigation → gov-ready ≤ 400 ms (401.0 ms)');
    expect(lines).toContain('- MISSED: 10,000: pan frame, 90th percentile ≤ 33 ms (33.3 ms)');
    expect(lines).toContain('- met: widget bundle up front < 200 kB gzip (199 kB gzip)');
    expect(lines).toContain('- not measured: 500: ours / d3-org-chart, cold ≤ 1.0 (–)');
  });

  it("gives a case's ratio its verdict for the drawing table, and a dash to a case without a target", () => {
    expect(caseVerdict('10,000', 'ratio', figures({ ratio: 0.45 }))).toBe('≤ 0.5: met');
    expect(caseVerdict('2,000', 'ratio', figures({ ratio: 1.2 }))).toBe('≤ 1.0: MISSED');
    expect(caseVerdict('2,000', 'ratio', figures({}))).toBe('≤ 1.0: not measured');
    expect(caseVerdict('NATO', 'ratio', figures({ ratio: 3 }))).toBe('–');
  });
});
