import { describe, expect, it } from 'vitest';
import { formatHashState, parseHashState } from '../../src/hash-state.js';

describe('view state in the location hash', () => {
  it('round-trips selection, year, filters, layout and the relations drawn', () => {
    const state = {
      selected: 'cyber-defence-committee',
      year: 2015,
      hiddenKinds: new Set(['policy', 'exercise']),
      hiddenTypes: new Set(['cooperates-with']),
      layout: 'LR' as const,
      relations: 'all' as const,
    };
    const hash = formatHashState(state);
    expect(hash).toBe(
      '#select=cyber-defence-committee&year=2015&hide-kinds=exercise%2Cpolicy&hide-types=cooperates-with&layout=LR&relations=all',
    );
    expect(parseHashState(hash)).toEqual(state);
  });

  it('writes nothing for the default view and reads garbage as the default', () => {
    const empty = parseHashState('#year=soon&layout=diagonal&relations=some');
    expect(empty).toEqual({
      selected: null,
      year: null,
      hiddenKinds: new Set(),
      hiddenTypes: new Set(),
      layout: 'TB',
      relations: 'selected',
    });
    expect(formatHashState(empty)).toBe('');
  });
});
