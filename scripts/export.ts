// `npm run export -- --model <file> --out <file.svg|file.png|file.json|file.csv> [options]`: draws a
// model with the real widget in headless Chromium and writes what the explorer's Export would; or,
// for a .json or .csv output, writes the model itself, with no browser.
//
// The widget and exporters are bundled in memory by Vite and served to the page through
// Playwright's request interception, so nothing listens on a port, nothing is written but the
// output, and the page can reach no network at all.
import { accessSync, constants, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeText, TextEncoding } from '../model/decode-text.js';
import { didYouMeanText } from '../model/did-you-mean.js';
import { CSV_BYTE_ORDER_MARK, exportCsv } from '../model/export-csv.js';
import { detectFormat, FileFormat, formatOfName } from '../model/file-format.js';
import { formatIssue } from '../model/format-issue.js';
import type { GovernanceGraph } from '../model/graph.js';
import { importCsv } from '../model/import-csv.js';
import { importGraphFile } from '../model/import-graph-file.js';
import { importXlsx } from '../model/import-xlsx.js';
import { fileTooLarge, MAX_FILE_BYTES } from '../model/limits.js';
import { type LoadResult, loadModel } from '../model/load.js';
import { dateRange, structureAt } from '../model/queries/structure-at.js';
import type { GovernanceModel } from '../model/types.js';
// Bundled into the package's command line as the version it was built at.
import packageJson from '../package.json' with { type: 'json' };
import type { ExportRequest, ExportResponse } from './export-harness.js';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './find-chromium.mjs';
import { bundlePage, openBundledPage } from './harness-page.js';

/**
 * The page that draws, built beside this file when this is the package's command line
 * (dist/cli/, by scripts/build-cli.mjs); in a checkout, bundled from source on each run instead.
 */
const BUILT_PAGE = new URL('./export-page.js', import.meta.url);
const BUILT = existsSync(BUILT_PAGE);
/** How the command is started: the installed package's bin, or the checkout's npm script. */
const COMMAND = BUILT ? 'governance-graph export' : 'npm run export --';

const USAGE =
  `usage: ${COMMAND} --model <file.json|.csv|.tsv|.xlsx|.graphml|.gexf|.xml> [--focus <id>] [--year <yyyy>] ` +
  '[--layout TB|LR] [--theme light|dark] [--scale 1-4] [--expand-all] [--no-title] [--no-legend] ' +
  '[--columns "id:<header>;parentId:<header>"] --out <file.svg|.png|.json|.csv>';
/** What --out's extension asks for: a drawing, or the model itself. */
const OUTPUTS = { '.svg': 'svg', '.png': 'png', '.json': 'json', '.csv': 'csv' } as const;
type Output = (typeof OUTPUTS)[keyof typeof OUTPUTS];
const HARNESS = 'scripts/export-harness.html';
const TIMEOUT_MS = 60_000;

/**
 * Ends the process with its message: 0 for an answer (the usage or the version, asked for), 2 for
 * a command line that makes no sense, 1 for anything else.
 */
class Exit extends Error {
  constructor(
    message: string,
    readonly code: 0 | 1 | 2,
  ) {
    super(message);
  }
}

/** The most problems listed, and the longest line, before the rest is counted instead of printed. */
const MAX_LISTED = 20;
const MAX_LINE = 300;

/** Problems one per line, long ones cut and long lists folded, so that a terminal stays readable. */
function fold(lines: readonly string[]): string {
  const cut = (line: string) =>
    line.length <= MAX_LINE
      ? line
      : `${line.slice(0, MAX_LINE)}… (${(line.length - MAX_LINE).toLocaleString('en')} more characters)`;
  const shown = lines.slice(0, MAX_LISTED).map(cut);
  if (lines.length > MAX_LISTED) shown.push(`… and ${(lines.length - MAX_LISTED).toLocaleString('en')} more problems`);
  return shown.join('\n');
}

interface Options {
  model: string;
  /** Which header to read for some columns of a CSV file or a JSON array of rows (parseColumnMapping). */
  columns: string | null;
  out: string;
  output: Output;
  request: Omit<ExportRequest, 'model'>;
}

function parseOptions(argv: string[]): Options {
  let values: ReturnType<typeof parse>['values'];
  const parse = (args: string[]) =>
    parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        model: { type: 'string' },
        columns: { type: 'string' },
        out: { type: 'string' },
        focus: { type: 'string' },
        year: { type: 'string' },
        layout: { type: 'string' },
        theme: { type: 'string' },
        scale: { type: 'string' },
        'no-title': { type: 'boolean' },
        'no-legend': { type: 'boolean' },
        'expand-all': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  try {
    ({ values } = parse(argv));
  } catch (error) {
    throw new Exit(`export: ${(error as Error).message.split('\n')[0]}\n${USAGE}`, 2);
  }
  if (values.help) throw new Exit(USAGE, 0);
  if (values.version) throw new Exit(packageJson.version, 0);
  const bad = (what: string) => new Exit(`export: ${what}\n${USAGE}`, 2);
  if (!values.model) throw bad('--model is required');
  if (!values.out) throw bad('--out is required');
  const output = OUTPUTS[extname(values.out).toLowerCase() as keyof typeof OUTPUTS] as Output | undefined;
  if (output === undefined) throw bad(`--out must end in .svg, .png, .json or .csv: ${values.out}`);
  // The content decides between the formats (a workbook saved as .csv is read as a workbook); a
  // name of none of them is more likely a slip than a model.
  if (formatOfName(values.model) === undefined && extname(values.model).toLowerCase() !== '.xml') {
    throw bad(`--model must be a .json, .csv, .tsv, .xlsx, .graphml, .gexf or .xml file: ${values.model}`);
  }
  const layout = (values.layout ?? 'TB').toUpperCase();
  if (layout !== 'TB' && layout !== 'LR') throw bad(`--layout must be TB or LR, not ${values.layout}`);
  const theme = values.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark') throw bad(`--theme must be light or dark, not ${values.theme}`);
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
    throw bad(`--year must be a four-digit year, not ${values.year}`);
  }
  const scale = values.scale === undefined ? 2 : Number(values.scale);
  if (!(scale >= 1 && scale <= 4)) throw bad(`--scale must be a number from 1 to 4, not ${values.scale}`);
  return {
    model: values.model,
    columns: values.columns ?? null,
    out: values.out,
    output,
    request: {
      format: output === 'png' ? 'png' : 'svg',
      focus: values.focus ?? null,
      year: values.year === undefined ? null : Number(values.year),
      layout,
      theme,
      scale,
      title: !values['no-title'],
      legend: !values['no-legend'],
      expandAll: values['expand-all'] ?? false,
    },
  };
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a model file',
  EACCES: 'cannot be read: permission denied',
  EPERM: 'cannot be read: permission denied',
};

/**
 * The model in the file, read by the reader for its format (by content and name, as the widget
 * does) with the given column mapping, and validated in Node so that errors are reported before a
 * browser starts. What the widget's warning bar would say is printed to stderr.
 */
async function readModel(file: string, columns: string | null): Promise<LoadResult & { ok: true }> {
  let bytes: Buffer;
  try {
    // A pipe or device would be read until it ends, which may be never.
    const stat = statSync(file);
    if (!stat.isFile() && !stat.isDirectory()) throw new Exit(`${file}: is not a regular file`, 1);
    // The widget's limit, checked before reading so that a huge file is not read at all.
    if (stat.isFile() && stat.size > MAX_FILE_BYTES) throw new Exit(`${file}: ${fileTooLarge(stat.size)}`, 1);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof Exit) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new Exit(`${file}: ${READ_ERRORS[code] ?? `cannot be read (${code || (error as Error).message})`}`, 1);
  }
  const format = detectFormat(file, '', bytes);
  const result =
    format === FileFormat.xlsx ? await importXlsx(bytes, { file, columns }) : readText(file, bytes, format, columns);
  if (!result.ok) throw new Exit(fold(result.errors.map(formatIssue)), 1);
  // What the widget's warning bar would say (a superior no row has, no parent column…).
  if (result.warnings.length > 0) console.error(fold(result.warnings.map(formatIssue)));
  return result;
}

function readText(file: string, bytes: Uint8Array, format: FileFormat, columns: string | null): LoadResult {
  const { text, encoding } = decodeText(bytes);
  if (encoding === TextEncoding.windows1252) {
    console.error(`${file}: is not UTF-8, so it was read as Windows-1252; if any letter looks wrong, save it as UTF-8`);
  }
  if (format === FileFormat.csv) return importCsv(text, { file, columns });
  if (format === FileFormat.graphml || format === FileFormat.gexf) return importGraphFile(text, { file });
  return loadModel(text, { file, columns });
}

/**
 * Playwright's driver, without its browser downloads: the package leaves it to the few who draw
 * from the command line (an optional peer dependency), so a page's install does not carry it.
 */
async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core');
  } catch {
    throw new Exit('export: drawing an SVG or PNG needs playwright-core: npm install playwright-core', 1);
  }
}

/**
 * The export page's files by path, and the page's own path. Built: the page beside this file and
 * the widget's bundle in the folder above (dist/), read from disk; in a checkout, bundled now.
 */
async function exportPage(): Promise<[Map<string, string | Uint8Array>, string]> {
  if (!BUILT) return [await bundlePage(HARNESS), HARNESS];
  const dist = new URL('../', import.meta.url);
  const files = new Map<string, string | Uint8Array>();
  for (const name of readdirSync(dist).filter((n) => /^governance-graph(-.+)?\.js$/.test(n))) {
    files.set(name, readFileSync(new URL(name, dist)));
  }
  files.set('cli/export-page.js', readFileSync(BUILT_PAGE));
  files.set('cli/export-page.html', EXPORT_PAGE_HTML);
  return [files, 'cli/export-page.html'];
}

const EXPORT_PAGE_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>governance-graph export</title>' +
  '<script type="module" src="./export-page.js"></script></head><body style="margin: 0"></body></html>';

async function render(
  file: string,
  model: GovernanceModel,
  request: Omit<ExportRequest, 'model'>,
): Promise<ExportResponse> {
  const executablePath = findChromium();
  if (!executablePath) throw new Exit(INSTALL_HINT, 1);
  const [{ chromium }, [files, pagePath]] = await Promise.all([loadPlaywright(), exportPage()]);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await openBundledPage(browser, files, pagePath);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.waitForFunction(() => typeof window.governanceExport === 'function', null, { timeout: TIMEOUT_MS });
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(
        () =>
          reject(new Error(`${file}: gave up after ${TIMEOUT_MS / 1000} s drawing it (no picture and no error came)`)),
        TIMEOUT_MS,
      ).unref(),
    );
    try {
      return await Promise.race([page.evaluate((r) => window.governanceExport(r), { ...request, model }), timeout]);
    } catch (error) {
      // Playwright wraps page errors in several lines of its own; the first says what went wrong.
      const message = (error as Error).message.split('\n')[0]!.replace(/^page\.evaluate: (\w*Error: )?/, '');
      throw new Exit(`export: ${message}${pageErrors.length > 0 ? ` (${pageErrors[0]})` : ''}`, 1);
    }
  } finally {
    await browser.close();
  }
}

/** What --out asks for: the drawing (in headless Chromium), or the model as JSON or CSV (in Node). */
async function output(options: Options, model: GovernanceModel): Promise<string | Buffer> {
  if (options.output === 'json') return `${JSON.stringify(model, null, 2)}\n`;
  if (options.output === 'csv') {
    const { csv, omitted } = exportCsv(model);
    if (omitted > 0) {
      const lines = omitted === 1 ? '1 relation' : `${omitted.toLocaleString('en')} relations`;
      console.error(
        `${options.out}: ${lines} of the model's own types outside the chain of command left out (CSV cannot declare relation types)`,
      );
    }
    return `${CSV_BYTE_ORDER_MARK}${csv}`;
  }
  const response = await render(options.model, model, options.request);
  return 'svg' in response ? response.svg : Buffer.from(response.png.replace(/^data:[^,]*,/, ''), 'base64');
}

/**
 * A picture whose title names a year the model does not cover, or a body that did not exist in
 * that year, would say something untrue: both are refused (status 2) before anything is drawn.
 */
function checkYear(options: Options, graph: GovernanceGraph): void {
  const { year, focus } = options.request;
  if (year === null) return;
  const range = dateRange(graph);
  // A model without dates stands as it is in any year.
  if (range !== null && (year < range.first || year > range.last)) {
    throw new Exit(`export: --year ${year} is outside ${options.model}'s years (${range.first} to ${range.last})`, 2);
  }
  if (focus !== null && !structureAt(graph, year).hasNode(focus)) {
    throw new Exit(`export: --focus "${focus}" did not exist in ${year} (--year); choose another body or year`, 2);
  }
}

async function main(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const loaded = await readModel(options.model, options.columns);
  const focus = options.request.focus;
  if (focus !== null && !loaded.graph.hasNode(focus)) {
    const candidates = loaded.graph.mapNodes((id, entity) => ({ id, acronym: entity.acronym }));
    throw new Exit(
      `export: --focus "${focus}" is not an entity of ${options.model}${didYouMeanText(focus, candidates)}`,
      2,
    );
  }
  checkYear(options, loaded.graph);
  // Checked before the drawing, which takes seconds: a picture that cannot be written is wasted.
  const outDir = dirname(resolve(options.out));
  if (!statSync(outDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Exit(`${options.out}: no such directory ${outDir}`, 1);
  }
  if (statSync(options.out, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Exit(`${options.out}: is a directory, not a file to write`, 1);
  }
  try {
    accessSync(outDir, constants.W_OK);
  } catch {
    throw new Exit(`${options.out}: cannot be written (permission denied in ${outDir})`, 1);
  }

  const started = performance.now();
  const data = await output(options, loaded.model);
  try {
    writeFileSync(options.out, data);
  } catch (error) {
    throw new Exit(`${options.out}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 1);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  console.log(`wrote ${options.out} (${bytes.toLocaleString('en')} bytes, ${seconds} s)`);
}

// The package's bin takes the command's name first (`governance-graph export --model …`).
const args = process.argv.slice(2);
if (BUILT && args[0] === 'export') args.shift();
main(args).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof Exit && error.code === 0) console.log(error.message);
    else console.error(error instanceof Exit ? error.message : `export: ${(error as Error)?.message ?? String(error)}`);
    process.exit(error instanceof Exit ? error.code : 1);
  },
);
