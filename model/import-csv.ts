import { type CsvColumn, matchColumns, REQUIRED_CSV_COLUMNS } from './csv-columns.js';
import { type CsvRow, readCsvRows } from './csv-rows.js';
import { type Candidate, suggester } from './did-you-mean.js';
import type { DraftIssue } from './issue.js';
import type { TextPosition } from './json-positions.js';
import { toKebabCase } from './kebab-case.js';
import { MODEL_LIMITS, type ModelLimits, textTooLong } from './limits.js';
import { type LoadResult, loadResult } from './load-result.js';
import { LoadStep, type LoadSteps, runSteps } from './load-steps.js';
import { quote } from './message-text.js';
import { toPlainData } from './plain-data.js';
import { relationTypeTable } from './relation-types.js';
import type { Entity, GovernanceModel, ModelIssue, Relation } from './types.js';
import { tooMany } from './validate-limits.js';
import { validateModel } from './validate-model.js';

export interface ImportCsvOptions {
  /** The file or URL the CSV came from: named in every issue, and the model's title by default. */
  file?: string | undefined;
  /** The model's title; otherwise the file's name without its extension, or "Organisation chart". */
  title?: string | undefined;
  /** The limits to hold the model to; model/limits.ts's unless given. */
  limits?: ModelLimits | undefined;
}

/**
 * Imports an org chart kept as CSV, the format spreadsheets and d3-org-chart use: a header row,
 * then one body per row with `id`, `parentId` and `name`, and optionally `title`, `kind`,
 * `acronym`, `location`, `description`, `since`, `until`, `relationType` and `note`
 * (`CSV_COLUMNS` lists the other names accepted). A row's parent oversees it, or is linked to it
 * by the row's `relationType`; a row without a parent is a top body. Ids that are not kebab-case
 * ("E12", "Finance Dept") are turned into kebab-case ones. Every body and relation keeps its
 * row, as written, as evidence.
 *
 * The model then goes through the same checks as a JSON model, the limits of model/limits.ts
 * included (but not on the rows kept as evidence: their fields are checked one by one). Issues
 * name rows as `/rows/N/column`, N counting data rows from 1 (the header is not a row), and point
 * at the line and column of the file where that value is written.
 */
export function importCsv(text: string, options: ImportCsvOptions = {}): LoadResult {
  return runSteps(importCsvSteps(text, options));
}

/**
 * importCsv step by step (see LoadSteps): reading is the rows and the model made from them,
 * checking the rest. Text longer than the limit is not read, and rows past the limit on bodies
 * stop the import at the first of them.
 */
export function* importCsvSteps(text: string, options: ImportCsvOptions = {}): LoadSteps {
  const limits = options.limits ?? MODEL_LIMITS;
  if (text.length > limits.textLength) {
    return failure(options, { severity: 'error', path: '', message: textTooLong(text.length, limits.textLength) });
  }
  yield { step: LoadStep.reading, elements: 0 };
  const [header, ...rows] = readCsvRows(text);
  if (!header) return failure(options, { severity: 'error', path: '', message: 'the file is empty' });
  const sheet = new Sheet(header, rows);
  const missing = REQUIRED_CSV_COLUMNS.filter((column) => !sheet.columns.has(column));
  if (missing.length > 0) {
    const names = missing.map((column) => quote(column)).join(' and ');
    const found = header.fields.map((cell) => quote(cell)).join(', ');
    const message = `missing the ${names} column${missing.length > 1 ? 's' : ''} (found ${found})`;
    return failure(options, { severity: 'error', path: '/header', message, position: header.fieldPositions[0] });
  }
  if (rows.length === 0) {
    const message = 'no rows below the header';
    return failure(options, { severity: 'error', path: '/rows', message, position: header.fieldPositions[0] });
  }

  if (rows.length > limits.entities) {
    const row = limits.entities + 1;
    const message = tooMany(row, rows.length, limits.entities, 'row', 'bodies (rows)');
    return failure(options, {
      severity: 'error',
      path: `/rows/${row}`,
      message,
      position: sheet.positionOf(row, undefined),
    });
  }

  const ids = readIds(sheet);
  const { entities, entityRows } = readEntities(sheet, ids);
  const { relations, relationRows } = readRelations(sheet, ids, new Set(entities.map((entity) => entity.id)));
  const built: GovernanceModel = { title: modelTitle(options), entities, relations };
  // Copied as any model handed over is: objects without a prototype, so that no field the rows
  // leave out reads through to whatever another script has added to Object.prototype.
  const plain = toPlainData(built);
  const model = (plain.ok ? plain.value : built) as GovernanceModel;

  // The checks every model goes through, reported against the rows the model was made from.
  yield { step: LoadStep.checking, elements: entities.length + relations.length };
  const toRowPath = (path: string): string => rowPath(path, entityRows, relationRows);
  for (const { severity, message, path: modelPath } of validateModel(model, {
    describePath: toRowPath,
    limits,
    evidenceLengths: false,
  })) {
    const path = toRowPath(modelPath);
    const [, row, column] = /^\/rows\/(\d+)(?:\/(\w+))?/.exec(path) ?? [];
    const position = row === undefined ? undefined : sheet.positionOf(Number(row), column as CsvColumn | undefined);
    sheet.issues.push({ severity, path, message, position });
  }
  return loadResult(model, placed(options, sheet.issues));
}

/** An issue with the place in the file it points at. */
interface CsvIssue extends Omit<DraftIssue, 'at' | 'key' | 'offset'> {
  position?: TextPosition | undefined;
}

/** The rows of a file read through its header, and the issues found in them. Row 0 is the header. */
class Sheet {
  readonly columns: Map<CsvColumn, number>;
  readonly issues: CsvIssue[] = [];
  readonly #records: CsvRow[];

  constructor(
    readonly header: CsvRow,
    readonly rows: readonly CsvRow[],
  ) {
    this.columns = matchColumns(header.fields);
    this.#records = [header, ...rows];
    for (const problem of header.problems) this.report(0, undefined, problem);
  }

  /** The trimmed value of a column in a row, "" when absent. */
  cell(row: CsvRow, column: CsvColumn): string {
    const index = this.columns.get(column);
    return index === undefined ? '' : (row.fields[index] ?? '').trim();
  }

  /** Where a row's value for a column is written; the row's start when there is no such value. */
  positionOf(row: number, column: CsvColumn | undefined): TextPosition | undefined {
    const positions = this.#records[row]?.fieldPositions;
    const index = column === undefined ? undefined : this.columns.get(column);
    return (index === undefined ? undefined : positions?.[index]) ?? positions?.[0];
  }

  report(row: number, column: CsvColumn | undefined, message: string): void {
    const path = `/rows/${row}${column === undefined ? '' : `/${column}`}`;
    this.issues.push({ severity: 'error', path, message, position: this.positionOf(row, column) });
  }
}

/** A row's id as written, and the acronym that may stand for it. */
interface RowId {
  row: number;
  raw: string;
  acronym?: string;
}

/** Each row's kebab-case id, first row first; rows without an id, or whose id is taken, are left out. */
function readIds(sheet: Sheet): Map<string, RowId> {
  const ids = new Map<string, RowId>();
  for (const [index, record] of sheet.rows.entries()) {
    const row = index + 1;
    for (const problem of record.problems) sheet.report(row, undefined, problem);
    const width = sheet.header.fields.length;
    if (record.fields.length > width) {
      const message = `${record.fields.length} values but the header has ${width} columns (a value containing the separator needs double quotes)`;
      sheet.report(row, undefined, message);
    }
    const raw = sheet.cell(record, 'id');
    if (raw === '') {
      sheet.report(row, 'id', 'must not be empty');
      continue;
    }
    const id = toKebabCase(raw);
    const first = ids.get(id);
    if (first) {
      const message =
        first.raw === raw
          ? `duplicate id ${quote(raw)} (first on row ${first.row})`
          : `${quote(raw)} and ${quote(first.raw)} (row ${first.row}) both become the id ${quote(id)}`;
      sheet.report(row, 'id', message);
      continue;
    }
    const acronym = sheet.cell(record, 'acronym');
    ids.set(id, { row, raw, ...(acronym === '' ? {} : { acronym }) });
  }
  return ids;
}

/** Fields of an entity that come straight from the column of the same name. */
const ENTITY_COLUMNS = ['acronym', 'location', 'since', 'until', 'note'] as const;

function readEntities(sheet: Sheet, ids: Map<string, RowId>): { entities: Entity[]; entityRows: number[] } {
  const entities: Entity[] = [];
  const entityRows: number[] = [];
  for (const [id, { row }] of ids) {
    const record = sheet.rows[row - 1]!;
    const name = sheet.cell(record, 'name');
    if (name === '') {
      sheet.report(row, 'name', 'must not be empty');
      continue;
    }
    const entity: Entity = { id, name, kind: sheet.cell(record, 'kind') || 'body', evidence: [record.raw] };
    const description = [sheet.cell(record, 'title'), sheet.cell(record, 'description')].filter((part) => part !== '');
    if (description.length > 0) entity.description = description.join(' — ');
    for (const column of ENTITY_COLUMNS) {
      const value = sheet.cell(record, column);
      if (value !== '') entity[column] = value;
    }
    entities.push(entity);
    entityRows.push(row);
  }
  return { entities, entityRows };
}

/** Where a relation came from: its row, and whether it runs from child to parent. */
interface RelationRow {
  row: number;
  reversed: boolean;
}

const BUILTIN_TYPES = relationTypeTable(undefined);

function readRelations(
  sheet: Sheet,
  ids: Map<string, RowId>,
  imported: ReadonlySet<string>,
): { relations: Relation[]; relationRows: RelationRow[] } {
  const relations: Relation[] = [];
  const relationRows: RelationRow[] = [];
  const candidates: Candidate[] = [...ids].map(([id, { acronym }]) => ({ id, acronym }));
  const suggest = suggester();
  for (const [id, { row }] of ids) {
    const record = sheet.rows[row - 1]!;
    const parentRaw = sheet.cell(record, 'parentId');
    if (!imported.has(id) || parentRaw === '') continue;
    const parent = toKebabCase(parentRaw);
    if (!ids.has(parent)) {
      const match = suggest(parentRaw, candidates);
      const suggestion = match === undefined ? '' : ` (did you mean ${quote(ids.get(match)?.raw ?? match)}?)`;
      sheet.report(row, 'parentId', `no row has the id ${quote(parentRaw)}${suggestion}`);
      continue;
    }
    // A parent whose own row failed has been reported already.
    if (!imported.has(parent)) continue;
    const type = sheet.cell(record, 'relationType') || 'oversees';
    // The parent is the superior: types that point up the chain ("part-of") run from child to parent.
    const reversed = BUILTIN_TYPES.get(type)?.superior === 'target';
    relations.push({ source: reversed ? id : parent, target: reversed ? parent : id, type, evidence: record.raw });
    relationRows.push({ row, reversed });
  }
  return { relations, relationRows };
}

/** Model fields named by the CSV column they came from. */
const ENTITY_FIELD_COLUMNS = new Map<string, CsvColumn>([
  ['id', 'id'],
  ['name', 'name'],
  ['kind', 'kind'],
  ['acronym', 'acronym'],
  ['location', 'location'],
  ['since', 'since'],
  ['until', 'until'],
  ['note', 'note'],
]);

/** A path into the generated model as the path of the row (and column) it came from. */
function rowPath(path: string, entityRows: readonly number[], relationRows: readonly RelationRow[]): string {
  const match = /^\/(entities|relations)\/(\d+)(?:\/([^/]+))?/.exec(path);
  if (!match) return path;
  const [, list, position, field] = match;
  if (list === 'entities') {
    const row = entityRows[Number(position)];
    if (row === undefined) return path;
    const column = field === undefined ? undefined : ENTITY_FIELD_COLUMNS.get(field);
    return column === undefined ? `/rows/${row}` : `/rows/${row}/${column}`;
  }
  const relation = relationRows[Number(position)];
  if (!relation) return path;
  const column = relationColumn(field, relation.reversed);
  return column === undefined ? `/rows/${relation.row}` : `/rows/${relation.row}/${column}`;
}

function relationColumn(field: string | undefined, reversed: boolean): CsvColumn | undefined {
  if (field === 'type') return 'relationType';
  if (field !== 'source' && field !== 'target') return undefined;
  // The parent is the source, unless the type points up the chain and the relation was reversed.
  return (field === 'source') !== reversed ? 'parentId' : 'id';
}

function modelTitle({ title, file }: ImportCsvOptions): string {
  if (title !== undefined && title.trim() !== '') return title.trim();
  const name =
    (file ?? '')
      .replace(/[?#].*$/, '')
      .split(/[\\/]/)
      .at(-1) ?? '';
  const base = decodePercent(name)
    .replace(/\.[^.]*$/, '')
    .trim();
  return base === '' ? 'Organisation chart' : base;
}

/** "org%20chart" → "org chart", without `decodeURIComponent`, which throws on a stray "%". */
function decodePercent(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) =>
    new TextDecoder().decode(Uint8Array.from(run.slice(1).split('%'), (hex) => Number.parseInt(hex, 16))),
  );
}

function placed({ file }: ImportCsvOptions, issues: readonly CsvIssue[]): ModelIssue[] {
  return issues.map(({ severity, path, message, position }) => ({
    severity,
    path,
    message,
    ...position,
    ...(file === undefined ? {} : { file }),
  }));
}

function failure(options: ImportCsvOptions, issue: CsvIssue): LoadResult {
  return loadResult(undefined, placed(options, [issue]));
}
