/*
 * The few parts of the W3C DOM the graph-file importers read. model/ runs without a DOM: the XML
 * is parsed by @xmldom/xmldom (or any DOMParser a caller hands over), whose documents have these shapes.
 */

/** A node of an XML document: an element, text, a comment… */
export interface XmlNode {
  readonly nodeType: number;
  readonly textContent: string | null;
}

/** An element of an XML document. */
export interface XmlElement extends XmlNode {
  /** The name without its namespace prefix (`NodeLabel` for `y:NodeLabel`). */
  readonly localName: string;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
  readonly childNodes: ArrayLike<XmlNode>;
}

/** A parsed XML document. */
export interface XmlDocument {
  readonly documentElement: XmlElement | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

/** A DOMParser constructor: @xmldom/xmldom's, or a browser's `DOMParser`. */
export type XmlParser = new () => { parseFromString(text: string, type: 'application/xml'): unknown };

/** The node type of elements (Node.ELEMENT_NODE). */
export const ELEMENT_NODE = 1;

/** An element's child elements, in order. */
export function childElements(element: XmlElement): XmlElement[] {
  return Array.from(element.childNodes).filter((node): node is XmlElement => node.nodeType === ELEMENT_NODE);
}

/**
 * Parses XML text, or says why it cannot: browsers return a document holding a `<parsererror>`
 * element, @xmldom/xmldom throws. Either way the answer is the parser's first line.
 */
export function parseXml(text: string, Parser: XmlParser): { document: XmlDocument } | { error: string } {
  let document: XmlDocument;
  try {
    document = new Parser().parseFromString(text, 'application/xml') as XmlDocument;
  } catch (error) {
    return { error: firstLine(error instanceof Error ? error.message : String(error)) };
  }
  const root = document.documentElement;
  if (!root) return { error: 'no root element' };
  const failure = root.localName === 'parsererror' ? root : document.getElementsByTagName('parsererror')[0];
  if (failure) return { error: firstLine(failure.textContent ?? '') };
  return { document };
}

function firstLine(text: string): string {
  const line =
    text
      .split('\n')
      .map((part) => part.trim())
      .find((part) => part !== '' && !/^This page contains the following errors/i.test(part)) ?? '';
  return line.replace(/^\[xmldom [^\]]*\]\t?/, '').slice(0, 200) || 'not well-formed';
}
