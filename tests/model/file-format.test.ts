import { describe, expect, it } from 'vitest';
import { detectFormat, formatOfContent, isAcceptedContentType } from '../../model/file-format.js';

const text = (value: string) => new TextEncoder().encode(value);
const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
const GRAPHML = text(
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- yEd -->\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
);
const GEXF = text('\ufeff<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3">');
const CSV = text('id,parentId,name\n');
const JSON_TEXT = text('{ "title": "Org" }');

describe('detectFormat', () => {
  it('tells formats apart by the extension', () => {
    const cases = ['org.json', 'org.csv', 'org.tsv', 'org.xlsx', 'org.graphml', 'org.gexf', 'files/org.XLSX?v=2#top'];
    expect(cases.map((name) => detectFormat(name, '', new Uint8Array()))).toEqual([
      'json',
      'csv',
      'csv',
      'xlsx',
      'graphml',
      'gexf',
      'xlsx',
    ]);
  });

  it('tells formats apart by the content type, whatever the name', () => {
    const cases = [
      'application/json; charset=utf-8',
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/graphml+xml',
      'application/gexf+xml',
    ];
    expect(cases.map((type) => detectFormat('/model', type, new Uint8Array()))).toEqual([
      'json',
      'csv',
      'xlsx',
      'graphml',
      'gexf',
    ]);
  });

  it('recognises a workbook, GraphML and GEXF by their first bytes, however they are named or served', () => {
    expect(detectFormat('/download?id=7', 'application/octet-stream', ZIP)).toBe('xlsx');
    expect(detectFormat('org.csv', 'text/plain', ZIP)).toBe('xlsx');
    expect(detectFormat('graph.xml', 'text/xml', GRAPHML)).toBe('graphml');
    expect(detectFormat('graph.txt', 'text/plain', GEXF)).toBe('gexf');
  });

  it('keeps CSV and JSON as they were: by type, then name, JSON when nothing tells', () => {
    expect(detectFormat('org.csv', 'text/plain', CSV)).toBe('csv');
    expect(detectFormat('org.csv', 'application/json', JSON_TEXT)).toBe('json');
    expect(detectFormat('/api/org', '', JSON_TEXT)).toBe('json');
    expect(detectFormat('/api/org', 'application/octet-stream', CSV)).toBe('json');
  });
});

describe('formatOfContent', () => {
  it('finds nothing in text of no known signature', () => {
    expect(formatOfContent(CSV)).toBeUndefined();
    expect(formatOfContent(text('<html><body>'))).toBeUndefined();
  });
});

describe('isAcceptedContentType', () => {
  it('accepts the formats’ own types and the generic ones, and refuses HTML and images', () => {
    const accepted = [
      'application/json',
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/graphml+xml',
      'application/gexf+xml',
      'text/xml',
      'application/xml',
      'application/octet-stream',
      'text/plain; charset=utf-8',
    ];
    expect(accepted.filter((type) => !isAcceptedContentType(type))).toEqual([]);
    expect(['text/html', 'image/png'].filter(isAcceptedContentType)).toEqual([]);
  });
});
