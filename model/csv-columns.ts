/**
 * The columns an org-chart CSV may have, and the other names spreadsheets and d3-org-chart
 * exports give them. Header cells are matched ignoring case, spaces, hyphens and underscores,
 * so "Parent ID", "parent_id" and "parentId" are all `parentId`.
 *
 * | column       | also accepted                                                               |
 * | ------------ | --------------------------------------------------------------------------- |
 * | id           | node id, key, uid, identifier                                               |
 * | parentId     | parent, parent node id, parent key, pid, manager, manager id, reports to, superior |
 * | name         | label, full name, display name, unit, unit name, node name                  |
 * | title        | position, position name (d3-org-chart), job title, role                     |
 * | kind         | type, category, node type                                                   |
 * | acronym      | abbreviation, abbr, short name                                              |
 * | location     | office, city, place, site                                                   |
 * | description  | desc, details, summary                                                      |
 * | since        | start, start date, from, established, founded                               |
 * | until        | end, end date, to, dissolved                                                |
 * | relationType | relation, relationship, link type, edge type                                |
 * | note         | notes, comment, comments, remarks                                           |
 *
 * Other columns (d3-org-chart's imageUrl, _expanded…) are ignored.
 */
export const CSV_COLUMNS = {
  id: ['id', 'nodeid', 'key', 'uid', 'identifier'],
  parentId: ['parentid', 'parent', 'parentnodeid', 'parentkey', 'pid', 'manager', 'managerid', 'reportsto', 'superior'],
  name: ['name', 'label', 'fullname', 'displayname', 'unit', 'unitname', 'nodename'],
  title: ['title', 'position', 'positionname', 'jobtitle', 'role'],
  kind: ['kind', 'type', 'category', 'nodetype'],
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

/**
 * Which header cell holds each column. When several cells could be a column, the name earlier
 * in its list wins ("parentId" over "manager"); a cell serves one column only.
 */
export function matchColumns(header: readonly string[]): Map<CsvColumn, number> {
  const normalized = header.map((cell) => cell.toLowerCase().replace(/[\s_-]+/g, ''));
  const taken = new Set<number>();
  const columns = new Map<CsvColumn, number>();
  for (const [column, names] of Object.entries(CSV_COLUMNS) as [CsvColumn, readonly string[]][]) {
    for (const name of names) {
      const index = normalized.findIndex((cell, i) => cell === name && !taken.has(i));
      if (index !== -1) {
        columns.set(column, index);
        taken.add(index);
        break;
      }
    }
  }
  return columns;
}
