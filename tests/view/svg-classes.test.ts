import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classToken } from '../../src/export/svg-classes.js';

describe('classToken', () => {
  it('keeps ASCII letters, digits and hyphens, and spells out everything else', () => {
    expect(classToken('cooperates-with')).toBe('cooperates-with');
    expect(classToken('Finance Dept')).toBe('Finance_20Dept');
    expect(classToken('a_b')).toBe('a_5fb');
    expect(classToken('Отдел')).toBe('_41e_442_434_435_43b');
    expect(classToken('x"><script>')).toBe('x_22_3e_3cscript_3e');
  });

  it('gives one token without spaces or markup to any text, and different tokens to different texts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(classToken(a)).toMatch(/^[A-Za-z0-9_-]*$/);
        if (a !== b) expect(classToken(a)).not.toBe(classToken(b));
      }),
    );
  });
});
