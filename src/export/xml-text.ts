/**
 * Text for XML documents the exporters write. Labels and titles come from people's own models, so
 * nothing in them may end markup, start an entity or (being a character XML 1.0 forbids) make
 * strict parsers refuse the whole file.
 */

/**
 * Code points XML 1.0 does not allow anywhere, even escaped: C0 controls other than tab, line feed
 * and carriage return, U+FFFE, U+FFFF, and UTF-16 surrogates that are not part of a pair.
 */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the controls XML forbids is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every code point XML forbids replaced by U+FFFD, the replacement character. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD');
}

const TEXT_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  // Only "]]>" strictly needs it, but escaping every ">" keeps the rule simple to check.
  '>': '&gt;',
  // Parsers turn a raw CR into LF; the reference keeps it.
  '\r': '&#13;',
};

/** Character data for element content: `<text>`, `<title>`. */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/[&<>\r]/g, (c) => TEXT_ENTITIES[c]!);
}

const ATTRIBUTE_ENTITIES: Record<string, string> = {
  ...TEXT_ENTITIES,
  '"': '&quot;',
  "'": '&apos;',
  // Attribute-value normalisation would turn these into spaces; references survive it.
  '\t': '&#9;',
  '\n': '&#10;',
};

/** An attribute value, for either quote style. */
export function escapeAttribute(text: string): string {
  return xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ENTITIES[c]!);
}
