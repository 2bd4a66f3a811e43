/**
 * The id under which Cytoscape's renderer looks for its own stylesheet in `document.head`
 * (cytoscape 3.35, src/extensions/renderer/base/index.mjs). When no element has this id, the
 * renderer inserts a `<style>` giving its container `position: relative`, which a page whose
 * policy is `style-src 'self'` reports as a violation, and which cannot reach into a shadow root
 * anyway. The canvas positions its container itself, so an inert element with that id is enough
 * to tell Cytoscape the stylesheet is there. This rests on a Cytoscape internal: the version is
 * pinned and a test checks that no `<style>` reaches the page's head.
 */
export const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

export function guardCytoscapeStylesheet(doc: Document): void {
  if (doc.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = doc.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  marker.setAttribute('name', 'governance-graph');
  marker.setAttribute('content', 'Cytoscape container styles are provided by <governance-graph>');
  doc.head.append(marker);
}
