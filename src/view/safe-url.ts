/**
 * The schemes a URL from a model may have to become a link: web pages and e-mail. Anything else
 * (`javascript:`, `data:`, `vbscript:`, `file:`, relative paths…) is shown as text, since a
 * model file is other people's data and a link is the one way its text could run.
 */
const LINK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL to put in an `href` for `text` from a model, or null when it must stay text. The text
 * is parsed as the browser would parse the attribute (leading and trailing spaces and control
 * characters dropped, tabs and line breaks removed, scheme case ignored), and what is returned
 * is the parsed URL itself, so the link goes exactly where was checked. Relative URLs are not
 * links: they would point into whatever page embeds the widget.
 */
export function safeLinkUrl(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return LINK_SCHEMES.has(url.protocol) ? url.href : null;
}
