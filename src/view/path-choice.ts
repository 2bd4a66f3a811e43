import type { GovernancePath } from '../../model/queries/path.js';

/** The two ends of a path, as chosen, and the path between them (null when either is missing or none joins them). */
export interface PathChoice {
  from: string | null;
  to: string | null;
  path: GovernancePath | null;
}

/** No end chosen. */
export const NO_PATH: PathChoice = Object.freeze({ from: null, to: null, path: null });
