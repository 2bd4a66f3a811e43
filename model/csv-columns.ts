import { quote } from './message-text.js';

/**
 * The columns an org chart kept as rows (a CSV file, or a JSON array of row objects) may have,
 * and the other names spreadsheets, HR systems and chart libraries give them. Header cells are
 * matched ignoring case, spaces, underscores and punctuation, so "Parent ID", "parent_id",
 * "parentId" and "Parent-ID:" are all `parentId`.
 *
 * | column         | also accepted                                                                        |
 * | -------------- | ------------------------------------------------------------------------------------ |
 * | id             | node id, key, uid, identifier, employee id, employee, employee number, person id, position id, unit id, staff id, emp id, emp no |
 * | parentId       | parent, parent id, parent node id, parent key, pid (BALKAN), manager, manager id, supervisor, supervisor id, reports to, reports to id, line manager, line manager id, parent unit, parent unit id, boss, boss id, superior, superior id |
 * | secondParentId | second parent, dotted line manager, dotted line manager id, dotted line, matrix manager, matrix manager id, second manager, second manager id |
 * | name           | label, full name, employee name, display name, person name, unit, unit name, node name, title of unit |
 * | title          | position, position name (d3-org-chart), position title, job title, job, role         |
 * | kind           | type, category, node type, unit type                                                 |
 * | acronym        | abbreviation, abbr, short name                                                       |
 * | location       | office, city, place, site                                                            |
 * | description    | desc, details, summary                                                               |
 * | since          | start, start date, from, established, founded                                        |
 * | until          | end, end date, to, dissolved                                                         |
 * | relationType   | relation, relationship, link type, edge type                                         |
 * | note           | notes, comment, comments, remarks                                                    |
 *
 * Other columns (d3-org-chart's imageUrl, _expanded…) are ignored, unless a column mapping
 * names them (see parseColumnMapping).
 */
export const CSV_COLUMNS = {
  id: [
    'id',
    'nodeid',
    'key',
    'uid',
    'identifier',
    'employeeid',
    'employee',
    'employeenumber',
    'employeeno',
    'personid',
    'positionid',
    'unitid',
    'staffid',
    'empid',
    'empno',
  ],
  parentId: [
    'parentid',
    'parent',
    'parentnodeid',
    'parentkey',
    'pid',
    'managerid',
    'manager',
    'supervisorid',
    'supervisor',
    'reportsto',
    'reportstoid',
    'linemanagerid',
    'linemanager',
    'parentunitid',
    'parentunit',
    'bossid',
    'boss',
    'superiorid',
    'superior',
  ],
  secondParentId: [
    'secondparentid',
    'secondparent',
    'dottedlinemanagerid',
    'dottedlinemanager',
    'dottedline',
    'matrixmanagerid',
    'matrixmanager',
    'secondmanagerid',
    'secondmanager',
  ],
  name: ['name', 'label', 'fullname', 'employeename', 'displayname', 'personname', 'unit', 'unitname', 'nodename'],
  title: ['title', 'position', 'positionname', 'positiontitle', 'jobtitle', 'job', 'role'],
  kind: ['kind', 'type', 'category', 'nodetype', 'unittype'],
  acronym: ['acronym', 'abbreviation', 'abbr', 'shortname'],
  location: ['location', 'office', 'city', 'place', 'site'],
  description: ['description', 'desc', 'details', 'summary'],
  since: ['since', 'start', 'startdate', 'from', 'established', 'founded'],
  until: ['until', 'end', 'enddate', 'to', 'dissolved'],
  relationType: ['relationtype', 'relation', 'relationship', 'linktype', 'edgetype'],
  note: ['note', 'notes', 'comment', 'comments', 'remarks'],
} as const satisfies Record<string, readonly string[]>;

export type CsvColumn = keyof typeof CSV_COLUMNS;

/** The columns a file cannot do without. */
export const REQUIRED_CSV_COLUMNS = ['id', 'name'] as const satisfies readonly CsvColumn[];

/** Which header cell to read for some columns, named as in the file: `{ id: 'Emp No', parentId: 'Boss No' }`. */
export type ColumnMapping = Partial<Record<CsvColumn, string>>;

/** A header cell as it is compared: lower case, letters and digits only ("Parent ID:" → "parentid"). */
export function normalizeHeader(cell: string): string {
  return cell.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const isColumn = (name: string): name is CsvColumn => Object.hasOwn(CSV_COLUMNS, name);

/** The column a mapping's key names, however it is spelled ("parent_id", "Parent ID" → parentId). */
function columnNamed(key: string): CsvColumn | undefined {
  const wanted = normalizeHeader(key);
  return (Object.keys(CSV_COLUMNS) as CsvColumn[]).find((column) => normalizeHeader(column) === wanted);
}

/**
 * Reads a column mapping: text such as `id:Emp No;parentId:Boss No;name:Who` (pairs separated
 * by `;`, a column and the header it reads separated by the first `:`), or an object of the
 * same pairs. Column names are matched as headers are (any case, spaces or punctuation).
 * Returns the mapping and, for each pair it cannot use, a sentence saying why.
 */
export function parseColumnMapping(input: string | Readonly<Record<string, unknown>> | null | undefined): {
  mapping: ColumnMapping;
  problems: string[];
} {
  const mapping: ColumnMapping = {};
  const problems: string[] = [];
  if (input === null || input === undefined) return { mapping, problems };
  const pairs: [string, unknown][] =
    typeof input === 'string'
      ? input
          .split(';')
          .filter((part) => part.trim() !== '')
          .map((part) => {
            const colon = part.indexOf(':');
            return colon === -1
              ? [part.trim(), undefined]
              : [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
          })
      : Object.entries(input);
  const known = Object.keys(CSV_COLUMNS).join(', ');
  for (const [key, header] of pairs) {
    const column = columnNamed(key);
    if (column === undefined) {
      problems.push(`the column mapping names ${quote(key)}, which is not a column (use ${known})`);
    } else if (typeof header !== 'string' || header.trim() === '') {
      problems.push(`the column mapping gives no header for ${quote(column)} (write ${column}:<header>)`);
    } else {
      mapping[column] = header.trim();
    }
  }
  return { mapping, problems };
}

/** How a header was read: the cell of each column, and the mapped headers no cell has. */
export interface MatchedColumns {
  columns: Map<CsvColumn, number>;
  /** Mapped columns whose header is not in the file, with the header looked for. */
  unmatched: [CsvColumn, string][];
}

/**
 * Which header cell holds each column. A mapping's columns are read from the cells it names, and
 * one cell may serve several of them (`id:Name;name:Name`, a chart whose names are its ids); the
 * others by name (CSV_COLUMNS). When several cells could be a column, the name earlier in its
 * list wins ("parentId" over "manager"); a cell found by name serves one column only.
 */
export function matchColumns(header: readonly string[], mapping: ColumnMapping = {}): MatchedColumns {
  const normalized = header.map(normalizeHeader);
  const taken = new Set<number>();
  const columns = new Map<CsvColumn, number>();
  const unmatched: [CsvColumn, string][] = [];
  for (const [column, wanted] of Object.entries(mapping) as [CsvColumn, string][]) {
    if (!isColumn(column)) continue;
    // The exact header first, then the header as headers are compared.
    let index = header.findIndex((cell) => cell.trim() === wanted);
    if (index === -1) index = normalized.indexOf(normalizeHeader(wanted));
    if (index === -1) unmatched.push([column, wanted]);
    else {
      columns.set(column, index);
      taken.add(index);
    }
  }
  for (const [column, names] of Object.entries(CSV_COLUMNS) as [CsvColumn, readonly string[]][]) {
    if (columns.has(column) || Object.hasOwn(mapping, column)) continue;
    for (const name of names) {
      const index = normalized.findIndex((cell, i) => cell === name && !taken.has(i));
      if (index !== -1) {
        columns.set(column, index);
        taken.add(index);
        break;
      }
    }
  }
  return { columns, unmatched };
}
