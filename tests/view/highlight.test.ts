import { describe, expect, it } from 'vitest';
import { loadModel } from '../../model/load.js';
import { syntheticModel } from '../../scripts/synthetic-model.js';
import { nodeKey } from '../../src/view/element-key.js';
import { buildGraphView } from '../../src/view/graph-view.js';
import { selectionHighlight } from '../../src/view/highlight.js';
import { measure, smallGraph } from './fixtures.js';

const view = buildGraphView(smallGraph(), {
  direction: 'TB',
  hiddenKinds: new Set(),
  hiddenTypes: new Set(),
  measure,
});

describe('selectionHighlight', () => {
  it('lights the chain up to the top, what the body oversees, and its other relations; dims the rest', () => {
    const classes = selectionHighlight(view, 'committee');
    expect(classes.get(nodeKey('committee'))).toEqual(['selected']);
    expect(classes.get(nodeKey('council'))).toEqual(['superior']);
    expect(classes.get(nodeKey('unit'))).toEqual(['subordinate']);
    expect(classes.get(nodeKey('partner'))).toEqual(['related']);
    expect(classes.get(nodeKey('board'))).toEqual(['dimmed']);
  });

  it('leaves the rest undimmed in a view too large to restyle quickly', () => {
    const loaded = loadModel(syntheticModel(2000));
    if (!loaded.ok) throw new Error('synthetic model does not load');
    const large = buildGraphView(loaded.graph, {
      direction: 'TB',
      hiddenKinds: new Set(),
      hiddenTypes: new Set(),
      measure,
    });
    const classes = selectionHighlight(large, 'b40');
    expect(classes.get(nodeKey('b40'))).toEqual(['selected']);
    expect(classes.get(nodeKey('b0'))).toEqual(['superior']);
    expect([...classes.values()].some((c) => c.includes('dimmed'))).toBe(false);
  });

  it('highlights nothing without a selection or for a body not drawn', () => {
    expect(selectionHighlight(view, null).size).toBe(0);
    expect(selectionHighlight(view, 'nobody').size).toBe(0);
  });
});
