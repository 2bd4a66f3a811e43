/**
 * JSON Pointers (RFC 6901), the paths every issue carries. "" is the whole document.
 */

/** Escapes one segment: `~` and `/` would otherwise read as syntax. */
export function escapeSegment(segment: string | number): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The pointer to a child of `path`: `childPath('/entities', 3)` is `/entities/3`. */
export function childPath(path: string, segment: string | number): string {
  return `${path}/${escapeSegment(segment)}`;
}

/** The segments of a pointer, unescaped; `[]` for the whole document. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}
