import type { GovernancePath } from '../../model/queries/path.js';
import type { ViewEdge } from './graph-view.js';

/**
 * Which relations outside the chain of command the diagram draws. The chain of command (tree
 * links and second superiors' lines) is always drawn; the rest would cross the org chart in
 * every direction, so by default only the selected body's are drawn, highlighted.
 */
export const RelationsShown = {
  /** The selected body's relations (and any on a chosen path); none while nothing is selected. */
  selected: 'selected',
  /** Every relation, receding until a selection highlights its own. */
  all: 'all',
  /** None but those on a chosen path. */
  none: 'none',
} as const;
export type RelationsShown = (typeof RelationsShown)[keyof typeof RelationsShown];

/** Every mode, as the `relations` attribute accepts them. */
export const RELATIONS_SHOWN: readonly RelationsShown[] = Object.values(RelationsShown);

/** Whether a view edge outside the chain of command is drawn, under `mode`, the selection and the path. */
export function relationDrawn(
  mode: RelationsShown,
  selected: string | null,
  path: GovernancePath | null,
): (edge: ViewEdge) => boolean {
  if (mode === RelationsShown.all) return () => true;
  const onPath = new Set(path?.edges ?? []);
  const of = mode === RelationsShown.selected && path === null ? selected : null;
  return (edge) => onPath.has(edge.id) || (of !== null && (edge.source === of || edge.target === of));
}
