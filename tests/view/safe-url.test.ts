import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeLinkUrl } from '../../src/view/safe-url.js';

/** URLs that must never become links, in the shapes hostile files use. */
const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  '  javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'javascript&#58;alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'javascript%3Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/1234',
  'about:blank',
  '//evil.example/x',
  '/relative/path',
  'relative/path',
  '#fragment',
  '',
  ' ',
];

describe('safeLinkUrl', () => {
  it('makes links of web and e-mail addresses, as the browser would read them', () => {
    expect(safeLinkUrl('https://www.nato.int/cps/en/natohq/topics_78170.htm')).toBe(
      'https://www.nato.int/cps/en/natohq/topics_78170.htm',
    );
    expect(safeLinkUrl('  HTTP://Example.org/a b')).toBe('http://example.org/a%20b');
    expect(safeLinkUrl('mailto:office@example.org')).toBe('mailto:office@example.org');
  });

  for (const text of HOSTILE) {
    it(`keeps ${JSON.stringify(text)} as text`, () => {
      expect(safeLinkUrl(text)).toBeNull();
    });
  }

  it('keeps anything that is not a string as text', () => {
    for (const value of [null, undefined, 42, {}, ['https://example.org'], { toString: () => 'https://x.org' }]) {
      expect(safeLinkUrl(value)).toBeNull();
    }
  });

  it('never returns a link with any scheme other than http, https or mailto, whatever the text', () => {
    const scheme = fc.constantFrom('javascript', 'JaVaScRiPt', 'data', 'vbscript', 'http', 'https', 'mailto', 'file');
    const noise = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u0000', '\u0008', ':', '&', '#', ';') });
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.tuple(noise, scheme, noise, fc.string()).map(([a, s, b, rest]) => `${a}${s}${b}:${rest}`),
    );
    fc.assert(
      fc.property(text, (value) => {
        const href = safeLinkUrl(value);
        return href === null || ['http:', 'https:', 'mailto:'].includes(new URL(href).protocol);
      }),
      { numRuns: 2000 },
    );
  });
});
