import { RELATIONS_SHOWN, RelationsShown } from './view/relations-shown.js';
import type { LayoutDirection } from './view/tree-layout.js';

/** What a link to the explorer reproduces: selection, year, filters, layout and relations drawn. */
export interface HashState {
  selected: string | null;
  year: number | null;
  hiddenKinds: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  layout: LayoutDirection;
  relations: RelationsShown;
}

const list = (value: string | null) => new Set((value ?? '').split(',').filter(Boolean));

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
  const text = params.toString();
  return text ? `#${text}` : '';
}
