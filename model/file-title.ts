/**
 * The title a model read from a file gets when the file names none: the file's name without its
 * folders, query or extension ("org/Ministry%20chart.xlsx?v=2" → "Ministry chart"); "" when there
 * is no name. A %-escape that is not valid UTF-8 is kept as written rather than thrown on.
 */
export function titleFromFileName(file: string | undefined): string {
  const name =
    (file ?? '')
      .replace(/[?#].*$/, '')
      .split(/[\\/]/)
      .at(-1) ?? '';
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // A stray "%" stays as it is.
  }
  return decoded.replace(/\.[^.]*$/, '').trim();
}
