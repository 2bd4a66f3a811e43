import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/export/file-name.js';
import { escapeAttribute, escapeText, xmlSafe } from '../../src/export/xml-text.js';
import { arrowAngle, arrowPath, arrowSize, lineInset } from '../../src/view/arrow-head.js';

describe('xmlSafe', () => {
  it('keeps tab, line feed, carriage return and ordinary text', () => {
    expect(xmlSafe('a\tb\nc\rd é 東京 🛡️')).toBe('a\tb\nc\rd é 東京 🛡️');
  });

  it('replaces NUL and the other C0 controls XML forbids with U+FFFD', () => {
    expect(xmlSafe('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u000Eg\u001Fh')).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh',
    );
  });

  it('replaces the non-characters U+FFFE and U+FFFF', () => {
    expect(xmlSafe('\uFFFE\uFFFF')).toBe('\uFFFD\uFFFD');
  });

  it('replaces lone surrogates, high or low, and keeps pairs', () => {
    expect(xmlSafe('a\uD800b')).toBe('a\uFFFDb');
    expect(xmlSafe('a\uDC00b')).toBe('a\uFFFDb');
    expect(xmlSafe('\uD800')).toBe('\uFFFD');
    expect(xmlSafe('\uDC00\uD800')).toBe('\uFFFD\uFFFD');
    expect(xmlSafe('\uD83D\uDEE1')).toBe('\uD83D\uDEE1');
  });

  it('leaves characters XML allows, such as right-to-left overrides, as they are', () => {
    expect(xmlSafe('\u202Eevil')).toBe('\u202Eevil');
  });
});

describe('escapeText', () => {
  it('escapes markup so that a script tag stays text', () => {
    expect(escapeText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes ampersands, including those that already look like entities', () => {
    expect(escapeText('R&D &amp; more')).toBe('R&amp;D &amp;amp; more');
  });

  it('never lets "]]>" through', () => {
    expect(escapeText('a]]>b')).toBe('a]]&gt;b');
  });

  it('keeps a carriage return as a reference, since parsers would turn it into a line feed', () => {
    expect(escapeText('a\rb')).toBe('a&#13;b');
  });

  it('removes forbidden characters before escaping', () => {
    expect(escapeText('<\u0000>')).toBe('&lt;\uFFFD&gt;');
  });
});

describe('escapeAttribute', () => {
  it('escapes both quote characters so a value cannot end its attribute', () => {
    expect(escapeAttribute(`"quotes' onload="alert(1)`)).toBe('&quot;quotes&apos; onload=&quot;alert(1)');
  });

  it('keeps white space that attribute-value normalisation would flatten', () => {
    expect(escapeAttribute('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('escapes markup and removes forbidden characters', () => {
    expect(escapeAttribute('<a&b>\uD800')).toBe('&lt;a&amp;b&gt;\uFFFD');
  });
});

describe('exportFileName', () => {
  it('names a download after the model and the selection, in kebab-case', () => {
    expect(exportFileName('NATO cyber defence governance', 'Cyber Defence Committee', 'svg')).toBe(
      'nato-cyber-defence-governance--cyber-defence-committee.svg',
    );
  });

  it('leaves the selection out when there is none', () => {
    expect(exportFileName('NATO cyber defence governance', null, '.png')).toBe('nato-cyber-defence-governance.png');
  });

  it('makes safe ASCII of accents, slashes, dots and markup', () => {
    expect(exportFileName('Ministère des Armées', '../../etc/passwd <script>', 'svg')).toBe(
      'ministere-des-armees--etc-passwd-script.svg',
    );
  });

  it('never returns an empty name, and cuts very long names at a word', () => {
    expect(exportFileName('', '', 'svg')).toBe('governance-graph.svg');
    const name = exportFileName('word '.repeat(40), null, 'svg');
    expect(name.length).toBeLessThanOrEqual(64);
    expect(name).toMatch(/^(word-)*word\.svg$/);
  });
});

describe('arrow heads', () => {
  it('are sized like Cytoscape: at least 29 px times the arrow scale, growing with wide edges', () => {
    expect(arrowSize(2.2, 1.1)).toBeCloseTo(31.9);
    expect(arrowSize(4, 1.1)).toBeCloseTo((4 * 13.37) ** 0.9 * 1.1);
  });

  it('point a triangle along the edge with its tip at the endpoint', () => {
    // An edge travelling right, tip at (100, 50): the head's base is 0.3 × size behind it.
    const path = arrowPath('triangle', { x: 100, y: 50 }, arrowAngle(1, 0), 10);
    expect(path).toBe('M97,51.5L100,50L97,48.5Z');
  });

  it('draw a circle centred on the endpoint, and nothing for none', () => {
    expect(arrowPath('circle', { x: 10, y: 10 }, 0, 20)).toBe('M7,10a3,3 0 1 0 6,0a3,3 0 1 0 -6,0Z');
    expect(arrowPath('none', { x: 0, y: 0 }, 0, 20)).toBe('');
  });

  it('stop the line where Cytoscape stops it for each head', () => {
    expect(lineInset('triangle', 2, 1)).toBe(4);
    expect(lineInset('vee', 2, 1)).toBeCloseTo(2.1);
    expect(lineInset('diamond', 2, 1)).toBe(2);
    expect(lineInset('none', 2, 1)).toBe(0);
    expect(lineInset('tee', 2, 1)).toBe(0);
  });
});
