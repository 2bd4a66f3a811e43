/** Between the parts of an exported picture's title line. */
const SEPARATOR = ' — ';

/**
 * The title line of an exported picture: the model's title, then the year shown and the selected
 * body when there are, so that a picture in a report says what it shows:
 * `exportTitle('NATO cyber defence governance', 2015, 'NCIRC Technical Centre')` is
 * "NATO cyber defence governance — 2015 — NCIRC Technical Centre".
 */
export function exportTitle(modelTitle: string, year: number | null, selectedName: string | null): string {
  return [modelTitle, year === null ? '' : String(year), selectedName ?? ''].filter((p) => p !== '').join(SEPARATOR);
}
