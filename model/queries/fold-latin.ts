/**
 * Latin letters that Unicode does not decompose into a base letter and marks, each with the
 * letters a reader types for it on a plain keyboard: "lodz" for "Łódź", "strasse" for "Straße",
 * "orsted" for "Ørsted", "aesir" for "Æsir". Lower case only: text is lower-cased first, and
 * everything that does decompose ("é", "ẵ", the ligature "ﬁ") is left to NFKD.
 *
 * Written here rather than taken from a transliteration library: those cover every script with
 * tables of tens of kilobytes, where search needs these few dozen letters, and the widget's first
 * file is already at its size budget.
 */
const LATIN_BASE: Readonly<Record<string, string>> = {
  æ: 'ae',
  ƀ: 'b',
  ȼ: 'c',
  ƈ: 'c',
  đ: 'd',
  ð: 'd',
  ɗ: 'd',
  ɇ: 'e',
  ǝ: 'e',
  ə: 'e',
  ƒ: 'f',
  ǥ: 'g',
  ɠ: 'g',
  ħ: 'h',
  ı: 'i',
  ɨ: 'i',
  ɉ: 'j',
  ĸ: 'k',
  ƙ: 'k',
  ł: 'l',
  ƚ: 'l',
  ŋ: 'ng',
  ɲ: 'n',
  ø: 'o',
  ɵ: 'o',
  œ: 'oe',
  ƥ: 'p',
  ɍ: 'r',
  ß: 'ss',
  ʂ: 's',
  ŧ: 't',
  ƭ: 't',
  þ: 'th',
  ʉ: 'u',
  ƴ: 'y',
  ƶ: 'z',
  ȥ: 'z',
  ʒ: 'z',
};

const UNDECOMPOSED = new RegExp(`[${Object.keys(LATIN_BASE).join('')}]`, 'gu');

/**
 * Text in lower case with every Latin letter folded to its base letters and every mark dropped:
 * "Łódź" → "lodz", "Đà Nẵng" → "da nang", "Œuvre" → "oeuvre". Other scripts keep their letters.
 */
export function foldLatin(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(UNDECOMPOSED, (letter) => LATIN_BASE[letter] ?? letter);
}
