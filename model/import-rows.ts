import {
  type ColumnMapping,
  type CsvColumn,
  matchColumns,
  parseColumnMapping,
  REQUIRED_CSV_COLUMNS,
} from './csv-columns.js';
import { type Candidate, suggester } from './did-you-mean.js';
import type { DraftIssue } from './issue.js';
import type { TextPosition } from './json-positions.js';
import { IMPORTED_KIND } from './kinds.js';
import { formatCount, MODEL_LIMITS, type ModelLimits } from './limits.js';
import { type LoadResult, loadResult } from './load-result.js';
import { LoadStep, type LoadSteps, runSteps } from './load-steps.js';
import { quote } from './message-text.js';
import { toPlainData } from './plain-data.js';
import { relationTypeTable } from './relation-types.js';
import { ChainOfCommand } from './row-chain.js';
import type { Entity, GovernanceModel, ModelIssue, Relation } from './types.js';
import { tooMany } from './validate-limits.js';
import { validateModel } from './validate-model.js';

/**
 * An org chart as rows, whatever it was read from: a CSV file (model/import-csv.ts) or a JSON
 * array of row objects (model/import-array.ts). Row 0 is the header; data rows count from 1.
 */
export interface RowTable {
  /** The header cells: a CSV file's first line, or the keys of an array's objects. */
  header: readonly string[];
  rows: readonly TableRow[];
  /** Warnings found while splitting the text into rows, each at the first row it names. */
  warnings?: readonly { row: number; message: string }[];
  /** Problems found while splitting the text into rows, by row (0: the header); each stops the load. */
  problems?: ReadonlyMap<number, readonly string[]>;
  /** What a cell holds when it is not text (a JSON array's "an object", "an array"): read as empty. */
  notText?: (row: number, cell: number) => string | undefined;
  /**
   * A row's cell (index into the header) in the reader's words, when they are not "row N, column
   * "header"": a workbook's sheet rows and column letters.
   */
  placeOf?: (row: number, cell: number | undefined) => string;
  /** Where a row's cell (index into the header) is written, or the row when no cell is given. */
  positionOf?: (row: number, cell: number | undefined) => TextPosition | undefined;
}

export interface TableRow {
  fields: readonly string[];
  /** The row as written, kept as evidence. */
  raw: string;
}

export interface ImportRowsOptions {
  /** The file or URL the rows came from: named in every issue, and the model's title by default. */
  file?: string | undefined;
  /** The model's title; otherwise the file's name without its extension, or "Organisation chart". */
  title?: string | undefined;
  /** The limits to hold the model to; model/limits.ts's unless given. */
  limits?: ModelLimits | undefined;
  /**
   * Which header to read for some columns, where the names are not recognised: an object
   * (`{ id: 'Emp No' }`) or text (`id:Emp No;parentId:Boss No`); see parseColumnMapping.
   */
  columns?: ColumnMapping | string | null | undefined;
}

/** How many rows a warning that lists rows names before "and N more". */
export const LISTED_ROWS = 3;

/**
 * Values of a parent cell that mean "no parent": what spreadsheets and HR exports write for a
 * top. `0` is one only when no row has the id 0 (see isNoParent).
 */
const NO_PARENT = /^(?:null|none|-)$/i;

/** Whether a parent cell names no parent. */
function isNoParent(value: string, ids: ReadonlyMap<string, unknown>): boolean {
  return value === '' || NO_PARENT.test(value) || (value === '0' && !ids.has('0'));
}

/**
 * Makes a governance model of an org chart kept as rows: one body per id, an "oversees" relation
 * (or the row's `relationType`) from each parent. Ids are kept as written (trimmed). A row whose
 * parent is empty, `null`, `none`, `-` or `0` (when no row has the id 0) is a top; so is one whose
 * parent no row has, with a warning listing such rows. A row that repeats an id with another
 * parent, or a `secondParentId` column, adds a superior (matrix reporting); a repeated row whose
 * other values differ keeps the first row's, with a warning. A further superior whose line would
 * close a loop in the chain of command is left out, with a warning; a loop of line managers is an
 * error naming its rows. A file of several rows with no parent column loads flat, with a warning
 * naming the columns found and how to map one; a file with names but no ids takes the names as
 * ids, unless some repeat. A body with no relations is no warning here: a one-person row is normal.
 *
 * The model then goes through the same checks as a JSON model, the limits included (not on the
 * rows kept as evidence). Issues name rows as `/rows/N/column`, N counting data rows from 1, and
 * give the same place in the file's words (`place`: `row N, column "Supervisor ID"`).
 */
export function importRows(table: RowTable, options: ImportRowsOptions = {}): LoadResult {
  return runSteps(importRowsSteps(table, options));
}

/** importRows step by step (see LoadSteps): the reading step is the caller's; this is checking. */
export function* importRowsSteps(table: RowTable, options: ImportRowsOptions = {}): LoadSteps {
  const limits = options.limits ?? MODEL_LIMITS;
  const mapping = parseColumnMapping(options.columns ?? undefined);
  const sheet = new Sheet(table, mapping.mapping);
  for (const problem of mapping.problems) sheet.report(0, undefined, problem, 'warning');
  const found = table.header.map((cell) => quote(cell)).join(', ');
  let unmapped = false;
  for (const [column, wanted] of sheet.unmatched) {
    const required = (REQUIRED_CSV_COLUMNS as readonly string[]).includes(column);
    unmapped ||= required;
    const message = `the column mapping reads ${quote(column)} from ${quote(wanted)}, but there is no such column (found ${found})`;
    sheet.report(0, undefined, message, required ? 'error' : 'warning');
  }
  if (unmapped) return failure(options, sheet.issues);
  if (!sheet.columns.has('id') && !Object.hasOwn(mapping.mapping, 'id') && sheet.columns.has('name')) {
    // A chart of names only ("Name, Manager", as Google Sheets' org chart has it): the names are
    // the ids, which works only while no name repeats.
    const repeated = sheet.namesAsIds();
    if (repeated !== undefined) {
      sheet.reportFile(repeated, 'error');
      return failure(options, sheet.issues);
    }
  }
  const missing = REQUIRED_CSV_COLUMNS.filter((column) => !sheet.columns.has(column));
  if (missing.length > 0) {
    const names = missing.map((column) => quote(column)).join(' and ');
    const mapHint = missing.map((column) => `${column}:<header>`).join(';');
    const [s, it] = missing.length > 1 ? ['s', 'them'] : ['', 'it'];
    const message = `is missing the ${names} column${s} (found ${found}); name ${it} so, or map ${it} with a column mapping such as ${quote(mapHint)}`;
    sheet.reportFile(message, 'error');
    return failure(options, sheet.issues);
  }
  const { rows } = table;
  if (rows.length === 0) {
    const position = sheet.positionOf(0, undefined);
    return failure(options, [
      ...sheet.issues,
      { severity: 'error', path: '/rows', message: 'no rows below the header', position },
    ]);
  }
  if (rows.length > limits.entities) {
    const row = limits.entities + 1;
    sheet.report(row, undefined, tooMany(row, rows.length, limits.entities, 'row', 'bodies (rows)'));
    return failure(options, sheet.issues);
  }
  if (!sheet.columns.has('parentId') && rows.length > 1) {
    const message =
      `has no column saying whom each row reports to (found ${found}), so every row is drawn as a top: ` +
      `name that column parentId, manager, supervisor or reports to, or map it with a column mapping such as "parentId:<header>"`;
    sheet.reportFile(message, 'warning');
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
    isolatedWarnings: false,
  })) {
    const path = toRowPath(modelPath);
    const [, row, column] = /^\/rows\/(\d+)(?:\/(\w+))?/.exec(path) ?? [];
    const position = row === undefined ? undefined : sheet.positionOf(Number(row), column as CsvColumn | undefined);
    const place = row === undefined ? undefined : sheet.placeOf(Number(row), column as CsvColumn | undefined);
    const loop = LOOP.exec(message)?.[1];
    const said = loop === undefined ? message : loopMessage(sheet, ids, loop.split(' → '));
    sheet.issues.push({ severity, path, message: said, position, place });
  }
  yield { step: LoadStep.building, elements: entities.length + relations.length };
  return loadResult(model, placed(options, sheet.issues));
}

/** validateModel's message for a loop: "chain of command loops: a → b → a". */
const LOOP = /^chain of command loops: (.*)$/;

/**
 * A loop of line managers, in the file's terms: each body with its row, and the column that
 * makes the loop. It stays an error: which manager is wrong is for the file's owner to say.
 */
function loopMessage(sheet: Sheet, ids: ReadonlyMap<string, RowId>, bodies: readonly string[]): string {
  const rows = bodies.slice(0, -1).map((id) => ids.get(id)?.row);
  const path = bodies.map((id, index) =>
    index < rows.length && rows[index] !== undefined ? `${id} (row ${rows[index]})` : id,
  );
  const header = quote(sheet.header('parentId'));
  return `the superiors in column ${header} make a loop, so no row in it is at the top: ${path.join(' → ')}; correct the superior of one of these rows`;
}

/** An issue with the place in the file it points at. */
export interface RowIssue extends Omit<DraftIssue, 'at' | 'key' | 'offset'> {
  position?: TextPosition | undefined;
  /** The place in the reader's words (see ModelIssue.place). */
  place?: string | undefined;
}

/** The rows of a table read through its header, and the issues found in them. Row 0 is the header. */
class Sheet {
  readonly columns: Map<CsvColumn, number>;
  readonly unmatched: [CsvColumn, string][];
  readonly issues: RowIssue[] = [];

  constructor(
    readonly table: RowTable,
    mapping: ColumnMapping,
  ) {
    ({ columns: this.columns, unmatched: this.unmatched } = matchColumns(table.header, mapping));
    for (const [row, problems] of table.problems ?? []) {
      for (const problem of problems) this.report(row, undefined, problem);
    }
    for (const { row, message } of table.warnings ?? []) this.report(row, undefined, message, 'warning');
  }

  get rows(): readonly TableRow[] {
    return this.table.rows;
  }

  /** The trimmed value of a column in a row, "" when absent. */
  cell(row: TableRow, column: CsvColumn): string {
    const index = this.columns.get(column);
    return index === undefined ? '' : (row.fields[index] ?? '').trim();
  }

  /** A column's header as the file writes it ("Supervisor ID"), or the column's own name. */
  header(column: CsvColumn): string {
    const index = this.columns.get(column);
    return (index === undefined ? undefined : this.table.header[index]) ?? column;
  }

  /** Where a row's value for a column is written; the row's start when there is no such value. */
  positionOf(row: number, column: CsvColumn | undefined): TextPosition | undefined {
    const index = column === undefined ? undefined : this.columns.get(column);
    return this.table.positionOf?.(row, index);
  }

  /**
   * Reads the name column as the id column, for a file without ids. Returns why it cannot (names
   * that repeat, with their rows), or undefined when every name is unique.
   */
  namesAsIds(): string | undefined {
    const column = this.columns.get('name')!;
    const rowsOf = new Map<string, number[]>();
    for (const [index, record] of this.rows.entries()) {
      const name = (record.fields[column] ?? '').trim();
      if (name === '') continue;
      rowsOf.set(name, [...(rowsOf.get(name) ?? []), index + 1]);
    }
    const repeated = [...rowsOf].filter(([, rows]) => rows.length > 1);
    if (repeated.length === 0) {
      this.columns.set('id', column);
      return undefined;
    }
    const listed = repeated.slice(0, LISTED_ROWS).map(([name, rows]) => `${quote(name)} (rows ${rows.join(', ')})`);
    const more = repeated.length - listed.length;
    const list = more > 0 ? `${listed.join(', ')} and ${formatCount(more)} more` : listed.join(', ');
    const header = quote(this.table.header[column] ?? 'name');
    return `has no id column, and the names in ${header} cannot stand for ids as some repeat: ${list}; add an id column, or map one with a column mapping such as "id:<header>"`;
  }

  /** Why a row's required value is unusable: empty, or not text (an object in a JSON array). */
  emptyMessage(row: number, column: CsvColumn): string {
    const index = this.columns.get(column);
    const what = index === undefined ? undefined : this.table.notText?.(row, index);
    return what === undefined ? 'must not be empty' : `must be text or a number, not ${what}`;
  }

  /** A data row's value for a column as the reader names it: `row 3, column "Supervisor ID"`. */
  placeOf(row: number, column: CsvColumn | undefined): string | undefined {
    if (row === 0) return undefined;
    const index = column === undefined ? undefined : this.columns.get(column);
    const own = this.table.placeOf?.(row, index);
    if (own !== undefined) return own;
    const header = index === undefined ? undefined : this.table.header[index];
    return `row ${row}${header === undefined ? '' : `, column ${quote(header)}`}`;
  }

  /** An issue of the whole file, its message a predicate with the file as subject ("has no id column…"). */
  reportFile(message: string, severity: RowIssue['severity']): void {
    this.issues.push({ severity, path: '', message });
  }

  report(row: number, column: CsvColumn | undefined, message: string, severity: RowIssue['severity'] = 'error'): void {
    const path = row === 0 ? '/header' : `/rows/${row}${column === undefined ? '' : `/${column}`}`;
    this.issues.push({
      severity,
      path,
      message,
      position: this.positionOf(row, column),
      place: this.placeOf(row, column),
    });
  }
}

/** A parent named for a body: the row naming it and the column it is in. */
interface NamedParent {
  row: number;
  column: 'parentId' | 'secondParentId';
  parent: string;
}

/** A body's first row, the acronym that may stand for it, and every superior its rows name. */
interface RowId {
  row: number;
  acronym?: string;
  parents: NamedParent[];
  /** Rows after the first with the same id, kept as evidence. */
  repeats: number[];
}

/** Columns a repeated row must agree on with the first row of its id. */
const AGREEING_COLUMNS = [
  'name',
  'title',
  'kind',
  'acronym',
  'location',
  'description',
  'since',
  'until',
  'note',
] as const satisfies readonly CsvColumn[];

/** Each row's id, first row first; rows without an id are left out, repeated ids add their parents. */
function readIds(sheet: Sheet): Map<string, RowId> {
  const ids = new Map<string, RowId>();
  const parentsOf = (record: TableRow, row: number): NamedParent[] =>
    (['parentId', 'secondParentId'] as const).flatMap((column) => {
      const parent = sheet.cell(record, column);
      return parent === '' ? [] : [{ row, column, parent }];
    });
  for (const [index, record] of sheet.rows.entries()) {
    const row = index + 1;
    const id = sheet.cell(record, 'id');
    if (id === '') {
      sheet.report(row, 'id', sheet.emptyMessage(row, 'id'));
      continue;
    }
    const first = ids.get(id);
    if (!first) {
      const acronym = sheet.cell(record, 'acronym');
      ids.set(id, { row, parents: parentsOf(record, row), repeats: [], ...(acronym === '' ? {} : { acronym }) });
      continue;
    }
    first.repeats.push(row);
    const known = new Set(first.parents.map(({ parent }) => parent));
    const added = parentsOf(record, row).filter(({ parent }) => !known.has(parent));
    first.parents.push(...added);
    const firstRecord = sheet.rows[first.row - 1]!;
    const differing = AGREEING_COLUMNS.filter(
      (column) => sheet.cell(record, column) !== '' && sheet.cell(record, column) !== sheet.cell(firstRecord, column),
    );
    if (differing.length > 0) {
      const what = differing.map((column) => quote(column)).join(', ');
      const message = `repeats the id ${quote(id)} of row ${first.row} with another ${what}; row ${first.row}'s values are kept`;
      sheet.report(row, differing[0], message, 'warning');
    } else if (added.length === 0) {
      sheet.report(row, 'id', `repeats row ${first.row} (id ${quote(id)}), adding no other superior`, 'warning');
    }
  }
  return ids;
}

/** Fields of an entity that come straight from the column of the same name. */
const ENTITY_COLUMNS = ['acronym', 'location', 'since', 'until', 'note'] as const;

function readEntities(sheet: Sheet, ids: Map<string, RowId>): { entities: Entity[]; entityRows: number[] } {
  const entities: Entity[] = [];
  const entityRows: number[] = [];
  for (const [id, { row, repeats }] of ids) {
    const record = sheet.rows[row - 1]!;
    const name = sheet.cell(record, 'name');
    if (name === '') {
      sheet.report(row, 'name', sheet.emptyMessage(row, 'name'));
      continue;
    }
    const evidence = [record.raw, ...repeats.map((repeat) => sheet.rows[repeat - 1]!.raw)];
    const entity: Entity = { id, name, kind: sheet.cell(record, 'kind') || IMPORTED_KIND, evidence };
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

/** Where a relation came from: its row and column, and whether it runs from child to parent. */
interface RelationRow {
  row: number;
  column: NamedParent['column'];
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
  const missing: MissingParent[] = [];
  const itself: NamedParent[] = [];
  const chain = new ChainOfCommand();
  const further: { named: NamedParent; id: string; relation: Relation; reversed: boolean }[] = [];
  for (const [id, { row: firstRow, parents }] of ids) {
    if (!imported.has(id)) continue;
    for (const named of parents) {
      const { row, column, parent } = named;
      // The first row's parentId is the line manager; the others (a second column, a repeated row) add superiors.
      const primary = column === 'parentId' && row === firstRow;
      if (isNoParent(parent, ids)) continue;
      if (parent === id) {
        itself.push(named);
        continue;
      }
      if (!ids.has(parent)) {
        missing.push({ ...named, id, primary });
        continue;
      }
      // A parent whose own row failed has been reported already.
      if (!imported.has(parent)) continue;
      const record = sheet.rows[row - 1]!;
      const type = sheet.cell(record, 'relationType') || 'oversees';
      // The parent is the superior: types that point up the chain ("part-of") run from child to parent.
      const reversed = BUILTIN_TYPES.get(type)?.superior === 'target';
      const relation = { source: reversed ? id : parent, target: reversed ? parent : id, type, evidence: record.raw };
      const inChain = BUILTIN_TYPES.get(type)?.chainOfCommand === true;
      if (!primary && inChain) {
        further.push({ named, id, relation, reversed });
        continue;
      }
      if (inChain) chain.add(parent, id);
      relations.push(relation);
      relationRows.push({ row, column, reversed });
    }
  }
  // A further superior's line that would close a loop is left out, so that the line managers
  // still draw: a dotted line is the likelier mistake, and the chart is whole without it. A loop
  // of line managers alone stays an error (see loopMessage).
  for (const { named, id, relation, reversed } of further) {
    const loop = chain.pathDown(id, named.parent);
    if (loop !== undefined) {
      const header = quote(sheet.header(named.column));
      const message = `row ${named.row}'s further superior ${quote(named.parent)} (column ${header}) would close a loop in the chain of command (${[named.parent, ...loop].join(' → ')}), so that line is left out`;
      sheet.report(named.row, named.column, message, 'warning');
      continue;
    }
    chain.add(named.parent, id);
    relations.push(relation);
    relationRows.push({ row: named.row, column: named.column, reversed });
  }
  const lineManagers = missing.filter(({ primary }) => primary);
  if (lineManagers.length > 0) reportMissing(sheet, ids, lineManagers, true);
  const others = missing.filter(({ primary }) => !primary);
  if (others.length > 0) reportMissing(sheet, ids, others, false);
  if (itself.length > 0) {
    const first = itself[0]!;
    const names = itself.length === 1 ? 'names itself as its own superior' : 'name themselves as their own superiors';
    sheet.report(first.row, first.column, `${rowList(itself)} ${names}; drawn without that line`, 'warning');
  }
  return { relations, relationRows };
}

/** A superior no row has: the row naming it, its body, and whether it is the row's line manager. */
interface MissingParent extends NamedParent {
  id: string;
  primary: boolean;
}

/**
 * One warning for the rows whose line manager (`primary`) or further superior no row has: the
 * first are drawn as tops, the others keep their line manager and are drawn without that line.
 */
function reportMissing(
  sheet: Sheet,
  ids: Map<string, RowId>,
  missing: readonly MissingParent[],
  primary: boolean,
): void {
  const candidates: Candidate[] = [...ids].map(([id, { acronym }]) => ({ id, acronym }));
  const suggest = suggester();
  const listed = missing.slice(0, LISTED_ROWS).map(({ row, parent, id }) => {
    // The row's own id is never the superior it meant.
    const match = suggest(
      parent,
      candidates.filter((candidate) => candidate.id !== id),
    );
    return `row ${row} (${quote(parent)}${match === undefined ? '' : `; did you mean ${quote(match)}?`})`;
  });
  const more = missing.length - listed.length;
  const list = more > 0 ? `${listed.join(', ')} and ${formatCount(more)} more` : listed.join(', ');
  const one = missing.length === 1;
  const count = one ? 'one row names' : `${formatCount(missing.length)} rows name`;
  const superior = primary ? 'a superior' : 'a further superior';
  const drawn = primary
    ? one
      ? 'it is drawn as a top'
      : 'they are drawn as tops'
    : `${one ? 'it is' : 'they are'} drawn without that line`;
  const first = missing[0]!;
  sheet.report(first.row, first.column, `${count} ${superior} that no row has, so ${drawn}: ${list}`, 'warning');
}

/** "row 3, row 7 and 2 more". */
function rowList(named: readonly NamedParent[]): string {
  const listed = named.slice(0, LISTED_ROWS).map(({ row }) => `row ${row}`);
  const more = named.length - listed.length;
  return more > 0 ? `${listed.join(', ')} and ${formatCount(more)} more` : listed.join(' and ');
}

/** Model fields named by the column they came from. */
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
  const column = relationColumn(field, relation);
  return column === undefined ? `/rows/${relation.row}` : `/rows/${relation.row}/${column}`;
}

function relationColumn(field: string | undefined, { reversed, column }: RelationRow): CsvColumn | undefined {
  if (field === 'type') return 'relationType';
  if (field !== 'source' && field !== 'target') return undefined;
  // The parent is the source, unless the type points up the chain and the relation was reversed.
  return (field === 'source') !== reversed ? column : 'id';
}

function modelTitle({ title, file }: ImportRowsOptions): string {
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

/** Issues with their file and place. */
export function placed({ file }: Pick<ImportRowsOptions, 'file'>, issues: readonly RowIssue[]): ModelIssue[] {
  return issues.map(({ severity, path, message, position, place }) => ({
    severity,
    path,
    message,
    ...position,
    ...(file === undefined ? {} : { file }),
    ...(place === undefined ? {} : { place }),
  }));
}

function failure(options: ImportRowsOptions, issues: readonly RowIssue[]): LoadResult {
  return loadResult(undefined, placed(options, issues));
}
