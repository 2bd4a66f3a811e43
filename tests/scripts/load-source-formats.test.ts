import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadResult } from '../../model/load-result.js';
import { loadSource } from '../../src/load-source.js';
import { orgChartWorkbook } from '../fixtures/org-chart-workbook.js';

// The widget's download of `src` in each format, as servers serve them: with their own type, or
// with a generic one (octet-stream, plain text, XML) where only the name or the content tells.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const GRAPHML = readFileSync(new URL('../fixtures/org-chart.graphml', import.meta.url));
const GEXF = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
  <nodes><node id="a" label="Agency"/><node id="b" label="Lab"/></nodes>
  <edges><edge id="0" source="a" target="b"/></edges></graph></gexf>`);

let server: Server;
let origin = '';

beforeAll(async () => {
  const workbook = await orgChartWorkbook();
  const files: Record<string, [string, Buffer]> = {
    '/org.xlsx': [XLSX, workbook],
    '/download': ['application/octet-stream', workbook],
    '/org.csv': ['text/plain', workbook],
    '/graph': ['application/octet-stream', GRAPHML],
    '/org.graphml': ['application/graphml+xml', GRAPHML],
    '/graph.gexf': ['text/xml; charset=utf-8', GEXF],
    '/picture.xml': [
      'application/xml',
      Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'),
    ],
    '/page': ['text/html', Buffer.from('<!doctype html><p>Sign in</p>')],
  };
  server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[0], 'content-length': file[1].length }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const load = (path: string) => loadSource(`${origin}${path}`, new AbortController().signal, () => {});

function counts(result: LoadResult): string {
  if (!result.ok) return result.errors.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return `${result.graph.order} bodies, ${result.graph.size} relations`;
}

describe('loadSource, given an Excel workbook', () => {
  it('reads it by its content type', async () => {
    expect(counts(await load('/org.xlsx'))).toBe('6 bodies, 5 relations');
  });

  it('reads it served as application/octet-stream from a URL without an extension, by its zip signature', async () => {
    const result = await load('/download');
    expect(counts(result)).toBe('6 bodies, 5 relations');
    expect(result.ok && result.model.entities[0]!.since).toBe('2015-01-01');
  });

  it('reads it as a workbook even when named .csv and served as text', async () => {
    expect(counts(await load('/org.csv'))).toBe('6 bodies, 5 relations');
  });
});

describe('loadSource, given a graph file', () => {
  it('reads GraphML served as application/octet-stream by its root element', async () => {
    expect(counts(await load('/graph'))).toBe('6 bodies, 5 relations');
  });

  it('reads GraphML by its content type', async () => {
    expect(counts(await load('/org.graphml'))).toBe('6 bodies, 5 relations');
  });

  it('reads GEXF served as text/xml', async () => {
    expect(counts(await load('/graph.gexf'))).toBe('2 bodies, 1 relations');
  });

  it('says what other XML is', async () => {
    expect(counts(await load('/picture.xml'))).toBe(
      ': is XML but neither GraphML nor GEXF (its root element is <svg>)',
    );
  });
});

it('takes a web page where a model was expected for a missing file, as development servers send', async () => {
  expect(counts(await load('/page'))).toBe(': was not found (the server sent a web page instead): check the URL.');
});
