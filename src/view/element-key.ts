/**
 * Keys of drawn elements. A model may give a relation the id of a body (ids are unique among
 * bodies and among relations, not across them), while Cytoscape has one id space for nodes and
 * edges, and the highlight map holds both. Every drawn element is therefore keyed by its group
 * and its model id; model ids are turned into keys here and back here, nowhere else.
 */

const NODE = 'n:';
const EDGE = 'e:';

/** The key of the body `id`: its Cytoscape id and its entry in a highlight. */
export const nodeKey = (id: string): string => NODE + id;

/** The key of the relation `id`: its Cytoscape id and its entry in a highlight. */
export const edgeKey = (id: string): string => EDGE + id;

/** The model id of a body's or relation's key (the inverse of nodeKey and edgeKey). */
export const modelId = (key: string): string => key.slice(NODE.length);
