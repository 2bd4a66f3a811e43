import { toKebabCase } from '../../model/kebab-case.js';

/** Long enough for real names, short enough that two parts stay clear of file-system limits. */
const MAX_PART_LENGTH = 60;

function part(text: string): string {
  const kebab = toKebabCase(text);
  if (kebab.length <= MAX_PART_LENGTH) return kebab;
  const cut = kebab.slice(0, MAX_PART_LENGTH + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : cut.slice(0, MAX_PART_LENGTH)).replace(/-+$/, '');
}

/**
 * The name a downloaded diagram is saved under: the model's title, the year shown when one is and,
 * when a body is selected, its name, as lower-case ASCII words joined by hyphens, parts joined by
 * two: `exportFileName('NATO cyber defence governance', 'Cyber Defence Committee', 'svg', 2015)` is
 * "nato-cyber-defence-governance--2015--cyber-defence-committee.svg". Safe on every file system
 * and in a URL; never empty.
 */
export function exportFileName(
  modelTitle: string,
  selectedName: string | null,
  extension: string,
  year: number | null = null,
): string {
  const ext = toKebabCase(extension.replace(/^\./, '')) || 'svg';
  const parts = [part(modelTitle) || 'governance-graph'];
  if (year !== null) parts.push(String(year));
  const selected = selectedName === null ? '' : part(selectedName);
  if (selected !== '') parts.push(selected);
  return `${parts.join('--')}.${ext}`;
}
