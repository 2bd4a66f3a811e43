import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright';
import { centreBody } from './built-widget.js';

/*
 * The package as a consumer gets it: built from this checkout in a copy of its own (so that the
 * checkout's dist/ is neither used nor overwritten), packed with `npm pack`, and installed from
 * the tarball into a new project beside the packages its examples use.
 */

const run = promisify(execFile);
export const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** What the package build reads: the sources, the build's configuration and scripts, the files it ships. */
const PACKAGE_SOURCES = [
  'package.json',
  'LICENSE',
  'README.md',
  'src',
  'model',
  'scripts',
  'tsconfig.json',
  'tsconfig.lib.json',
  'vite.lib.config.ts',
  'vite.npm.config.ts',
  'custom-elements-manifest.config.mjs',
];

/** The packages the example apps import, at the versions this checkout has (so that npm's cache has them). */
const APP_PACKAGES = [
  'react',
  'react-dom',
  'vue',
  '@vitejs/plugin-vue',
  '@types/react',
  '@types/react-dom',
  'playwright-core',
];

export interface InstalledPackage {
  /** The consumer project: `node_modules/governance-graph` is the installed package. */
  project: string;
  /** The tarball's file name. */
  tarball: string;
  remove(): Promise<void>;
}

async function installedVersion(name: string): Promise<string> {
  const json = JSON.parse(await readFile(join(REPO, 'node_modules', name, 'package.json'), 'utf8'));
  return json.version as string;
}

/** Builds and packs the package, and installs the tarball into a new project; slow (a minute or two). */
export async function installPackage(): Promise<InstalledPackage> {
  const root = await mkdtemp(join(tmpdir(), 'governance-graph-package-'));
  const remove = () => rm(root, { recursive: true, force: true });
  try {
    const source = join(root, 'source');
    for (const path of PACKAGE_SOURCES) await cp(join(REPO, path), join(source, path), { recursive: true });
    await symlink(join(REPO, 'node_modules'), join(source, 'node_modules'), 'dir');
    await run('npm', ['run', 'build:package'], { cwd: source, maxBuffer: 64 * 1024 * 1024 });
    const packed = await run('npm', ['pack', '--pack-destination', root], { cwd: source });
    const tarball = packed.stdout.trim().split('\n').at(-1)!;

    const project = join(root, 'project');
    await mkdir(project);
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const apps = await Promise.all(APP_PACKAGES.map(async (name) => `${name}@${await installedVersion(name)}`));
    await run(
      'npm',
      ['install', join(root, tarball), ...apps, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
      { cwd: project, maxBuffer: 64 * 1024 * 1024 },
    );
    return { project, tarball, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** Copies an example folder of this checkout (`examples/frameworks/<name>`) into the project, beside the NATO model. */
export async function copyExample(project: string, name: string): Promise<string> {
  const dir = join(project, name);
  await cp(join(REPO, 'examples/frameworks', name), dir, { recursive: true });
  await cp(join(REPO, 'model/nato-cyber-defence.json'), join(dir, 'nato-cyber-defence.json'));
  return dir;
}

/** Every file of a folder, recursively, by its path from the folder. */
export async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
};

/** A static file server on 127.0.0.1 for `root`, with `pages` (path → HTML) served first. */
export async function serveFolder(
  root: string,
  pages: Record<string, string> = {},
): Promise<{ origin: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (pages[path] !== undefined)
      return void response.writeHead(200, { 'content-type': CONTENT_TYPES['.html']! }).end(pages[path]);
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Waits for the page's `<governance-graph>` (the `index`th) to draw, then clicks `id` where it is drawn, as a reader would. */
export async function clickBody(page: Page, id: string, index = 0): Promise<void> {
  await page.waitForFunction(
    (index) => {
      const el = document.querySelectorAll('governance-graph')[index] as HTMLElementTagNameMap['governance-graph'];
      return Boolean(el?.graphView?.nodes.length && el.shadowRoot?.querySelector('gov-canvas')?.core);
    },
    index,
    { timeout: 30_000 },
  );
  const point = await centreBody(page, id, index);
  await page.mouse.click(point.x, point.y);
}
