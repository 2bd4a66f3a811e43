import { kindFamily } from '../../model/kinds.js';
import type { GraphView } from './graph-view.js';

export type Move = 'up' | 'down' | 'previous' | 'next';

/**
 * Where an arrow key goes from a body: up to its superior in the drawn tree, down to its first
 * subordinate, sideways to its neighbours under the same superior. Bodies outside the chain of
 * command move within their group, in drawing order.
 */
export function nextInDirection(view: GraphView, from: string, move: Move): string | null {
  const parent = view.parent.get(from);
  const inTree = parent !== undefined || (view.children.get('') ?? []).includes(from);
  if (inTree) {
    if (move === 'up') return parent ?? null;
    if (move === 'down') return view.children.get(from)?.[0] ?? null;
    const siblings = view.children.get(parent ?? '') ?? [];
    const i = siblings.indexOf(from);
    return siblings[move === 'next' ? i + 1 : i - 1] ?? null;
  }
  const node = view.nodes.find((n) => n.id === from);
  if (!node) return null;
  const group = kindFamily(node.kind, view.kinds);
  const peers = view.nodes.filter((n) => kindFamily(n.kind, view.kinds) === group && !view.parent.has(n.id));
  const i = peers.findIndex((n) => n.id === from);
  if (move === 'next') return peers[i + 1]?.id ?? null;
  if (move === 'previous') return peers[i - 1]?.id ?? null;
  return null;
}
