import { describe, expect, it } from 'vitest';
import type { GovernanceModel } from '../../model/types.js';
import { orgChartRows, ROOT_ROW_ID } from '../../scripts/bench/d3-rows.js';
import { syntheticModel } from '../../scripts/synthetic-model.js';

const entity = (id: string) => ({ id, name: `Body ${id}`, kind: 'body' });

describe("d3-org-chart's rows for the benchmark", () => {
  it('puts every body of a one-top tree under its superior, every row expanded', () => {
    const model = syntheticModel(200);
    const rows = orgChartRows(model);
    expect(rows).toHaveLength(200);
    expect(rows.every((r) => r._expanded === true)).toBe(true);
    expect(rows.filter((r) => r.parentId === '').map((r) => r.id)).toEqual(['b0']);
    const oversees = model.relations.filter((r) => r.type === 'oversees');
    for (const r of oversees) expect(rows.find((row) => row.id === r.target)?.parentId).toBe(r.source);
  });

  it('hangs several tops under one added root, and a body of two superiors under the first', () => {
    const model: GovernanceModel = {
      title: 'Two tops',
      entities: ['a', 'b', 'c', 'd'].map(entity),
      relations: [
        { source: 'a', target: 'c', type: 'oversees' },
        { source: 'b', target: 'c', type: 'oversees' },
        { source: 'd', target: 'b', type: 'part-of' },
        { source: 'a', target: 'b', type: 'cooperates-with' },
      ],
    };
    const rows = orgChartRows(model);
    expect(rows[0]).toEqual({ id: ROOT_ROW_ID, parentId: '', name: 'Two tops', _expanded: true });
    const parentOf = Object.fromEntries(rows.map((r) => [r.id, r.parentId]));
    expect(parentOf).toEqual({ [ROOT_ROW_ID]: '', a: ROOT_ROW_ID, b: ROOT_ROW_ID, c: 'a', d: 'b' });
  });

  it('cuts a loop of superiors, so that the rows still make one tree', () => {
    const model: GovernanceModel = {
      title: 'Loop',
      entities: ['a', 'b', 'c'].map(entity),
      relations: [
        { source: 'a', target: 'b', type: 'oversees' },
        { source: 'b', target: 'c', type: 'oversees' },
        { source: 'c', target: 'a', type: 'oversees' },
      ],
    };
    const rows = orgChartRows(model);
    const tops = rows.filter((r) => r.parentId === '');
    expect(tops).toHaveLength(1);
    // Every row reaches the top without coming back to itself.
    const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
    for (const row of rows) {
      const seen = new Set<string>();
      for (let id = row.id; id !== ''; id = parentOf.get(id)!) {
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
    }
  });
});
