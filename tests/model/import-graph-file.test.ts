import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../model/format-issue.js';
import { importGraphFile } from '../../model/import-graph-file.js';
import type { LoadResult } from '../../model/load-result.js';

function messages(result: LoadResult): string[] {
  return [...(result.ok ? [] : result.errors), ...result.warnings].map(formatIssue);
}

function errors(result: LoadResult): string[] {
  return result.ok ? [] : result.errors.map(formatIssue);
}

function loaded(result: LoadResult) {
  if (!result.ok) throw new Error(`expected the graph to load: ${messages(result).join('; ')}`);
  return result;
}

const fixture = readFileSync(new URL('../fixtures/org-chart.graphml', import.meta.url), 'utf8');

describe('importGraphFile', () => {
  describe('with GraphML as NetworkX and Gephi write it', () => {
    const result = loaded(importGraphFile(fixture, { file: 'org-chart.graphml' }));

    it('makes a body of each node, named by its label, with its kind (default position) and dates', () => {
      expect(result.model.entities.map(({ id, name, kind }) => [id, name, kind])).toEqual([
        ['ministry', 'Ministry of Digital Affairs', 'body'],
        ['cyber', 'Cyber Directorate', 'agency'],
        ['cert', 'Incident Response Team', 'team'],
        ['policy', 'Policy Unit', 'position'],
        ['audit', 'Audit Office', 'position'],
        ['eu', 'EU Cyber Agency', 'partner'],
      ]);
      expect(result.model.entities[0]!.since).toBe('2015');
    });

    it('reads each edge as its source overseeing its target, unless the edge names a known relation type', () => {
      expect(result.model.relations.map(({ source, target, type }) => `${source} ${type} ${target}`)).toEqual([
        'ministry oversees cyber',
        'cyber oversees cert',
        'cyber oversees policy',
        'ministry oversees audit',
        'cert cooperates-with eu',
      ]);
    });

    it("takes the graph's name as the title and loads without issues", () => {
      expect(result.model.title).toBe('Ministry of Digital Affairs');
      expect(messages(result)).toEqual([]);
    });
  });

  describe('with yEd GraphML, whose labels are in the node graphics', () => {
    const yed = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="port" id="d0" yfiles.type="portgraphics"/>
  <key for="port" id="d1" yfiles.type="portgeometry"/>
  <key for="graphml" id="d2" yfiles.type="resources"/>
  <key for="all" id="d3" attr.name="note" attr.type="string"/>
  <key for="node" id="d5" attr.name="description" attr.type="string"/>
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0">
      <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="120.0" x="0" y="0"/><y:Fill color="#FFCC00"/>
        <y:NodeLabel alignment="center" fontSize="12">Board of Directors</y:NodeLabel><y:Shape type="rectangle"/></y:ShapeNode></data>
    </node>
    <node id="n1">
      <data key="d5">Runs the company day to day</data>
      <data key="d6"><y:ShapeNode><y:NodeLabel>Chief Executive</y:NodeLabel></y:ShapeNode></data>
    </node>
    <node id="n2"><data key="d3">Reports monthly</data><data key="d6"><y:ShapeNode><y:NodeLabel>Finance</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"><data key="d10"><y:PolyLineEdge><y:Arrows source="none" target="standard"/></y:PolyLineEdge></data></edge>
    <edge id="e1" source="n1" target="n2"/>
  </graph>
  <data key="d2"><y:Resources/></data>
</graphml>`;
    const result = loaded(importGraphFile(yed, { file: 'acme.graphml' }));

    it("names each body by its y:NodeLabel and keeps yEd's description", () => {
      expect(result.model.entities.map(({ name }) => name)).toEqual([
        'Board of Directors',
        'Chief Executive',
        'Finance',
      ]);
      expect(result.model.entities[1]!.description).toBe('Runs the company day to day');
    });

    it('reads keys yEd declares for ports and the document without failing, and a key for all', () => {
      expect(result.model.entities[2]!.note).toBe('Reports monthly');
    });

    it('makes the chain of command from the edges', () => {
      expect(result.model.relations.map(({ source, target }) => `${source}>${target}`)).toEqual(['n0>n1', 'n1>n2']);
      expect(messages(result)).toEqual([]);
    });
  });

  describe('with GEXF as Gephi writes it', () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta><creator>Gephi</creator><title>Agency structure</title></meta>
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="kind" type="string"/></attributes>
    <attributes class="edge"><attribute id="r" title="relation" type="string"/></attributes>
    <nodes>
      <node id="Agency" label="National Agency"><attvalues><attvalue for="0" value="agency"/></attvalues></node>
      <node id="Lab" label="Research Lab"/>
      <node id="Unit A" label="Unit A"/>
    </nodes>
    <edges>
      <edge id="0" source="Agency" target="Lab"/>
      <edge id="1" source="Unit A" target="Agency"><attvalues><attvalue for="r" value="part-of"/></attvalues></edge>
    </edges>
  </graph>
</gexf>`;
    const result = loaded(importGraphFile(gexf, { file: 'agency.gexf' }));

    it('reads labels, kinds, ids as written and relation types', () => {
      expect(result.model.title).toBe('Agency structure');
      expect(result.model.entities.map(({ id, name, kind }) => [id, name, kind])).toEqual([
        ['Agency', 'National Agency', 'agency'],
        ['Lab', 'Research Lab', 'position'],
        ['Unit A', 'Unit A', 'position'],
      ]);
      expect(result.model.relations.map(({ source, target, type }) => `${source} ${type} ${target}`)).toEqual([
        'Agency oversees Lab',
        'Unit A part-of Agency',
      ]);
      expect(messages(result)).toEqual([]);
    });
  });

  describe('with undirected edges', () => {
    const text = `<graphml><graph edgedefault="undirected">
      <node id="a"><data key="label">A</data></node><node id="b"/><edge source="a" target="b"/></graph></graphml>`;
    const result = loaded(importGraphFile(text, { file: 'u.graphml' }));

    it('reads them from source to target, with one warning', () => {
      expect(result.model.relations.map(({ source, target, type }) => `${source} ${type} ${target}`)).toEqual([
        'a oversees b',
      ]);
      expect(messages(result)).toEqual([
        'u.graphml /edges: an edge is undirected ("a→b"): each is read from its source, the superior, to its target',
      ]);
    });
  });

  describe('with problems', () => {
    it('names the edge whose end is no node, with a suggestion', () => {
      const text = `<graphml><graph edgedefault="directed">
        <node id="board"/><node id="finance"/><edge id="e7" source="board" target="financ"/></graph></graphml>`;
      expect(errors(importGraphFile(text, { file: 'x.graphml' }))).toEqual([
        'x.graphml /edges/e7/target: no node has the id "financ" (did you mean "finance"?)',
      ]);
    });

    it('names the edge of a loop in the chain of command through the model checks', () => {
      const text = `<graphml><graph edgedefault="directed">
        <node id="a"/><node id="b"/><edge id="up" source="a" target="b"/><edge id="down" source="b" target="a"/></graph></graphml>`;
      const found = messages(importGraphFile(text, { file: 'x.graphml' }));
      expect(found.some((line) => /^x\.graphml \/edges\/(up|down)\b.*loop/.test(line))).toBe(true);
    });

    it('keeps ids that differ in case or spelling apart, and names two that differ only in spaces at their ends', () => {
      const apart = `<graphml><graph edgedefault="directed"><node id="Finance Dept"/><node id="finance-dept"/></graph></graphml>`;
      expect(loaded(importGraphFile(apart, { file: 'x.graphml' })).model.entities.map((e) => e.id)).toEqual([
        'Finance Dept',
        'finance-dept',
      ]);
      const same = `<graphml><graph edgedefault="directed"><node id="Finance"/><node id=" Finance "/></graph></graphml>`;
      expect(errors(importGraphFile(same, { file: 'x.graphml' }))).toEqual([
        'x.graphml /nodes/ Finance /id: has the same id as node "Finance" ("Finance")',
      ]);
    });

    it('leaves out an edge from a node to itself, with a warning, and reads the rest', () => {
      const text = `<graphml><graph edgedefault="directed"><node id="a"/><node id="c"/>
        <edge id="e1" source="a" target="c"/><edge id="e2" source="c" target="c"/></graph></graphml>`;
      const result = importGraphFile(text, { file: 'x.graphml' });
      expect(loaded(result).model.relations).toHaveLength(1);
      expect(messages(result)).toEqual(['x.graphml /edges/e2: links "c" to itself, so it is left out']);
    });

    it('reads an id such as __proto__ without touching Object.prototype', () => {
      const text = `<graphml><graph edgedefault="directed"><node id="__proto__"/><node id="toString"/><node id="constructor"/>
        <edge source="__proto__" target="toString"/><edge source="__proto__" target="constructor"/></graph></graphml>`;
      const model = loaded(importGraphFile(text, { file: 'x.graphml' })).model;
      expect(model.entities.map((e) => e.id)).toEqual(['__proto__', 'toString', 'constructor']);
      expect(model.relations).toHaveLength(2);
      expect(Object.keys(Object.prototype)).toEqual([]);
      expect(({} as Record<string, unknown>).previous).toBeUndefined();
    });

    it('refuses XML that is not well-formed, and XML of another kind', () => {
      expect(messages(importGraphFile('<graphml><graph>', { file: 'x.graphml' }))[0]).toMatch(
        /^x\.graphml \/: is not well-formed XML: /,
      );
      expect(messages(importGraphFile('<svg/>', { file: 'x.xml' }))).toEqual([
        'x.xml /: is XML but neither GraphML nor GEXF (its root element is <svg>)',
      ]);
    });
  });
});
