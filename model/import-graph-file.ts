/// <reference path="./graphology-xml-parsers.d.ts" />
import { DOMParser } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import type { Attributes } from 'graphology-types';
import { type Candidate, didYouMeanText } from './did-you-mean.js';
import { titleFromFileName } from './file-title.js';
import { type DraftIssue, error, placedIssue, warning } from './issue.js';
import { escapeSegment } from './json-pointer.js';
import { toKebabCase } from './kebab-case.js';
import { IMPORTED_KIND } from './kinds.js';
import { MODEL_LIMITS, type ModelLimits, textTooLong } from './limits.js';
import { type LoadResult, loadResult } from './load-result.js';
import { LoadStep, type LoadSteps, runSteps } from './load-steps.js';
import { quote } from './message-text.js';
import { toPlainData } from './plain-data.js';
import { BUILTIN_RELATION_TYPES } from './relation-types.js';
import type { Entity, GovernanceModel, Relation } from './types.js';
import { validateModel } from './validate-model.js';
import { childElements, parseXml, type XmlDocument, type XmlElement, type XmlParser } from './xml-document.js';

export interface ImportGraphFileOptions {
  /** The file or URL the graph came from: named in every issue, and the model's title by default. */
  file?: string | undefined;
  /** The model's title; otherwise the graph's own (`label`, `name`, `title`), the file's name, or "Graph". */
  title?: string | undefined;
  /** The limits to hold the model to; model/limits.ts's unless given. */
  limits?: ModelLimits | undefined;
  /**
   * The DOMParser to read the XML with; @xmldom/xmldom's by default, in Node and in browsers
   * alike: a browser's own DOMParser is a Trusted Types sink, refused on pages that enforce them
   * (the widget promises to run under such a policy with no violation).
   */
  xmlParser?: XmlParser | undefined;
}

/**
 * Imports a graph kept as GraphML (yEd, Gephi, NetworkX, graphology) or GEXF (Gephi), told apart
 * by the document's root element, through graphology's own parsers.
 *
 * - Each node is a body: its name from the node's `label` or `name` attribute (any case), else
 *   yEd's `<y:NodeLabel>`, else its id; its kind from `kind` or `type`, default `body`; and
 *   `acronym`, `location`, `description`, `since`, `until` and `note` from attributes of those
 *   names. Ids are kept as written (trimmed).
 * - Each edge is a relation from its source to its target: `oversees` (the source is the
 *   superior), unless an edge attribute `type`, `relation`, `relationType` or `label` names a
 *   built-in relation type (`part-of`, `cooperates-with`, …). Undirected edges are read from
 *   source to target too, with one warning.
 *
 * The model then goes through the checks every JSON model does. Issues name nodes and edges by
 * their ids in the file: `/nodes/<id>/…`, `/edges/<id>/…` (an edge without an id by its ends,
 * `/edges/<source>→<target>`). Never throws.
 */
export function importGraphFile(text: string, options: ImportGraphFileOptions = {}): LoadResult {
  return runSteps(importGraphFileSteps(text, options));
}

/** importGraphFile step by step (see LoadSteps): reading is the XML and the model made from it, checking the rest. */
export function* importGraphFileSteps(text: string, options: ImportGraphFileOptions = {}): LoadSteps {
  const limits = options.limits ?? MODEL_LIMITS;
  if (text.length > limits.textLength) return failed(options, [error('', textTooLong(text.length, limits.textLength))]);
  yield { step: LoadStep.reading, elements: 0 };
  const xmlParser = options.xmlParser ?? QuietXmlParser;
  const parsed = parseXml(text, xmlParser);
  if ('error' in parsed) return failed(options, [error('', `is not well-formed XML: ${parsed.error}`)]);
  const root = parsed.document.documentElement!;
  const format = root.localName.toLowerCase();
  if (format !== 'graphml' && format !== 'gexf') {
    return failed(options, [
      error('', `is XML but neither GraphML nor GEXF (its root element is <${root.localName}>)`),
    ]);
  }
  const read = readGraph(parsed.document, format, xmlParser);
  if ('error' in read)
    return failed(options, [
      error('', `could not be read as ${format === 'gexf' ? 'GEXF' : 'GraphML'}: ${read.error}`),
    ]);
  const built = buildModel(read.graph, parsed.document, options);
  const plain = toPlainData(built.model);
  const model = (plain.ok ? plain.value : built.model) as GovernanceModel;

  yield { step: LoadStep.checking, elements: model.entities.length + model.relations.length };
  const describe = (path: string) => filePath(path, built.nodePaths, built.edgePaths);
  const checked = validateModel(model, { limits, describePath: describe }).map((issue) => ({
    ...issue,
    path: describe(issue.path),
  }));
  return loadResult(
    model,
    [...built.issues, ...checked].map((issue) => placedIssue(issue, options.file)),
  );
}

/** @xmldom/xmldom's parser without its console reports: the importer says what is wrong, once. */
class QuietXmlParser extends DOMParser {
  constructor() {
    super({ onError: () => {} });
  }
}

/** A graph as graphology's parsers give it: any type, parallel edges allowed. */
type ParsedGraph = MultiGraph<Attributes, Attributes, Attributes>;

/** The parser factories take a DOMParser and the Document class the document given to them must be. */
function readGraph(
  document: XmlDocument,
  format: 'graphml' | 'gexf',
  Parser: XmlParser,
): { graph: ParsedGraph } | { error: string } {
  const create = format === 'gexf' ? createGexfParser : createGraphmlParser;
  if (format === 'graphml') keepKeysTheParserReads(document);
  try {
    const parse = create(Parser, (document as { constructor: unknown }).constructor);
    // Edges to undeclared nodes are let through and reported below with the edge's id, which
    // the parsers' own error does not name.
    const graph = parse(MultiGraph, document, { addMissingNodes: true, allowUndeclaredAttributes: true });
    return { graph: graph as ParsedGraph };
  } catch (failure) {
    const message = failure instanceof Error ? failure.message : String(failure);
    return { error: message.replace(/^graphology-\w+\/parser: /, '').replace(/^Graph\.\w+: /, '') };
  }
}

/** What `<key for="…">` may say that graphology-graphml keeps attributes for. */
const KEY_DOMAINS = new Set(['node', 'edge', 'graph']);

/**
 * graphology-graphml keeps a table of attributes for nodes, edges and the graph only, and throws
 * on a `<key>` for anything else: yEd declares keys `for="port"` and `for="graphml"` in every
 * file, and GraphML allows `for="all"`. So, before it reads the document, a key for all becomes
 * one key for each of the three, and a key for ports, hyperedges or the document is dropped (the
 * importer reads nothing of those). Changes the document in place.
 */
function keepKeysTheParserReads(document: XmlDocument): void {
  type Key = XmlElement & {
    setAttribute(name: string, value: string): void;
    cloneNode(deep: boolean): Key;
    parentNode: { insertBefore(node: Key, before: Key | null): void; removeChild(node: Key): void } | null;
    nextSibling: Key | null;
  };
  for (const key of Array.from(document.getElementsByTagName('key')) as Key[]) {
    const domain = (key.getAttribute('for') ?? 'node').toLowerCase();
    if (KEY_DOMAINS.has(domain)) continue;
    const parent = key.parentNode;
    if (!parent) continue;
    if (domain === 'all') {
      for (const each of KEY_DOMAINS) {
        const copy = key.cloneNode(true);
        copy.setAttribute('for', each);
        parent.insertBefore(copy, key.nextSibling);
      }
    }
    parent.removeChild(key);
  }
}

interface BuiltModel {
  model: GovernanceModel;
  /** Each entity's path in the file, by position: `/nodes/<id>`. */
  nodePaths: string[];
  /** Each relation's path in the file, by position: `/edges/<id>`. */
  edgePaths: string[];
  issues: DraftIssue[];
}

/** Node attributes read into entity fields of the same name. */
const ENTITY_FIELDS = ['acronym', 'location', 'description', 'since', 'until', 'note'] as const;
/** Edge attributes that may name the relation type, in order of preference. */
const RELATION_KEYS = ['relationtype', 'relation', 'type', 'label'] as const;
/** Of those, the ones that can only mean a relation type: a value there that is no known type is worth a warning. */
const EXPLICIT_RELATION_KEYS = new Set<string>(['relationtype', 'relation']);

function buildModel(graph: ParsedGraph, document: XmlDocument, options: ImportGraphFileOptions): BuiltModel {
  const issues: DraftIssue[] = [];
  const declared = new Set(Array.from(document.getElementsByTagName('node'), (node) => node.getAttribute('id') ?? ''));
  const yedLabels = yedNodeLabels(document);
  const titles = gexfAttributeTitles(document);

  const entities: Entity[] = [];
  const nodePaths: string[] = [];
  const ids = new Map<string, string>();
  for (const node of graph.nodes()) {
    if (!declared.has(node)) continue;
    const path = `/nodes/${escapeSegment(node)}`;
    // Ids as written, as in every other format, but for the spaces at their ends.
    const id = node.trim();
    const taken = [...ids].find(([, kept]) => kept === id)?.[0];
    if (id === '' || taken !== undefined) {
      const why = id === '' ? 'an empty id' : `the same id as node ${quote(taken!)} (${quote(id)})`;
      issues.push(error(`${path}/id`, `has ${why}`));
      continue;
    }
    ids.set(node, id);
    const attributes = lowerCaseKeys(graph.getNodeAttributes(node), titles.node);
    const name = textOf(attributes.get('label')) || textOf(attributes.get('name')) || yedLabels.get(node) || node;
    const entity: Entity = {
      id,
      name,
      kind: textOf(attributes.get('kind')) || textOf(attributes.get('type')) || IMPORTED_KIND,
    };
    for (const field of ENTITY_FIELDS) {
      const value = textOf(attributes.get(field));
      if (value !== '') entity[field] = value;
    }
    entities.push(entity);
    nodePaths.push(path);
  }

  const relations: Relation[] = [];
  const edgePaths: string[] = [];
  const candidates: Candidate[] = [...declared].map((id) => ({ id }));
  const undirected: string[] = [];
  graph.forEachEdge((edge, attributes, source, target, _s, _t, isUndirected) => {
    const given = edgeIdOf(edge);
    const name = given ?? `${source}→${target}`;
    const path = `/edges/${escapeSegment(name)}`;
    for (const [end, node] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (!declared.has(node))
        issues.push(error(`${path}/${end}`, `no node has the id ${quote(node)}${didYouMeanText(node, candidates)}`));
    }
    const from = ids.get(source);
    const to = ids.get(target);
    if (from === undefined || to === undefined) return;
    // A node linked to itself says nothing of who oversees whom; as a CSV row naming itself, left out.
    if (from === to) {
      issues.push(warning(path, `links ${quote(source)} to itself, so it is left out`));
      return;
    }
    if (isUndirected) undirected.push(name);
    const { type, unknown } = relationType(lowerCaseKeys(attributes, titles.edge));
    if (unknown) {
      issues.push(
        warning(
          `${path}/${unknown.key}`,
          `${quote(unknown.value)} is not a known relation type, so the edge is read as "oversees"`,
        ),
      );
    }
    const tag = given === undefined ? '' : ` id="${given}"`;
    relations.push({ source: from, target: to, type, evidence: `<edge${tag} source="${source}" target="${target}">` });
    edgePaths.push(path);
  });
  if (undirected.length > 0) {
    const listed = undirected.slice(0, 3).map(quote).join(', ');
    const more = undirected.length > 3 ? ` and ${undirected.length - 3} more` : '';
    issues.push(
      warning(
        '/edges',
        `${undirected.length === 1 ? 'an edge is' : `${undirected.length} edges are`} undirected (${listed}${more}): each is read from its source, the superior, to its target`,
      ),
    );
  }
  const graphAttributes = lowerCaseKeys(graph.getAttributes());
  const title =
    options.title?.trim() ||
    textOf(graphAttributes.get('title')) ||
    textOf(graphAttributes.get('label')) ||
    textOf(graphAttributes.get('name')) ||
    titleFromFileName(options.file) ||
    'Graph';
  const description = textOf(graphAttributes.get('description'));
  const model: GovernanceModel = { title, ...(description ? { description } : {}), entities, relations };
  return { model, nodePaths, edgePaths, issues };
}

/** graphology names edges without an id itself (`geid_…`); those are named by their ends instead. */
function edgeIdOf(key: string): string | undefined {
  return /^geid_\d+_\d+$/.test(key) ? undefined : key;
}

function relationType(attributes: Map<string, unknown>): { type: string; unknown?: { key: string; value: string } } {
  for (const key of RELATION_KEYS) {
    const value = textOf(attributes.get(key));
    if (value === '') continue;
    const type = toKebabCase(value);
    if (Object.hasOwn(BUILTIN_RELATION_TYPES, type)) return { type };
    if (EXPLICIT_RELATION_KEYS.has(key)) return { type: 'oversees', unknown: { key, value } };
  }
  return { type: 'oversees' };
}

/**
 * Attributes by lower-cased name, the first spelling winning: files write `Label`, `label` or
 * `LABEL`. An attribute graphology keyed by its declared id (`r`) is found under its title
 * (`relation`) too.
 */
function lowerCaseKeys(attributes: Attributes, titles: ReadonlyMap<string, string> = new Map()): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const [key, value] of Object.entries(attributes)) {
    for (const name of [key, titles.get(key)]) {
      const lower = name?.toLowerCase();
      if (lower !== undefined && !map.has(lower)) map.set(lower, value);
    }
  }
  return map;
}

/**
 * GEXF declares attributes as `<attribute id="r" title="relation">`; graphology-gexf keys the
 * values by title only when the id is a number, otherwise by id. The titles by id, per class.
 */
function gexfAttributeTitles(document: XmlDocument): { node: Map<string, string>; edge: Map<string, string> } {
  const titles = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const group of Array.from(document.getElementsByTagName('attributes'))) {
    const target = group.getAttribute('class') === 'edge' ? titles.edge : titles.node;
    for (const attribute of Array.from(group.getElementsByTagName('attribute'))) {
      const id = attribute.getAttribute('id');
      const title = attribute.getAttribute('title');
      if (id !== null && title !== null) target.set(id, title);
    }
  }
  return titles;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/**
 * yEd keeps a node's label in its graphics (`<data key="…"><y:ShapeNode><y:NodeLabel>…`), which
 * graphology's GraphML parser does not read as an attribute. The first non-empty label directly in
 * a node's own data is taken (a group node's is the first of its realizers); labels of the nodes
 * nested in a group belong to those nodes.
 */
function yedNodeLabels(document: XmlDocument): Map<string, string> {
  const labels = new Map<string, string>();
  for (const node of Array.from(document.getElementsByTagName('node'))) {
    const id = node.getAttribute('id');
    if (id === null) continue;
    for (const data of childElements(node).filter((child) => child.localName === 'data')) {
      const label = Array.from(data.getElementsByTagName('*'))
        .filter((element: XmlElement) => element.localName === 'NodeLabel')
        .map((element) => (element.textContent ?? '').trim())
        .find((text) => text !== '');
      if (label !== undefined) {
        labels.set(id, label);
        break;
      }
    }
  }
  return labels;
}

/** A path into the model made from the file as the path of the node or edge it came from. */
function filePath(path: string, nodePaths: readonly string[], edgePaths: readonly string[]): string {
  const match = /^\/(entities|relations)\/(\d+)(\/.*)?$/.exec(path);
  if (!match) return path;
  const [, list, position, rest = ''] = match;
  const base = (list === 'entities' ? nodePaths : edgePaths)[Number(position)];
  return base === undefined ? path : `${base}${rest}`;
}

function failed({ file }: ImportGraphFileOptions, issues: readonly DraftIssue[]): LoadResult {
  return loadResult(
    undefined,
    issues.map((issue) => placedIssue(issue, file)),
  );
}
