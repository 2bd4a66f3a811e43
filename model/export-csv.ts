import Papa from 'papaparse';
import { FORMULA_START } from './csv-formula.js';
import { BUILTIN_RELATION_TYPES, relationTypeTable } from './relation-types.js';
import type { Entity, GovernanceModel, Relation } from './types.js';

/** The columns written, in order: those the CSV importer reads under the same names. */
export const EXPORT_CSV_COLUMNS = [
  'id',
  'parentId',
  'name',
  'kind',
  'acronym',
  'location',
  'description',
  'since',
  'until',
  'relationType',
  'note',
] as const;
type Column = (typeof EXPORT_CSV_COLUMNS)[number];

/** Entity fields written as they are, each under the column of its name. */
const ENTITY_FIELDS = ['name', 'kind', 'acronym', 'location', 'description', 'since', 'until', 'note'] as const;

/**
 * What a saved CSV file starts with: a byte order mark, so that Excel reads the file as UTF-8
 * rather than its local code page. The Export menu and `npm run export` both write it.
 */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';

/** What exportCsv gives: the CSV text, and how many lines it could not write. */
export interface CsvExport {
  /** The CSV text, with a header row, CRLF line ends (as RFC 4180 and spreadsheets have them). */
  csv: string;
  /** Lines of a type the model declares itself outside the chain of command, left out (see exportCsv). */
  omitted: number;
}

/**
 * The model as a CSV org chart, in the columns the CSV importer reads (EXPORT_CSV_COLUMNS), so
 * that importing the text gives the same bodies and chain of command:
 *
 * - one row per body, in model order, with its superior in `parentId` (empty for a top): the
 *   first chain-of-command line to it in model order (`relationType` when that line is not `oversees`;
 *   for types that point up the chain, such as `part-of`, the row's body is still the one that
 *   is part of its parent);
 * - then one row per other line that reaches it, repeating its id with only `parentId` and
 *   `relationType`: each further superior (matrix reporting), and each relation outside the chain
 *   of command, from its source (the `parentId`) to its target (the row's body).
 *
 * A CSV file cannot declare relation types, so a line of a type the model declares itself is
 * written as `oversees` (or `part-of`, when it points up) when it is in the chain of command, and
 * left out otherwise (counted in `omitted`). Nor has CSV a column for the model's title, source
 * or declared kinds, or for each line's quote, dates, basis and note. Lines between the same two
 * bodies after the first are written but read back as one. DOM-free.
 */
export function exportCsv(model: GovernanceModel): CsvExport {
  const types = relationTypeTable(model.relationTypes);
  const isChain = (relation: Relation) => types.get(relation.type)?.chainOfCommand === true;
  const pointsUp = (relation: Relation) => isChain(relation) && types.get(relation.type)?.superior === 'target';
  /** The end a line hangs from a row by: the subordinate for chain lines pointing up, else the target. */
  const rowEnd = (relation: Relation) =>
    pointsUp(relation)
      ? { id: relation.source, parent: relation.target }
      : { id: relation.target, parent: relation.source };
  /** The type written: the line's own when the importer knows it, else the built-in of the same direction. */
  const csvType = (relation: Relation): string | undefined => {
    if (Object.hasOwn(BUILTIN_RELATION_TYPES, relation.type) && !model.relationTypes?.[relation.type])
      return relation.type;
    if (!isChain(relation)) return undefined;
    return pointsUp(relation) ? 'part-of' : 'oversees';
  };

  let omitted = 0;
  const linesTo = new Map<string, { relation: Relation; type: string }[]>();
  for (const relation of model.relations) {
    const type = csvType(relation);
    if (type === undefined) {
      omitted++;
      continue;
    }
    const { id } = rowEnd(relation);
    const list = linesTo.get(id) ?? [];
    list.push({ relation, type });
    linesTo.set(id, list);
  }

  const rows: Record<Column, string>[] = [];
  const cells = (line: { relation: Relation; type: string } | undefined): Partial<Record<Column, string>> =>
    line === undefined
      ? {}
      : { parentId: rowEnd(line.relation).parent, relationType: line.type === 'oversees' ? '' : line.type };
  for (const entity of model.entities) {
    const lines = linesTo.get(entity.id) ?? [];
    // The first row carries the body's first superior; a body without one is a top (or outside
    // the chain), its parentId empty as org charts have it, its other lines on rows of their own.
    const first = lines.find((line) => isChain(line.relation));
    rows.push({ ...entityCells(entity), ...cells(first) });
    for (const line of lines) {
      if (line !== first) rows.push({ ...emptyRow(), id: entity.id, ...cells(line) });
    }
  }
  const data = rows.map((row) => EXPORT_CSV_COLUMNS.map((column) => row[column]));
  const csv = Papa.unparse(
    { fields: [...EXPORT_CSV_COLUMNS], data },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return { csv: `${csv}\r\n`, omitted };
}

function emptyRow(): Record<Column, string> {
  return Object.fromEntries(EXPORT_CSV_COLUMNS.map((column) => [column, ''])) as Record<Column, string>;
}

function entityCells(entity: Entity): Record<Column, string> {
  const row = emptyRow();
  row.id = entity.id;
  for (const field of ENTITY_FIELDS) row[field] = entity[field] ?? '';
  return row;
}
