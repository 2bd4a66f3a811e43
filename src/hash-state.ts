import { type CollapseState, DEFAULT_COLLAPSE } from './view/collapse.js';
import { RELATIONS_SHOWN, RelationsShown } from './view/relations-shown.js';
import type { LayoutDirection } from './view/tree-layout.js';

/** The two ends of a path asked for in the Path panel. */
export interface PathEnds {
  from: string;
  to: string;
}

/** What a link to the explorer reproduces: selection, year, filters, layout, relations drawn and path. */
export interface HashState {
  selected: string | null;
  year: number | null;
  hiddenKinds: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  layout: LayoutDirection;
  relations: RelationsShown;
  /** Bodies the reader collapsed or expanded, relative to the default (`collapse=` and `expand=`). */
  collapse: CollapseState;
  /** The Path panel's two ends (`path=from,to`), or null. */
  path: PathEnds | null;
}

const list = (value: string | null) => new Set((value ?? '').split(',').filter(Boolean));

/**
 * A list of body ids, each percent-encoded before the commas join them, so that an id holding a
 * comma (which a model's ids may not, but a link may be edited by hand) cannot split in two.
 */
function idList(value: string | null): Set<string> {
  const ids = new Set<string>();
  for (const part of list(value)) {
    try {
      ids.add(decodeURIComponent(part));
    } catch {
      // A malformed escape in a hand-edited link names no body.
    }
  }
  return ids;
}

const joinIds = (ids: ReadonlySet<string>) => [...ids].sort().map(encodeURIComponent).join(',');

/** `path=from,to`, each id percent-encoded as in idList (ids may hold commas, `&` or `#`); null unless both decode. */
function pathEnds(value: string | null): PathEnds | null {
  const parts = (value ?? '').split(',');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  try {
    return { from: decodeURIComponent(parts[0]), to: decodeURIComponent(parts[1]) };
  } catch {
    return null;
  }
}

/** Reads a state from a location hash such as `#select=cyber-defence-committee&year=2015`. */
export function parseHashState(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const year = Number.parseInt(params.get('year') ?? '', 10);
  return {
    selected: params.get('select') || null,
    year: Number.isFinite(year) ? year : null,
    hiddenKinds: list(params.get('hide-kinds')),
    hiddenTypes: list(params.get('hide-types')),
    layout: params.get('layout') === 'LR' ? 'LR' : 'TB',
    relations: RELATIONS_SHOWN.find((mode) => mode === params.get('relations')) ?? RelationsShown.selected,
    collapse: collapseState(idList(params.get('collapse')), idList(params.get('expand'))),
    path: pathEnds(params.get('path')),
  };
}

/** Writes a state as a hash, leaving out what is at its default so links stay short; '' for the default view. */
export function formatHashState(state: HashState): string {
  const params = new URLSearchParams();
  if (state.selected !== null) params.set('select', state.selected);
  if (state.year !== null) params.set('year', String(state.year));
  if (state.hiddenKinds.size > 0) params.set('hide-kinds', [...state.hiddenKinds].sort().join(','));
  if (state.hiddenTypes.size > 0) params.set('hide-types', [...state.hiddenTypes].sort().join(','));
  if (state.layout !== 'TB') params.set('layout', state.layout);
  if (state.relations !== RelationsShown.selected) params.set('relations', state.relations);
  if (state.collapse.collapsed.size > 0) params.set('collapse', joinIds(state.collapse.collapsed));
  if (state.collapse.expanded.size > 0) params.set('expand', joinIds(state.collapse.expanded));
  if (state.path) params.set('path', [state.path.from, state.path.to].map(encodeURIComponent).join(','));
  const text = params.toString();
  return text ? `#${text}` : '';
}

function collapseState(collapsed: Set<string>, expanded: Set<string>): CollapseState {
  return collapsed.size === 0 && expanded.size === 0 ? DEFAULT_COLLAPSE : { collapsed, expanded };
}
