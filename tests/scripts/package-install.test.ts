import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEME_PROPERTIES } from '../../src/view/theme.js';
import { launchChromium, type PageWatch, watchPage } from './built-widget.js';
import {
  clickBody,
  copyExample,
  filesOf,
  type InstalledPackage,
  installPackage,
  REPO,
  serveFolder,
} from './installed-package.js';

/*
 * The package as published: packed, installed from the tarball into a new project, and used
 * there as the README says, through the files of examples/frameworks/ that the README shows.
 */

const run = promisify(execFile);
const CDN = 'https://cdn.jsdelivr.net/npm/governance-graph@0.1.0/dist/';
const LOCAL = '/node_modules/governance-graph/dist/';
const BODY = 'cyber-defence-committee';

let installed: InstalledPackage;
let project: string;
let browser: Browser;
const servers: Server[] = [];

beforeAll(async () => {
  installed = await installPackage();
  project = installed.project;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  await installed?.remove();
});

/** Serves `root` and opens `path` in a new, watched page. */
async function open(
  root: string,
  path: string,
  pages: Record<string, string> = {},
): Promise<{ page: Page; watch: PageWatch }> {
  const { origin, server } = await serveFolder(root, pages);
  servers.push(server);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const watch = watchPage(page);
  await page.goto(`${origin}${path}`);
  return { page, watch };
}

/**
 * Builds an example app with Vite, against the installed package; returns its output folder.
 * React's and Vue's development builds, which check most (hydration, props) and say so on the console.
 */
async function buildApp(dir: string, options: { configFile?: string } = {}): Promise<string> {
  await build({
    root: dir,
    configFile: options.configFile ?? false,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022' },
  });
  return join(dir, 'dist');
}

const pageErrors = (watch: PageWatch) => [
  ...watch.pageErrors,
  ...watch.console.filter((line) => line.startsWith('error')),
];

describe('the packed package', { timeout: 90_000 }, () => {
  it('ships every chunk, the typings, the notices and the command line, and its exports resolve', async () => {
    const pkg = join(project, 'node_modules/governance-graph');
    const files = await filesOf(pkg);
    const manifest = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8'));
    expect(manifest.private).toBeUndefined();
    expect(files).toContain('LICENSE');
    expect(await readFile(join(pkg, 'dist/THIRD-PARTY-LICENSES.md'), 'utf8')).toContain('## cytoscape - ');
    // Every chunk either bundle imports, statically or on demand, is in the package.
    for (const entry of ['dist/governance-graph.js', 'dist/npm/governance-graph.js', 'dist/npm/model.js']) {
      const code = await readFile(join(pkg, entry), 'utf8');
      for (const [, chunk] of code.matchAll(/["'](\.\/[^"']+\.js)["']/g)) {
        expect(files).toContain(join(entry, '..', chunk!));
      }
    }
    const subpaths = ['.', './model', './cdn', './schema.json', './nato-cyber-defence.json', './custom-elements.json'];
    const { stdout } = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `for (const p of ${JSON.stringify([...subpaths, './package.json'])})
           console.log(import.meta.resolve('governance-graph' + p.slice(1)));`,
      ],
      { cwd: project },
    );
    const resolved = stdout
      .trim()
      .split('\n')
      .map((url) => relative(pkg, fileURLToPath(url)));
    expect(resolved).toEqual([
      'dist/npm/governance-graph.js',
      'dist/npm/model.js',
      'dist/governance-graph.js',
      'model/governance-model.schema.json',
      'model/nato-cyber-defence.json',
      'dist/custom-elements.json',
      'package.json',
    ]);
    for (const file of resolved) expect(files).toContain(file);
    // The NATO model names its schema beside it, as a model of one's own may: `$schema` resolves.
    const nato = JSON.parse(await readFile(join(pkg, 'model/nato-cyber-defence.json'), 'utf8'));
    expect(files).toContain(join('model', nato.$schema));
    // The npm build leaves its dependencies to the install: Lit is imported, not bundled.
    expect(await readFile(join(pkg, 'dist/npm/governance-graph.js'), 'utf8')).toMatch(/from "lit"/);
  });

  it('describes <governance-graph> alone in its custom-elements manifest, in files the package has', async () => {
    const pkg = join(project, 'node_modules/governance-graph');
    const files = await filesOf(pkg);
    const { customElements } = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8'));
    const manifest = JSON.parse(await readFile(join(pkg, customElements), 'utf8'));
    const paths = manifest.modules.flatMap(
      (module: { path: string; exports?: { declaration: { module?: string } }[] }) => [
        module.path,
        ...(module.exports ?? []).flatMap((e) => e.declaration.module ?? []),
      ],
    );
    expect(paths).toContain('dist/npm/governance-graph.js');
    for (const path of paths) expect(files).toContain(path);
    const declarations = manifest.modules.flatMap((module: { declarations?: unknown[] }) => module.declarations ?? []);
    const elements = declarations.filter((d: { customElement?: boolean }) => d.customElement);
    expect(elements.map((d: { tagName: string }) => d.tagName)).toEqual(['governance-graph']);
    // Every custom property the widget reads is documented, for IDEs and the generated typings.
    const documented = elements[0].cssProperties.map((p: { name: string }) => p.name);
    expect(documented).toEqual(expect.arrayContaining([...Object.values(THEME_PROPERTIES), '--gov-radius']));
    const bin = join(project, 'node_modules/.bin/governance-graph');
    expect((await run(bin, ['--version'])).stdout).toBe(
      `${JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')).version}\n`,
    );
  });

  it('loads and queries the NATO model in Node, and imports the element there without throwing', async () => {
    await cp(join(REPO, 'model/nato-cyber-defence.json'), join(project, 'nato.json'));
    const script = `
      import { readFileSync } from 'node:fs';
      const { loadModel, chainOfCommand } = await import('governance-graph/model');
      const result = loadModel(readFileSync('nato.json', 'utf8'));
      const element = await import('governance-graph');
      console.log(JSON.stringify({
        ok: result.ok,
        bodies: result.graph.order,
        chains: chainOfCommand(result.graph, 'ncirc-technical-centre'),
        element: typeof element.GovernanceGraphElement,
      }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: project });
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ ok: true, bodies: 56, element: 'function' });
    expect(answer.chains.flat()).toContain('nci-agency');
  });

  it('draws a JSON src on a plain page from the CDN bundle, and exports SVG and PNG', async () => {
    const dir = await copyExample(project, 'html');
    const html = (await readFile(join(dir, 'index.html'), 'utf8')).replace(CDN, LOCAL);
    const { page, watch } = await open(project, '/html/', { '/html/': html });
    await clickBody(page, BODY);
    const exported = await page.evaluate(async () => {
      const el = document.querySelector('governance-graph')!;
      const svg = await el.exportSvg();
      const png = await el.exportPng({ pixelRatio: 1 });
      const head = new Uint8Array(await png.slice(0, 4).arrayBuffer());
      return { svg: svg.slice(0, 200), pngType: png.type, pngHead: [...head] };
    });
    expect(exported.svg).toContain('<svg');
    expect(exported.pngType).toBe('image/png');
    expect(exported.pngHead).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(watch.console).toContain(`log: selected ${BODY}`);
    expect(pageErrors(watch)).toEqual([]);
  });

  it('works with two copies of the module on one page', async () => {
    // The same bundle from two places, as two widgets' script tags might load it.
    await cp(join(project, LOCAL), join(project, 'second-copy'), { recursive: true });
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two copies</title>
      <script type="module" src="${LOCAL}governance-graph.js"></script>
      <script type="module" src="/second-copy/governance-graph.js"></script></head>
      <body><governance-graph src="/nato.json" style="display:block;height:500px"></governance-graph>
      <governance-graph src="/nato.json" style="display:block;height:500px"></governance-graph></body></html>`;
    const { page, watch } = await open(project, '/', { '/': html });
    const selected: string[] = [];
    await page.exposeFunction('reportSelect', (id: string) => selected.push(id));
    await page.evaluate(() =>
      document.addEventListener('gov-select', (e) =>
        (window as unknown as { reportSelect(id: unknown): void }).reportSelect(
          (e as CustomEvent<{ id: string }>).detail.id,
        ),
      ),
    );
    await clickBody(page, BODY, 0);
    await clickBody(page, BODY, 1);
    await expect.poll(() => selected).toEqual([BODY, BODY]);
    expect(pageErrors(watch)).toEqual([]);
    // The second copy finds its tags taken, and says so once each, as information.
    const told = watch.console.filter((line) => line.startsWith('info: <governance-graph> was already defined'));
    expect(told).toHaveLength(1);
    expect(watch.console.filter((line) => line.startsWith('warning'))).toEqual([]);
  });

  it('renders in a React 19 app with a model object, which receives gov-select', async () => {
    const dir = await copyExample(project, 'react');
    const { page, watch } = await open(await buildApp(dir), '/');
    await clickBody(page, BODY);
    await expect.poll(() => page.textContent('#selected')).toBe(`Selected: ${BODY}`);
    expect(pageErrors(watch)).toEqual([]);
  });

  it('renders in a Vue 3 app with a model object, which receives gov-select', async () => {
    const dir = await copyExample(project, 'vue');
    const { page, watch } = await open(await buildApp(dir, { configFile: join(dir, 'vite.config.js') }), '/');
    await clickBody(page, BODY);
    await expect.poll(() => page.textContent('#selected')).toBe(`Selected: ${BODY}`);
    expect(pageErrors(watch)).toEqual([]);
  });

  it('renders on the server (Next.js-style) and comes alive when hydrated', async () => {
    const dir = await copyExample(project, 'next');
    await writeFile(
      join(dir, 'server.jsx'),
      `import { renderToString } from 'react-dom/server';\nimport Page from './page.jsx';\nexport const render = () => renderToString(<Page />);\n`,
    );
    await writeFile(
      join(dir, 'client.jsx'),
      `import { hydrateRoot } from 'react-dom/client';\nimport Page from './page.jsx';\nhydrateRoot(document.getElementById('root'), <Page />);\n`,
    );
    await writeFile(
      join(dir, 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server-rendered</title><script type="module" src="./client.jsx"></script></head><body><div id="root"><!--app--></div></body></html>',
    );
    await build({
      root: dir,
      configFile: false,
      logLevel: 'error',
      build: { ssr: 'server.jsx', outDir: join(dir, 'server') },
    });
    const rendered = await run(
      process.execPath,
      ['--input-type=module', '-e', `console.log((await import('./server/server.js')).render())`],
      { cwd: dir },
    );
    const markup = rendered.stdout.trim();
    expect(markup).toContain('<governance-graph');
    expect(markup).not.toContain('[object Object]');
    const out = await buildApp(dir);
    const html = (await readFile(join(out, 'index.html'), 'utf8')).replace('<!--app-->', markup);
    const { page, watch } = await open(out, '/', { '/': html });
    await clickBody(page, BODY);
    await expect.poll(() => page.textContent('#selected')).toBe(`Selected: ${BODY}`);
    expect(pageErrors(watch)).toEqual([]);
  });

  it('type-checks a consumer: el.model against the model type, event details, and React JSX', async () => {
    const good = `import 'governance-graph';
import type {} from 'governance-graph/react';
import type { GovernanceModel } from 'governance-graph';
import nato from 'governance-graph/nato-cyber-defence.json';
const model: GovernanceModel = { title: 'Board', entities: [{ id: 'board', name: 'Board', kind: 'committee' }], relations: [] };
const el = document.createElement('governance-graph');
el.model = model;
el.model = JSON.stringify(model);
el.model = nato as GovernanceModel;
el.addEventListener('gov-select', (e) => { const id: string | null = e.detail.id; console.log(id); });
export const chart = <governance-graph model={model} ongov-select={(e) => console.log(e.detail.id)} />;
// React's own props of an HTML element come with the element's, and ref is the element.
export const withReactProps = (
  <governance-graph
    ref={(element) => element?.fit()}
    className="chart"
    style={{ display: 'block', height: 600 }}
    role="application"
    suppressHydrationWarning
    onClick={(e) => e.currentTarget.select(null)}
    onKeyDown={(e) => console.log(e.key)}
  />
);
`;
    const wrong = `import 'governance-graph';
import type {} from 'governance-graph/react';
const el = document.createElement('governance-graph');
el.model = { title: 'Board', entities: [{ id: 1, name: 'Board' }], relations: [] };
export const view = <governance-graph graphView={null} />;
export const graph = <governance-graph governanceGraph={null} />;
`;
    await writeFile(join(project, 'good.tsx'), good);
    await writeFile(join(project, 'wrong.tsx'), wrong);
    const tsc = (file: string) =>
      run(
        process.execPath,
        [
          join(REPO, 'node_modules/typescript/bin/tsc'),
          '--strict',
          '--noEmit',
          '--target',
          'es2022',
          '--module',
          'esnext',
          '--moduleResolution',
          'bundler',
          '--resolveJsonModule',
          '--jsx',
          'react-jsx',
          '--lib',
          'es2023,dom,dom.iterable',
          '--types',
          'react',
          file,
        ],
        { cwd: project },
      ).then(
        () => '',
        (error: { stdout: string }) => error.stdout,
      );
    expect(await tsc('good.tsx')).toBe('');
    const errors = await tsc('wrong.tsx');
    expect(errors).toMatch(/wrong\.tsx\(4,[^\n]*Type 'number' is not assignable to type 'string'/);
    // A getter is no prop: React would try to set it, and the element's getter would throw.
    expect(errors).toMatch(/wrong\.tsx\(5,.*\n\s+Property 'graphView' does not exist/);
    expect(errors).toMatch(/wrong\.tsx\(6,.*\n\s+Property 'governanceGraph' does not exist/);
  });

  it('type-checks a Vue consumer with vue-tsc: @gov-select gets the event with its detail', async () => {
    const dir = join(project, 'vue-typed');
    const script = `import { ref } from 'vue';
import 'governance-graph';
import type {} from 'governance-graph/vue';
import type { GovernanceModel } from 'governance-graph';
import nato from 'governance-graph/nato-cyber-defence.json';
const model = nato as GovernanceModel;
const selected = ref<string | null>(null);`;
    await mkdir(dir);
    await writeFile(
      join(dir, 'Good.vue'),
      `<script setup lang="ts">\n${script}\n</script>\n\n<template>\n  <governance-graph :model="model" @gov-select="selected = $event.detail.id" />\n</template>\n`,
    );
    await writeFile(
      join(dir, 'Wrong.vue'),
      `<script setup lang="ts">\n${script}\n</script>\n\n<template>\n  <governance-graph :model="model" @gov-select="selected = $event.detail.nope" />\n</template>\n`,
    );
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          resolveJsonModule: true,
          lib: ['es2023', 'dom', 'dom.iterable'],
          types: [],
        },
        include: ['*.vue'],
      }),
    );
    const errors = await run(
      process.execPath,
      [join(REPO, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', 'tsconfig.json'],
      {
        cwd: dir,
      },
    ).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
    expect(errors).not.toContain('Good.vue');
    expect(errors).toMatch(/Wrong\.vue\(12,[^\n]*Property 'nope' does not exist on type 'GovSelectDetail'/);
  });

  it('draws from the command line: governance-graph export', async () => {
    const bin = join(project, 'node_modules/.bin/governance-graph');
    const { stdout } = await run(
      bin,
      ['export', '--model', join(REPO, 'model/nato-cyber-defence.json'), '--focus', BODY, '--out', 'nato.svg'],
      { cwd: project },
    );
    expect(stdout).toMatch(/^wrote nato\.svg/);
    expect(await readFile(join(project, 'nato.svg'), 'utf8')).toContain(`data-id="${BODY}"`);
  });
});
