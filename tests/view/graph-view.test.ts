import { describe, expect, it } from 'vitest';
import { connectorsOf } from '../../src/view/connectors.js';
import { NODE_WIDTH } from '../../src/view/graph-style.js';
import { buildGraphView, labelLines, toCytoscapeElements } from '../../src/view/graph-view.js';
import { graphOf, measure, smallGraph } from './fixtures.js';

const options = { direction: 'TB' as const, hiddenKinds: new Set<string>(), hiddenTypes: new Set<string>(), measure };

describe('buildGraphView', () => {
  it('draws chain-of-command relations from superior to subordinate, whichever way they were written', () => {
    const view = buildGraphView(smallGraph(), options);
    const partOf = view.edges.find((e) => e.type === 'part-of')!;
    expect([partOf.source, partOf.target]).toEqual(['committee', 'unit']);
    expect(view.parent.get('unit')).toBe('committee');
  });

  it('hangs the tree from the tops in model order', () => {
    const view = buildGraphView(smallGraph(), options);
    expect(view.children.get('')).toEqual(['council']);
    expect(view.children.get('council')).toEqual(['committee', 'board']);
  });

  it('places every subordinate below its superior in top-down layout and right of it in left-right layout', () => {
    for (const direction of ['TB', 'LR'] as const) {
      const view = buildGraphView(smallGraph(), { ...options, direction });
      const at = new Map(view.nodes.map((n) => [n.id, n]));
      for (const [child, parent] of view.parent) {
        const c = at.get(child)!;
        const p = at.get(parent)!;
        if (direction === 'TB') expect(c.y).toBeGreaterThan(p.y);
        else expect(c.x).toBeGreaterThan(p.x);
      }
    }
  });

  it('lays out no two nodes overlapping', () => {
    const view = buildGraphView(smallGraph(), options);
    for (const a of view.nodes) {
      for (const b of view.nodes) {
        if (a === b) continue;
        const apart =
          Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
  });

  it('shelves bodies outside the chain of command below the tree', () => {
    const view = buildGraphView(smallGraph(), options);
    const y = (id: string) => view.nodes.find((n) => n.id === id)!.y;
    expect(y('partner')).toBeGreaterThan(y('unit'));
    expect(y('policy')).toBeGreaterThan(y('unit'));
  });

  it('leaves out hidden kinds and relation types, and the relations of hidden bodies', () => {
    const view = buildGraphView(smallGraph(), {
      ...options,
      hiddenKinds: new Set(['organisation']),
      hiddenTypes: new Set(['implements']),
    });
    expect(view.nodes.map((n) => n.id)).not.toContain('partner');
    expect(view.edges.map((e) => e.type).sort()).toEqual(['oversees', 'oversees', 'part-of']);
  });

  it('marks a second superior as a secondary line and keeps the first as the tree parent', () => {
    const graph = graphOf(
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      [
        { source: 'a', target: 'c', type: 'oversees' },
        { source: 'b', target: 'c', type: 'responsible-for' },
      ],
    );
    const view = buildGraphView(graph, options);
    expect(view.parent.get('c')).toBe('a');
    expect(view.edges.filter((e) => e.secondary).map((e) => e.source)).toEqual(['b']);
  });
});

describe('labelLines', () => {
  it('adds the acronym on its own line when the name does not contain it', () => {
    expect(labelLines('NATO Communications and Information Agency', 'NCIA', measure).at(-1)).toBe('NCIA');
    expect(labelLines('NATO School', 'NATO', measure)).toEqual(['NATO School']);
  });
});

describe('toCytoscapeElements', () => {
  it('gives every node its size and position and every edge its style key', () => {
    const elements = toCytoscapeElements(buildGraphView(smallGraph(), options));
    const council = elements.find((e) => e.data.id === 'council')!;
    expect(council.data.width).toBe(NODE_WIDTH);
    expect(council.position).toBeDefined();
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) expect(['relation', 'chain-of-command secondary']).toContain(edge.classes);
  });

  it('leaves the lines of the tree to the line layer, and every other relation to Cytoscape', () => {
    const view = buildGraphView(smallGraph(), options);
    const ids = toCytoscapeElements(view)
      .filter((e) => e.group === 'edges')
      .map((e) => e.data.id);
    const lines = connectorsOf(view).map((e) => e.id);
    expect(lines.length).toBeGreaterThan(0);
    expect([...ids, ...lines].sort()).toEqual(view.edges.map((e) => e.id).sort());
    for (const edge of view.edges) expect(lines.includes(edge.id)).toBe(edge.chainOfCommand && !edge.secondary);
  });
});
