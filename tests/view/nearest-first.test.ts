import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { nearestFirst } from '../../src/canvas/element-sync.js';

const node = (id: string, x: number, y = 0): ElementDefinition => ({
  group: 'nodes',
  data: { id },
  position: { x, y },
});
const edge = (id: string, source: string, target: string): ElementDefinition => ({
  group: 'edges',
  data: { id, source, target },
});
const ids = (list: ElementDefinition[]) => list.map((e) => e.data.id);

describe('nearestFirst', () => {
  it('orders new bodies by their distance from the centre of the view', () => {
    const fresh = [node('far', 900), node('near', 10), node('middle', -300, 200)];
    expect(ids(nearestFirst(fresh, { x: 0, y: 0 }, () => false))).toEqual(['near', 'middle', 'far']);
  });

  it('puts each line right after the later of its two ends, so that no slice holds a line without its ends', () => {
    const fresh = [node('a', 0), node('b', 500), node('c', 100), edge('ab', 'a', 'b'), edge('ac', 'a', 'c')];
    expect(ids(nearestFirst(fresh, { x: 0, y: 0 }, () => false))).toEqual(['a', 'c', 'ac', 'b', 'ab']);
  });

  it('puts a line to a body already drawn right after its new end, and lines between drawn bodies last', () => {
    const fresh = [edge('old', 'x', 'y'), edge('to-drawn', 'a', 'x'), node('a', 0)];
    const drawn = (id: string) => id === 'x' || id === 'y';
    expect(ids(nearestFirst(fresh, { x: 0, y: 0 }, drawn))).toEqual(['a', 'to-drawn', 'old']);
  });

  it('places a line from a body to itself once', () => {
    expect(ids(nearestFirst([node('a', 0), edge('loop', 'a', 'a')], { x: 0, y: 0 }, () => false))).toEqual([
      'a',
      'loop',
    ]);
  });
});
