/** The encodings a model file is read in. */
export const TextEncoding = {
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  windows1252: 'windows-1252',
} as const;
export type TextEncoding = (typeof TextEncoding)[keyof typeof TextEncoding];

export interface DecodedText {
  /** The text, without its byte order mark. */
  text: string;
  encoding: TextEncoding;
}

/**
 * Reads the bytes of a JSON model or a CSV file as text, as spreadsheet programs save them: UTF-8
 * with or without a byte order mark, UTF-16 (little- or big-endian) with one, and otherwise, when
 * the bytes are not valid UTF-8, Windows-1252, the encoding Excel uses in Western Europe (a
 * superset of Latin-1, so ISO-8859-1 files read the same). The caller should warn when
 * `encoding` is windows-1252: the guess may be wrong for files from elsewhere.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder(TextEncoding.utf16le).decode(bytes), encoding: TextEncoding.utf16le };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder(TextEncoding.utf16be).decode(bytes), encoding: TextEncoding.utf16be };
  }
  try {
    // The decoder drops a UTF-8 byte order mark itself.
    return { text: new TextDecoder(TextEncoding.utf8, { fatal: true }).decode(bytes), encoding: TextEncoding.utf8 };
  } catch {
    return { text: windows1252(bytes), encoding: TextEncoding.windows1252 };
  }
}

/**
 * Windows-1252's characters for the bytes 0x80 to 0x9F (undefined bytes left as their code
 * point, as browsers do). Written here because TextDecoder's windows-1252 reads this range as
 * Latin-1's control characters in Node builds without full ICU; every other byte is Latin-1.
 */
const C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const part = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(part, (b) => (b >= 0x80 && b <= 0x9f ? C1.charCodeAt(b - 0x80) : b)));
  }
  return text;
}
