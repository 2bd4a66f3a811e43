import type { GovernanceGraphElement } from './governance-graph.js';

/** The words every page title of the explorer starts with. */
export const TITLE_PREFIX = 'governance-graph: ';

/**
 * Sets up the explorer page around its widget: the model named by `?src=` in `page` (same origin
 * or CORS-enabled), else `builtIn`, its headers mapped to columns by `?columns=` (the element's
 * `columns` attribute, which the widget's messages point to). The document's title follows each model drawn; with `?src=`
 * a bar above the widget names the file and links back to the built-in model (the page's own
 * address without its query, and without a hash, which held the other model's view).
 */
export function startExplorer(
  element: GovernanceGraphElement,
  page: URL,
  builtIn: GovernanceGraphElement['model'],
): void {
  const doc = element.ownerDocument;
  element.addEventListener('gov-ready', () => {
    const title = element.governanceGraph?.getAttribute('title');
    if (title) doc.title = `${TITLE_PREFIX}${title}`;
  });
  const src = page.searchParams.get('src');
  if (!src) {
    element.model = builtIn;
    return;
  }
  const columns = page.searchParams.get('columns');
  if (columns) element.columns = columns;
  element.src = src;
  const bar = doc.createElement('p');
  bar.className = 'explorer-source';
  const name = doc.createElement('code');
  name.textContent = src;
  const back = doc.createElement('a');
  back.href = page.pathname;
  back.textContent = 'Back to the built-in model';
  bar.append('Showing ', name, ' · ', back);
  element.before(bar);
}
