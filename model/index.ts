export { type ColumnMapping, CSV_COLUMNS, type CsvColumn, parseColumnMapping } from './csv-columns.js';
export { parsePartialDate, queryDay, standsOn } from './dates.js';
export { formatIssue } from './format-issue.js';
export {
  buildGraph,
  chainEnds,
  type EntityAttributes,
  type GovernanceGraph,
  type GraphAttributes,
  type RelationAttributes,
} from './graph.js';
export { importArray } from './import-array.js';
export { importCsv } from './import-csv.js';
export { type ImportRowsOptions, importRows, type RowTable } from './import-rows.js';
export {
  BUILTIN_KINDS,
  ENTITY_KINDS,
  familyLabel,
  isKnownKind,
  KIND_FAMILIES,
  KIND_SHAPES,
  type KindTable,
  type KnownEntityKind,
  kindFamily,
  kindLabel,
  kindRank,
  kindTable,
} from './kinds.js';
export {
  MAX_ENTITIES,
  MAX_FILE_BYTES,
  MAX_FREE_TEXT_LENGTH,
  MAX_NAME_LENGTH,
  MAX_RELATIONS,
  MAX_TEXT_LENGTH,
  MODEL_LIMITS,
  type ModelLimits,
} from './limits.js';
export { type LoadOptions, type LoadResult, loadModel } from './load.js';
export { loadModelValue } from './load-value.js';
export * from './queries/index.js';
export {
  BUILTIN_RELATION_TYPES,
  RELATION_FAMILIES,
  relationFamily,
  relationTypeLabel,
  relationTypeTable,
} from './relation-types.js';
export type {
  Entity,
  GovernanceModel,
  KindDefinition,
  KindShape,
  ModelIssue,
  PartialDate,
  Relation,
  RelationFamily,
  RelationTypeDefinition,
  SourceInfo,
} from './types.js';
