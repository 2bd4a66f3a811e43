/** The landmark roles of the widget's drawing and side panel, for where it stands in its page. */
export interface LandmarkRoles {
  drawing: 'main' | 'region';
  panel: 'complementary' | 'region';
}

/** A page's main content, wherever it is. */
const MAIN = 'main, [role="main"]';

/**
 * Landmarks around the widget inside which a complementary landmark does not belong: ARIA wants
 * complementary content at the top level, beside the main content it complements.
 */
const LANDMARKS = [
  MAIN,
  'aside, nav, header, footer, form[aria-label], form[aria-labelledby], section[aria-label], section[aria-labelledby]',
  '[role="complementary"], [role="navigation"], [role="banner"], [role="contentinfo"], [role="region"], [role="form"], [role="search"]',
].join(', ');

/**
 * The roles that give the widget's parts landmarks without clashing with its page's. On a page
 * of its own (no main content besides it, as in the explorer), the drawing is the page's `main`
 * and the panel `complementary`. Embedded in a page that has its main content, the drawing is a
 * labelled `region` (a page has one main), and so is the panel where it sits inside another
 * landmark. Read from the widget's own document or shadow tree, when it renders.
 */
export function landmarkRoles(host: Element): LandmarkRoles {
  const root = host.getRootNode() as Document | ShadowRoot;
  const pageHasMain = root.querySelector(MAIN) !== null;
  const nested = host.parentElement?.closest(LANDMARKS) != null;
  return { drawing: pageHasMain ? 'region' : 'main', panel: nested ? 'region' : 'complementary' };
}
