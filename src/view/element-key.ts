/**
 * Keys of drawn elements. A model may give a relation the id of a body (ids are unique among
 * bodies and among relations, not across them), while Cytoscape has one id space for nodes and
 * edges, and the highlight map holds both. Every drawn element is therefore keyed by its group
 * and its model id; model ids are turned into keys here and back here, nowhere else.
 */

const NODE = 'n:';
const EDGE = 'e:';
const BADGE = 'b:';

/** The key of the body `id`: its Cytoscape id and its entry in a highlight. */
export const nodeKey = (id: string): string => NODE + id;

/** The key of the relation `id`: its Cytoscape id and its entry in a highlight. */
export const edgeKey = (id: string): string => EDGE + id;

/** The key of the "+N" badge of the collapsed body `id` (see badgeDefinitions). */
export const badgeKey = (id: string): string => BADGE + id;

/** Whether a key is a body's. */
export const isNodeKey = (key: string): boolean => key.startsWith(NODE);

/** Whether a key is a badge's. */
export const isBadgeKey = (key: string): boolean => key.startsWith(BADGE);

/** The model id of a body's or relation's key (the inverse of nodeKey and edgeKey; a badge's gives its body's). */
export const modelId = (key: string): string => key.slice(NODE.length);
