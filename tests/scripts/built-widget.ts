import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright';
import { build } from 'vite';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/find-chromium.mjs';

/*
 * The built widget on pages served as an intranet would serve them, for the tests that drive it
 * in headless Chromium. Built afresh into a temporary folder, so that a test never runs a stale
 * dist/ nor races an `npm run build` writing it.
 */

/**
 * The strictest policy an intranet page is likely to have: nothing inline, nothing evaluated,
 * and Trusted Types enforced. Lit's templates go through its own policy, named lit-html.
 */
export const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The widget's module and the chunks it loads on demand, built from this checkout. */
export interface BuiltWidget {
  /** The folder the build went into. */
  dir: string;
  /** Each built script, by the path the server gives it ("/governance-graph.js"). */
  files: ReadonlyMap<string, Buffer>;
  /** Deletes the folder. */
  remove(): Promise<void>;
}

export async function buildWidget(): Promise<BuiltWidget> {
  const dir = await mkdtemp(join(tmpdir(), 'governance-graph-built-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await build({
      configFile: new URL('../../vite.lib.config.ts', import.meta.url).pathname,
      logLevel: 'silent',
      build: { outDir: dir, emptyOutDir: true, sourcemap: false },
    });
  } catch (error) {
    await remove();
    throw error;
  }
  const files = new Map<string, Buffer>();
  for (const name of await readdir(dir)) {
    if (name.endsWith('.js')) files.set(`/${name}`, await readFile(join(dir, name)));
  }
  return { dir, files, remove };
}

/** A file of this checkout, by its path from the root. */
export const checkoutFile = (path: string): Promise<Buffer> => readFile(new URL(`../../${path}`, import.meta.url));

/**
 * An HTML page that loads the widget's module (and first the classic `scripts` given, as files:
 * a strict policy refuses inline ones), with `body` as its content.
 */
export function widgetPage(body: string, { scripts = [] as string[], title = 'Page', stylesheet = '' } = {}): string {
  const classic = scripts.map((src) => `<script src="${src}"></script>`).join('\n    ');
  const link = stylesheet ? `<link rel="stylesheet" href="${stylesheet}" />` : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    ${classic}
    <script type="module" src="/governance-graph.js"></script>
    ${link}
  </head>
  <body>
    ${body}
  </body>
</html>`;
}

/** How the server answers one path: anything, including never, or by cutting the connection. */
export type Route = (request: IncomingMessage, response: ServerResponse, url: URL) => void;

/** A request the server received, and how it ended. */
export interface RequestRecord {
  path: string;
  /** The query string, if any, with its "?". */
  search: string;
  /** The connection closed (whichever side closed it). */
  closed: boolean;
  /** It closed before the whole answer was written: the page gave up on it, or the route cut it. */
  cutShort: boolean;
}

/**
 * An HTTP server on 127.0.0.1 with the built widget's scripts at the root and whatever a test
 * adds: fixed files (`serve`) or routes that answer as they like (`route`). Every response
 * carries `headers` (a Content-Security-Policy, say). It logs each request and whether its
 * connection closed before the answer was complete, which is how an aborted fetch looks from here.
 */
export class TestServer {
  readonly log: RequestRecord[] = [];
  #origin = '';
  readonly #server: Server;
  readonly #routes = new Map<string, Route>();
  readonly #headers: Record<string, string>;

  private constructor(widget: BuiltWidget, headers: Record<string, string>) {
    this.#headers = headers;
    for (const [path, code] of widget.files) this.serve(path, 'text/javascript', code);
    this.#server = createServer((request, response) => this.#answer(request, response));
  }

  static async start(widget: BuiltWidget, headers: Record<string, string> = {}): Promise<TestServer> {
    const server = new TestServer(widget, headers);
    await new Promise<void>((resolve) => server.#server.listen(0, '127.0.0.1', resolve));
    server.#origin = `http://127.0.0.1:${(server.#server.address() as AddressInfo).port}`;
    return server;
  }

  /** `http://127.0.0.1:<port>`. */
  get origin(): string {
    return this.#origin;
  }

  /** The headers every response carries. */
  get headers(): Readonly<Record<string, string>> {
    return this.#headers;
  }

  /** Serves `body` at `path` with status 200 (or `status`), the common headers and `contentType` if not empty. */
  serve(path: string, contentType: string, body: string | Buffer | Uint8Array, status = 200): void {
    this.route(path, (_, response) => {
      const headers = { ...this.#headers, ...(contentType ? { 'content-type': contentType } : {}) };
      response.writeHead(status, headers).end(body);
    });
  }

  route(path: string, route: Route): void {
    this.#routes.set(path, route);
  }

  /** Forgets what `serve` or `route` put at `path`. */
  forget(path: string): void {
    this.#routes.delete(path);
  }

  /** Requests received for `path` (any query string). */
  requestsFor(path: string): RequestRecord[] {
    return this.log.filter((record) => record.path === path);
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  #answer(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const record: RequestRecord = { path: url.pathname, search: url.search, closed: false, cutShort: false };
    this.log.push(record);
    response.on('close', () => {
      record.closed = true;
      record.cutShort = !response.writableFinished;
    });
    const route = this.#routes.get(url.pathname);
    if (route) route(request, response, url);
    else if (url.pathname === '/favicon.ico') response.writeHead(204).end();
    else response.writeHead(404, { ...this.#headers, 'content-type': 'text/plain' }).end('Not found');
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
}

/** The built widget on a test server, and one Chromium page watched and open on it. */
export interface WidgetSession {
  widget: BuiltWidget;
  server: TestServer;
  browser: Browser;
  page: Page;
  watch: PageWatch;
  /** Closes the browser and the server and removes the build; harmless after a failed start. */
  close(): Promise<void>;
}

/**
 * Builds the widget, serves it, lets `serve` add the test's own pages and files, and opens
 * `path` in a new, watched Chromium page (`viewport` in CSS pixels, Playwright's default without).
 */
export async function openWidgetSession(
  serve: (server: TestServer, widget: BuiltWidget) => void | Promise<void>,
  { path = '/', viewport }: { path?: string; viewport?: { width: number; height: number } } = {},
): Promise<WidgetSession> {
  const widget = await buildWidget();
  const server = await TestServer.start(widget);
  await serve(server, widget);
  const browser = await launchChromium();
  const page = await browser.newPage(viewport ? { viewport } : {});
  const watch = watchPage(page);
  await page.goto(`${server.origin}${path}`);
  const close = async () => {
    await browser.close();
    await server.close();
    await widget.remove();
  };
  return { widget, server, browser, page, watch, close };
}

/**
 * A session on a page that shows the NATO model in `element` (a `<governance-graph src="/nato.json" …>`
 * tag), at 1280×800, once the widget has fired gov-ready (recorded on the window, since the event
 * may come before the test listens).
 */
export async function openNatoPage(element: string): Promise<WidgetSession> {
  const watch = `document.addEventListener('gov-ready', (e) => { window.govReady = e.detail; }, true);`;
  const session = await openWidgetSession(
    async (server) => {
      server.serve('/watch.js', 'text/javascript', watch);
      server.serve('/nato.json', 'application/json', await checkoutFile('model/nato-cyber-defence.json'));
      server.serve('/', 'text/html', widgetPage(element, { scripts: ['/watch.js'], title: 'NATO' }));
    },
    { viewport: { width: 1280, height: 800 } },
  );
  await session.page.waitForFunction(() => (window as unknown as { govReady?: unknown }).govReady !== undefined);
  return session;
}

/** What a page said and did that a test wants to hear about: kept from the moment it is watched. */
export interface PageWatch {
  /** Console messages, as "type: text". */
  console: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** alert(), confirm(), prompt() and beforeunload dialogs, each dismissed at once. */
  dialogs: string[];
  /** Every URL the page asked for. */
  requests: string[];
}

export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { console: [], pageErrors: [], dialogs: [], requests: [] };
  page.on('console', (message) => watch.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on('request', (request) => watch.requests.push(request.url()));
  return watch;
}

/** How one load ended, as the page saw it. */
export interface LoadOutcome {
  /** gov-ready's detail. */
  ready?: { entities: number; relations: number; milliseconds: number };
  /** gov-error's errors. */
  errors?: {
    path: string;
    message: string;
    line?: number | undefined;
    column?: number | undefined;
    file?: string | undefined;
  }[];
  /** Neither came within the time allowed: what the element showed instead. */
  stuck?: string;
  /** gov-ready and gov-error events the element fired in all, counted a moment after the first. */
  events: number;
}

/**
 * Puts a new `<governance-graph id="w">` (`height` pixels high) on the page in place of the last,
 * gives it `src`, and resolves with its first gov-ready or gov-error; after `timeout`
 * milliseconds without either, with what the element shows. The page must have loaded the widget.
 */
export function loadInto(page: Page, src: string, { timeout = 10_000, height = 600 } = {}): Promise<LoadOutcome> {
  return page.evaluate(
    async ({ src, timeout, height }) => {
      document.getElementById('w')?.remove();
      await customElements.whenDefined('governance-graph');
      const el = document.createElement('governance-graph');
      el.id = 'w';
      el.style.display = 'block';
      el.style.height = `${height}px`;
      let events = 0;
      const first = new Promise<Omit<LoadOutcome, 'events'>>((resolve) => {
        el.addEventListener('gov-ready', (e) => {
          events++;
          const { entities, relations, milliseconds } = e.detail;
          resolve({ ready: { entities, relations, milliseconds } });
        });
        el.addEventListener('gov-error', (e) => {
          events++;
          const errors = e.detail.errors.map(({ path, message, line, column, file }) => ({
            path,
            message,
            line,
            column,
            file,
          }));
          resolve({ errors });
        });
        setTimeout(
          () => resolve({ stuck: el.shadowRoot?.textContent?.trim().slice(0, 300) ?? '(no shadow root)' }),
          timeout,
        );
      });
      el.src = src;
      document.body.append(el);
      const outcome = await first;
      // A second outcome (an error after ready, say) would show within a few frames.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { ...outcome, events };
    },
    { src, timeout, height },
  );
}

/**
 * Brings the body `id` of a widget (by element id, or the `n`th `<governance-graph>` of the page)
 * to the middle of its drawing and returns where it now is, in the page's pixels: where a reader
 * would point at it. Found through the widget's view, so it does not depend on how Cytoscape's
 * elements are named.
 */
export function centreBody(page: Page, id: string, widget: string | number = 'w'): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ id, widget }) => {
      const el = (
        typeof widget === 'number'
          ? document.querySelectorAll('governance-graph')[widget]
          : document.getElementById(widget)
      ) as HTMLElementTagNameMap['governance-graph'] | null;
      const canvas = el?.shadowRoot?.querySelector('gov-canvas');
      const cy = canvas?.core;
      const node = el?.graphView?.nodes.find((n) => n.id === id);
      if (!canvas || !cy || !node) throw new Error(`${id} is not drawn`);
      cy.stop();
      const zoom = cy.zoom();
      cy.pan({ x: cy.width() / 2 - node.x * zoom, y: cy.height() / 2 - node.y * zoom });
      const box = canvas.getBoundingClientRect();
      return { x: box.left + cy.width() / 2, y: box.top + cy.height() / 2 };
    },
    { id, widget },
  );
}
