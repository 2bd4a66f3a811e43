/**
 * The formats a model file may come in, told apart by its name, the type it was served as, and
 * its first bytes, so that a file served as `application/octet-stream` or `text/plain`, or saved
 * without its extension, is still read with the right reader.
 */
export const FileFormat = {
  /** The governance model format (JSON). */
  json: 'json',
  /** An org chart as CSV (or tab-separated) text. */
  csv: 'csv',
  /** An Excel workbook (Office Open XML); its first sheet is read as a CSV org chart. */
  xlsx: 'xlsx',
  /** A GraphML graph (yEd, Gephi, NetworkX, graphology). */
  graphml: 'graphml',
  /** A GEXF graph (Gephi). */
  gexf: 'gexf',
} as const;
export type FileFormat = (typeof FileFormat)[keyof typeof FileFormat];

/** Formats read as bytes rather than text. */
export function isBinaryFormat(format: FileFormat): boolean {
  return format === FileFormat.xlsx;
}

const EXTENSIONS: Readonly<Record<string, FileFormat>> = {
  json: FileFormat.json,
  csv: FileFormat.csv,
  tsv: FileFormat.csv,
  xlsx: FileFormat.xlsx,
  graphml: FileFormat.graphml,
  gexf: FileFormat.gexf,
};

/** The media types servers give each format. `text/xml` and `application/xml` say only "XML": the content decides. */
const CONTENT_TYPES: readonly (readonly [RegExp, FileFormat])[] = [
  [/^application\/(json|[\w.+-]+\+json)$/, FileFormat.json],
  [/^text\/(csv|comma-separated-values|tab-separated-values)$/, FileFormat.csv],
  [/^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet$/, FileFormat.xlsx],
  [/^application\/graphml\+xml$/, FileFormat.graphml],
  [/^application\/gexf\+xml$/, FileFormat.gexf],
];

/** Media types that say nothing of the format: the name and the content decide. */
const GENERIC_TYPES = /^(application\/octet-stream|text\/plain|text\/xml|application\/xml|binary\/octet-stream)$/;

/** The media type alone, lower-cased, without its parameters (`; charset=…`). */
function mediaType(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}

/** The format a name or URL's extension names (`org.xlsx?v=2` → xlsx), or undefined. */
export function formatOfName(name: string): FileFormat | undefined {
  const path = name.replace(/[?#].*$/, '');
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : EXTENSIONS[extension];
}

/** The format a media type names, or undefined for a generic or unknown one. */
export function formatOfContentType(contentType: string): FileFormat | undefined {
  const type = mediaType(contentType);
  return CONTENT_TYPES.find(([pattern]) => pattern.test(type))?.[1];
}

/**
 * Whether a server's content type can be a model file at all: one of the formats' own types, or
 * a generic one (octet-stream, plain text, XML) whose content then decides. HTML is not.
 */
export function isAcceptedContentType(contentType: string): boolean {
  const type = mediaType(contentType);
  return type === '' || formatOfContentType(type) !== undefined || GENERIC_TYPES.test(type);
}

/** A zip archive's first four bytes: an .xlsx workbook is one. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
/** How far into a file its root element is looked for (an XML declaration and comments may come first). */
const SNIFF_BYTES = 1024;

/**
 * The format the first bytes show, or undefined when they show none: a zip archive (`PK\x03\x04`)
 * is a workbook, `<graphml` or `<gexf` in the first kilobyte an XML graph, and text starting with
 * `{` a JSON model. Other XML (an XML declaration first) is given to the GraphML reader, which
 * reads GEXF too and otherwise says which root element it found.
 */
export function formatOfContent(bytes: Uint8Array): FileFormat | undefined {
  if (ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) return FileFormat.xlsx;
  // Latin-1 keeps one character per byte, which is all ASCII markup needs; UTF-16 files are rare here.
  const head = String.fromCharCode(...bytes.subarray(0, SNIFF_BYTES))
    .replace(/^\xef\xbb\xbf/, '')
    .replace(/\0/g, '');
  if (/<(?:[\w-]+:)?graphml[\s>]/.test(head)) return FileFormat.graphml;
  if (/<(?:[\w-]+:)?gexf[\s>]/.test(head)) return FileFormat.gexf;
  // Other XML goes to the graph reader too, which names its root element in its refusal: more
  // use to a reader than a JSON syntax error at "<?xml".
  if (/^\s*<\?xml\s/.test(head)) return FileFormat.graphml;
  if (/^\s*\{/.test(head)) return FileFormat.json;
  return undefined;
}

/**
 * The format of a file: its content first when the content shows one (a workbook served as
 * `text/plain` or named `.csv` is still a workbook), then the content type when it names one, then
 * the name's extension; JSON when nothing tells, as models are JSON by default.
 */
export function detectFormat(name: string, contentType: string, bytes: Uint8Array): FileFormat {
  const content = formatOfContent(bytes);
  // A JSON-looking start proves little against a stated CSV (a header cannot start with "{" in
  // practice, but JSON is the fallback anyway); binary and XML signatures are unambiguous.
  if (content !== undefined && content !== FileFormat.json) return content;
  return formatOfContentType(contentType) ?? formatOfName(name) ?? content ?? FileFormat.json;
}
