import { describe, expect, it } from 'vitest';
import { decodeText, TextEncoding } from '../../model/decode-text.js';

const TEXT = '{"title":"Ministère, Straße, Łódź"}';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: TextEncoding.utf8 });
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeText(marked)).toEqual({ text: TEXT, encoding: TextEncoding.utf8 });
  });

  it('reads UTF-16 little- and big-endian by their byte order mark', () => {
    expect(decodeText(utf16(TEXT, true))).toEqual({ text: TEXT, encoding: TextEncoding.utf16le });
    expect(decodeText(utf16(TEXT, false))).toEqual({ text: TEXT, encoding: TextEncoding.utf16be });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, as Excel saves in Western Europe', () => {
    // "Ministère – Café" in Windows-1252: è = E8, – = 96, é = E9.
    const bytes = new Uint8Array([
      0x4d, 0x69, 0x6e, 0x69, 0x73, 0x74, 0xe8, 0x72, 0x65, 0x20, 0x96, 0x20, 0x43, 0x61, 0x66, 0xe9,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'Ministère – Café', encoding: TextEncoding.windows1252 });
  });
});
