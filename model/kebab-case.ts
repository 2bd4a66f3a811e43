/** The id pattern of the schema: lower-case letters and digits in words joined by single hyphens. */
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether `text` is already a valid id. */
export function isKebabCase(text: string): boolean {
  return KEBAB_CASE.test(text);
}

/**
 * Turns any label into a kebab-case id, the same way every time: "Finance Dept" → "finance-dept",
 * "E12" → "e12", "NCIAgency" → "nci-agency", "Ministère des Armées" → "ministere-des-armees".
 * Text with no Latin letters or digits ("東京") becomes its code points ("x-6771-4eac") so that
 * distinct labels still get distinct ids. Returns "" only for empty or blank text.
 */
export function toKebabCase(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // Word boundaries inside camelCase and after acronyms: "financeDept", "NCIAgency".
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  if (words.length > 0) return words.join('-');
  const codePoints = Array.from(text.trim(), (char) => char.codePointAt(0)?.toString(16) ?? '');
  return codePoints.length > 0 ? `x-${codePoints.join('-')}` : '';
}
