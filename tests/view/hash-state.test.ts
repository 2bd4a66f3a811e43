import { describe, expect, it } from 'vitest';
import { formatHashState, parseHashState } from '../../src/hash-state.js';
import { DEFAULT_COLLAPSE } from '../../src/view/collapse.js';

describe('view state in the location hash', () => {
  it('round-trips selection, year, filters, layout and the relations drawn', () => {
    const state = {
      selected: 'cyber-defence-committee',
      year: 2015,
      hiddenKinds: new Set(['policy', 'exercise']),
      hiddenTypes: new Set(['cooperates-with']),
      layout: 'LR' as const,
      relations: 'all' as const,
      collapse: DEFAULT_COLLAPSE,
      path: null,
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
      collapse: DEFAULT_COLLAPSE,
      path: null,
    });
    expect(formatHashState(empty)).toBe('');
  });

  it('round-trips the bodies collapsed and expanded, relative to the default', () => {
    const collapse = { collapsed: new Set(['b2', 'a-1']), expanded: new Set(['c,d']) };
    const hash = formatHashState({ ...parseHashState(''), collapse });
    expect(hash).toBe('#collapse=a-1%2Cb2&expand=c%252Cd');
    expect(parseHashState(hash).collapse).toEqual(collapse);
  });

  it('reads a malformed id in a hand-edited list as no body', () => {
    expect(parseHashState('#collapse=a,%E0%A4%A,b').collapse.collapsed).toEqual(new Set(['a', 'b']));
  });

  it('round-trips ids written any way: spaces, any script, and the delimiters of the hash', () => {
    const ids = ['Finance Dept', '__proto__', 'toString', 'Отдел-1', '研发部A', 'a&b=c', 'x,y', '50% + #1'];
    for (const id of ids) {
      const state = {
        ...parseHashState(''),
        selected: id,
        collapse: { collapsed: new Set(ids), expanded: new Set([id]) },
        path: { from: id, to: 'x,y' },
      };
      expect(parseHashState(formatHashState(state))).toEqual(state);
    }
  });

  it("keeps the Path panel's two ends as path=from,to", () => {
    const hash = formatHashState({ ...parseHashState(''), path: { from: 'ncirc', to: 'north-atlantic-council' } });
    expect(hash).toBe('#path=ncirc%2Cnorth-atlantic-council');
    expect(parseHashState(hash).path).toEqual({ from: 'ncirc', to: 'north-atlantic-council' });
  });

  it('reads a path without two ends, or with a malformed one, as none', () => {
    for (const hash of ['#path=a', '#path=a,', '#path=,b', '#path=a,b,c', '#path=a,%E0%A4%A']) {
      expect(parseHashState(hash).path).toBeNull();
    }
  });
});
