import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { automaticColoursSource, OUTPUT_URL } from '../../scripts/generate-automatic-colours.js';
import { AUTOMATIC_COLOURS } from '../../src/view/automatic-colours.generated.js';

describe('the automatic colours', () => {
  it('are what the generator makes from the built-in colours today (run `npm run generate:colours` if not)', () => {
    expect(readFileSync(OUTPUT_URL, 'utf8')).toBe(automaticColoursSource());
  });

  it('are dozens of distinct colours as #rrggbb, so that a model’s own families rarely share one', () => {
    expect(AUTOMATIC_COLOURS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(AUTOMATIC_COLOURS).size).toBe(AUTOMATIC_COLOURS.length);
    for (const colour of AUTOMATIC_COLOURS) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });
});
