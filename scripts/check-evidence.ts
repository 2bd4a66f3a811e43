/**
 * Checks that every evidence quote in a model is copied exactly from its source text.
 *
 *   npx tsx scripts/check-evidence.ts [model.json] [source.txt]
 *
 * Defaults to the NATO dataset and its seed page, both found from the repository root, so the
 * script works from any directory. GOV_SOURCE_TEXT names another source text when no second
 * argument is given. Exits 1 when a quote is missing or a file cannot be read, 0 otherwise.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkEvidence, evidenceQuotes, nearestLine } from './evidence.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_MODEL = resolve(REPO_ROOT, 'model/nato-cyber-defence.json');
const DEFAULT_SOURCE = resolve(REPO_ROOT, '../shared/seed/nato-cyber-defence.txt');
/** Long enough to recognise a line, short enough to keep one failure on a screen. */
const HINT_LENGTH = 160;

function shown(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') ? path : fromHere;
}

function readText(path: string, what: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    console.error(`check-evidence: cannot read the ${what} ${shown(path)}: ${(cause as Error).message}`);
    return undefined;
  }
}

function hint(sourceText: string, quote: string): string | undefined {
  const near = nearestLine(sourceText, quote);
  if (!near) return undefined;
  if (near.differsOnlyInPunctuation) {
    return `  line ${near.line} has it with different quotes, dashes or spaces: copy the characters exactly`;
  }
  const text = near.text.trim();
  const excerpt = text.length > HINT_LENGTH ? `${text.slice(0, HINT_LENGTH)}…` : text;
  return `  closest is line ${near.line}: "${excerpt}"`;
}

function main(args: string[]): number {
  const modelPath = args[0] === undefined ? DEFAULT_MODEL : resolve(args[0]);
  const sourceArg = args[1] ?? process.env.GOV_SOURCE_TEXT;
  const sourcePath = sourceArg === undefined || sourceArg === '' ? DEFAULT_SOURCE : resolve(sourceArg);

  const modelText = readText(modelPath, 'model');
  const sourceText = readText(sourcePath, 'source text');
  if (modelText === undefined || sourceText === undefined) return 1;

  let model: unknown;
  try {
    model = JSON.parse(modelText.startsWith('\uFEFF') ? modelText.slice(1) : modelText);
  } catch (cause) {
    console.error(`check-evidence: ${shown(modelPath)} is not JSON: ${(cause as Error).message}`);
    return 1;
  }

  const checked = evidenceQuotes(model).length;
  const failures = checkEvidence(model, sourceText);
  for (const { path, quote } of failures) {
    console.error(`${path}: evidence not found in ${shown(sourcePath)}: "${quote}"`);
    const help = hint(sourceText, quote);
    if (help !== undefined) console.error(help);
  }
  const summary = `${checked} quotes checked, ${failures.length} not found`;
  if (failures.length > 0) console.error(summary);
  else console.log(summary);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
