import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../model/limits.js';
import type { LoadResult } from '../../model/load-result.js';
import { loadSource } from '../../src/load-source.js';

// The widget's download of `src` against a real HTTP server, as a browser's fetch would meet it
// (Node's fetch is the same WHATWG API): what a file larger than the limit costs and says.

/** A megabyte of the letter x. */
const CHUNK = Buffer.alloc(1 << 20, 'x');

let server: Server;
let origin = '';
/** What the server sent of the last streamed answer, and whether the client went away first. */
let streamed = { bytes: 0, finished: false, closedEarly: false };
let declaredClosed: Promise<void> = Promise.resolve();

/** Writes `total` bytes of x a megabyte at a time, as fast as the client takes them, then `tail`. */
function stream(response: ServerResponse, total: number, tail = ''): void {
  streamed = { bytes: 0, finished: false, closedEarly: false };
  response.on('close', () => {
    if (!streamed.finished) streamed.closedEarly = true;
  });
  const write = () => {
    while (streamed.bytes < total && !response.destroyed) {
      const piece = CHUNK.subarray(0, Math.min(CHUNK.length, total - streamed.bytes));
      streamed.bytes += piece.length;
      if (!response.write(piece)) {
        response.once('drain', write);
        return;
      }
    }
    if (response.destroyed) return;
    streamed.finished = true;
    response.end(tail);
  };
  write();
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/declared.json') {
      // Says it is one byte over, then sends nothing and waits: the check must not read the body.
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': MAX_FILE_BYTES + 1 });
      response.write('{');
      declaredClosed = new Promise((resolve) => response.on('close', () => resolve()));
      return;
    }
    if (url.pathname === '/endless.json') {
      // No length given (chunked), and far more than the limit.
      response.writeHead(200, { 'content-type': 'application/json' });
      stream(response, MAX_FILE_BYTES * 2);
      return;
    }
    if (url.pathname === '/at-limit.json') {
      // Exactly the limit, length given: one long string, read and then found not to be a model.
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': MAX_FILE_BYTES });
      response.write('"');
      stream(response, MAX_FILE_BYTES - 2, '"');
      return;
    }
    if (url.pathname === '/stops.json') {
      // Headers and the start of a model, then nothing, the connection left open.
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"title":');
      return;
    }
    if (url.pathname === '/silent.json') return; // Never answers at all.
    if (url.pathname === '/slow.json') {
      // A model in pieces 200 ms apart: slow, but never silent for long.
      response.writeHead(200, { 'content-type': 'application/json' });
      const pieces = ['{"title":"Slow",', '"entities":[{"id":"a","name":"A","kind":"body"}],', '"relations":[]}'];
      const next = () => {
        const piece = pieces.shift();
        if (piece === undefined) response.end();
        else {
          response.write(piece);
          setTimeout(next, 200);
        }
      };
      next();
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function messages(result: LoadResult): string[] {
  return result.ok ? [] : result.errors.map((issue) => `${issue.file} ${issue.path}: ${issue.message}`);
}

describe('loadSource, given a file larger than the limit', () => {
  it('refuses it from its Content-Length, without waiting for the body, naming the limit and the URL', async () => {
    const url = `${origin}/declared.json`;
    const result = await loadSource(url, new AbortController().signal, () => {});
    expect(messages(result)).toEqual([
      `${url} : is 50,000,001 bytes, over the limit of 50,000,000 bytes (50 MB) for a model file.`,
    ]);
    // The download is let go rather than left open.
    await declaredClosed;
  });

  it('stops a download of unknown length as soon as it passes the limit', async () => {
    const url = `${origin}/endless.json`;
    const fractions: (number | null)[] = [];
    const result = await loadSource(url, new AbortController().signal, (fraction) => fractions.push(fraction));
    expect(messages(result)).toEqual([
      `${url} : is larger than the limit of 50,000,000 bytes (50 MB) for a model file; the download was stopped there.`,
    ]);
    await expect.poll(() => streamed.closedEarly).toBe(true);
    expect(streamed.finished).toBe(false);
    // What was sent past the limit is what the connection's buffers held, not the rest of the file.
    expect(streamed.bytes).toBeLessThan(MAX_FILE_BYTES * 1.5);
    expect(fractions.every((fraction) => fraction === null)).toBe(true);
  });

  it('reads a file of exactly the limit', async () => {
    const url = `${origin}/at-limit.json`;
    const result = await loadSource(url, new AbortController().signal, () => {});
    expect(messages(result)).toEqual([`${url} : expected an object, got a string`]);
  });
});

describe('loadSource, given a download that stops bringing anything', () => {
  /** A watchdog of half a second instead of STALL_MS, to keep the test short. */
  const STALL = 500;

  for (const [situation, path] of [
    ['a body that stops half-way', '/stops.json'],
    ['a server that never answers', '/silent.json'],
  ] as const) {
    it(`gives up on ${situation}, saying so, instead of waiting for ever`, async () => {
      const url = `${origin}${path}`;
      const result = await loadSource(url, new AbortController().signal, () => {}, undefined, STALL);
      expect(messages(result)).toEqual([
        `${url} : could not be read: nothing arrived for 0.5 seconds, so the download was given up.`,
      ]);
    });
  }

  it('waits for a slow download whose pieces keep coming', async () => {
    const result = await loadSource(`${origin}/slow.json`, new AbortController().signal, () => {}, undefined, STALL);
    expect(result.ok).toBe(true);
  });
});
