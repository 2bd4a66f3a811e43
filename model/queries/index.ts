export { chainOfCommand, superiors } from './chain-of-command.js';
export { displayName } from './display-name.js';
export { findPath, type GovernancePath } from './path.js';
export { cooperationPartners, type RelationView, relationsOf } from './relations-of.js';
export { SEARCH_SCORES, type SearchHit, search } from './search.js';
export {
  type Change,
  type Changes,
  changesBetween,
  changesInYear,
  changeYears,
  dateRange,
  type Rename,
  structureAt,
} from './structure-at.js';
export { type Subordinate, subordinates } from './subordinates.js';
