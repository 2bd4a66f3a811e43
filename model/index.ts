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
export { importCsv } from './import-csv.js';
export { ENTITY_KINDS, isKnownKind, type KnownEntityKind, kindFamily, kindLabel, kindRank } from './kinds.js';
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
export { BUILTIN_RELATION_TYPES, relationTypeLabel, relationTypeTable } from './relation-types.js';
export type {
  Entity,
  GovernanceModel,
  ModelIssue,
  PartialDate,
  Relation,
  RelationTypeDefinition,
  SourceInfo,
} from './types.js';
