import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../model/graph.js';
import { edgeClasses } from '../../src/export/svg-classes.js';
import { toCytoscapeElements } from '../../src/view/cytoscape-elements.js';
import { edgeKey, modelId, nodeKey } from '../../src/view/element-key.js';
import { labelWidth, NODE_WIDTH, paletteOf, TEXT_WIDTH } from '../../src/view/graph-style.js';
import { buildGraphView, EdgeRole, labelLines } from '../../src/view/graph-view.js';
import { layerLinesOf } from '../../src/view/layer-lines.js';
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

  it("marks a second superior's line as such and keeps the first superior as the tree parent", () => {
    const graph = graphOf(
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      [
        { source: 'a', target: 'c', type: 'oversees' },
        { source: 'b', target: 'c', type: 'responsible-for' },
      ],
    );
    const view = buildGraphView(graph, options);
    expect(view.parent.get('c')).toBe('a');
    expect(view.edges.map((e) => [e.source, e.role])).toEqual([
      ['a', EdgeRole.treeLink],
      ['b', EdgeRole.secondSuperior],
    ]);
  });

  it('hangs a body from the superior the source states, not from one a reader inferred, whichever comes first', () => {
    const graph = graphOf(
      [{ id: 'top' }, { id: 'inferred' }, { id: 'stated' }, { id: 'c' }],
      [
        { source: 'top', target: 'inferred', type: 'oversees' },
        { source: 'top', target: 'stated', type: 'oversees' },
        { source: 'inferred', target: 'c', type: 'oversees', basis: 'inferred', note: 'read from the source' },
        { source: 'stated', target: 'c', type: 'oversees' },
      ],
    );
    const view = buildGraphView(graph, options);
    expect(view.parent.get('c')).toBe('stated');
    const toC = view.edges.filter((e) => e.target === 'c').map((e) => [e.source, e.role, e.inferred]);
    expect(toC).toEqual([
      ['inferred', EdgeRole.secondSuperior, true],
      ['stated', EdgeRole.treeLink, false],
    ]);
  });
});

describe('labelLines', () => {
  it('adds the acronym on its own line when the name does not contain it', () => {
    expect(labelLines('NATO Communications and Information Agency', 'NCIA', measure).at(-1)).toBe('NCIA');
    expect(labelLines('NATO School', 'NATO', measure)).toEqual(['NATO School']);
  });
});

describe('bodies with no place in a chain of command', () => {
  it('are laid out beside the tree, their reporting lines drawn as relations', () => {
    const graph = graphOf(
      [
        { id: 'council', name: 'Council' },
        { id: 'committee', name: 'Committee', kind: 'committee' },
        { id: 'policy', name: 'Policy', kind: 'policy' },
        { id: 'drill', name: 'Drill', kind: 'exercise' },
      ],
      [
        { source: 'council', target: 'committee', type: 'oversees' },
        { source: 'committee', target: 'policy', type: 'responsible-for' },
        { source: 'committee', target: 'drill', type: 'oversees' },
      ],
    );
    const view = buildGraphView(graph, options);
    expect(view.edges.map((e) => [e.target, e.role])).toEqual([
      ['committee', EdgeRole.treeLink],
      ['policy', EdgeRole.relation],
      ['drill', EdgeRole.relation],
    ]);
    expect([...view.parent]).toEqual([['committee', 'council']]);
    expect(view.children.get('')).toEqual(['council']);
  });
});

describe('labels in shapes whose sides slant in', () => {
  it('are wrapped narrower in a hexagon, octagon or ellipse than in a box', () => {
    const name = 'NATO Computer Incident Response Capability Coordination Centre';
    const graph = graphOf(
      [
        { id: 'box', name, kind: 'committee' },
        { id: 'hex', name, kind: 'centre' },
      ],
      [],
    );
    const view = buildGraphView(graph, options);
    const lines = (id: string) => view.nodes.find((n) => n.id === id)!.lines;
    expect(labelWidth('hexagon')).toBeLessThan(TEXT_WIDTH);
    for (const line of lines('hex')) expect(measure(line)).toBeLessThanOrEqual(labelWidth('hexagon'));
    expect(lines('hex').length).toBeGreaterThan(lines('box').length);
  });
});

describe('toCytoscapeElements', () => {
  it('gives every node its size, position and style key, and every edge its style key and role', () => {
    const view = buildGraphView(smallGraph(), options);
    const elements = toCytoscapeElements(view);
    const council = elements.find((e) => e.data.id === nodeKey('council'))!;
    const drawn = view.nodes.find((n) => n.id === 'council')!;
    const palette = paletteOf(view.kinds);
    expect(council.data).toMatchObject({ width: NODE_WIDTH, height: drawn.height, styleKey: palette.key('body') });
    // Bodies of one family share a look, and so a key; another family's differ.
    expect(palette.key('committee')).toBe(palette.key('body'));
    expect(palette.key('agency')).not.toBe(palette.key('body'));
    expect(council.position).toEqual({ x: drawn.x, y: drawn.y });
    const edges = elements
      .filter((e) => e.group === 'edges')
      .map((e) => [modelId(e.data.source), modelId(e.data.target), e.data.styleKey, e.classes]);
    expect(edges).toEqual([
      ['partner', 'committee', 'cooperation', EdgeRole.relation],
      ['committee', 'policy', 'document', EdgeRole.relation],
    ]);
  });

  it('keys relation types a model declares itself on their family, and a second superior on its own', () => {
    const graph = buildGraph({
      title: 't',
      relationTypes: {
        advises: { label: 'advises', chainOfCommand: false },
        succeeds: { label: 'succeeds', chainOfCommand: false, family: 'succession' },
        directs: { label: 'directs', chainOfCommand: true },
      },
      entities: ['a', 'b', 'c'].map((id) => ({ id, name: id, kind: 'body' })),
      relations: [
        { source: 'a', target: 'b', type: 'directs' },
        { source: 'c', target: 'b', type: 'directs' },
        { source: 'a', target: 'c', type: 'advises' },
        { source: 'b', target: 'c', type: 'succeeds' },
      ],
    });
    const keys = toCytoscapeElements(buildGraphView(graph, options))
      .filter((e) => e.group === 'edges')
      .map((e) => [modelId(e.data.source), e.data.styleKey, e.classes]);
    expect(keys).toEqual([
      ['c', EdgeRole.secondSuperior, EdgeRole.secondSuperior],
      ['a', 'cooperation', EdgeRole.relation],
      ['b', 'succession', EdgeRole.relation],
    ]);
  });

  it('keys bodies and relations apart, so that a relation may share its id with a body', () => {
    const graph = buildGraph({
      title: 't',
      entities: ['a', 'b', 'c'].map((id) => ({ id, name: id, kind: 'body' })),
      relations: [
        { id: 'b', source: 'a', target: 'b', type: 'oversees' },
        { id: 'c', source: 'b', target: 'c', type: 'cooperates-with' },
      ],
    });
    const ids = toCytoscapeElements(buildGraphView(graph, options)).map((e) => e.data.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([nodeKey('a'), nodeKey('b'), nodeKey('c'), edgeKey('c')]);
  });

  it('leaves the lines of the tree to the line layer, and every other relation to Cytoscape', () => {
    const view = buildGraphView(smallGraph(), options);
    const ids = toCytoscapeElements(view)
      .filter((e) => e.group === 'edges')
      .map((e) => modelId(e.data.id ?? ''));
    const lines = layerLinesOf(view).map((e) => e.id);
    expect(lines.length).toBeGreaterThan(0);
    expect([...ids, ...lines].sort()).toEqual(view.edges.map((e) => e.id).sort());
    for (const edge of view.edges) expect(lines.includes(edge.id)).toBe(edge.role === EdgeRole.treeLink);
  });
});

describe('an inferred relation', () => {
  it('is marked on its line, keyed apart in the stylesheet, and classed in the SVG', () => {
    const graph = buildGraph({
      title: 't',
      entities: ['a', 'b', 'c'].map((id) => ({ id, name: id, kind: 'body' })),
      relations: [
        { source: 'a', target: 'b', type: 'oversees', basis: 'inferred', note: 'read from the page' },
        { source: 'a', target: 'c', type: 'cooperates-with', basis: 'inferred', note: 'read so' },
      ],
    });
    const view = buildGraphView(graph, options);
    expect(view.edges.map((e) => [e.role, e.inferred])).toEqual([
      [EdgeRole.treeLink, true],
      [EdgeRole.relation, true],
    ]);
    const keys = toCytoscapeElements(view)
      .filter((e) => e.group === 'edges')
      .map((e) => e.data.styleKey);
    expect(keys).toEqual(['cooperation-inferred']);
    expect(edgeClasses(view.edges[0])).toBe('edge type-oversees family-chain tree-link inferred');
  });
});
