import { describe, expect, it } from 'vitest';
import { MAX_LABEL_LINES } from '../../src/view/graph-style.js';
import { labelLines } from '../../src/view/graph-view.js';
import { wrapLabel } from '../../src/view/wrap-label.js';

const monospace = (text: string) => text.length * 10;

describe('wrapLabel', () => {
  it('breaks between words so that no line is wider than allowed', () => {
    expect(wrapLabel('North Atlantic Council', 100, monospace, 4)).toEqual(['North', 'Atlantic', 'Council']);
    expect(wrapLabel('NATO Defense College', 120, monospace, 4)).toEqual(['NATO Defense', 'College']);
  });

  it('cuts a word longer than a line with a hyphen', () => {
    expect(wrapLabel('Supercalifragilistic', 80, monospace, 4)).toEqual(['Superca-', 'lifragi-', 'listic']);
  });

  it('ends the last allowed line with an ellipsis when the text goes on', () => {
    const lines = wrapLabel('one two three four five', 50, monospace, 2);
    expect(lines).toEqual(['one', 'two…']);
  });

  it('wraps a name of one very long word with work that grows with the lines shown, not the word', () => {
    let calls = 0;
    const counted = (text: string) => {
      calls++;
      return monospace(text);
    };
    const lines = wrapLabel('x'.repeat(200_000), 80, counted, 4);
    expect(lines).toEqual(['xxxxxxx-', 'xxxxxxx-', 'xxxxxxx-', 'xxxxxxx…']);
    expect(calls).toBeLessThan(100);
  });
});

/** Offsets in `text` at which Intl.Segmenter puts a boundary of the given granularity. */
function boundaries(text: string, granularity: 'word' | 'grapheme', locale?: string): Set<number> {
  const segmenter = new Intl.Segmenter(locale, { granularity });
  return new Set([...segmenter.segment(text)].map((s) => s.index));
}

/** Offsets in `text` at which `lines` (without their spaces or hyphens) were cut. */
function cuts(lines: string[]): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines.slice(0, -1)) {
    offset += line.length;
    offsets.push(offset);
  }
  return offsets;
}

describe('wrapLabel, as names are written', () => {
  it('starts a new line at each line break typed in the name, and wraps each part to the width', () => {
    expect(wrapLabel('Head of\nFinance', 200, monospace, 4)).toEqual(['Head of', 'Finance']);
    expect(wrapLabel('Head of\r\nFinance and Budget', 90, monospace, 4)).toEqual([
      'Head of',
      'Finance',
      'and',
      'Budget',
    ]);
    expect(wrapLabel('Office\n\n  of the Chair ', 200, monospace, 4)).toEqual(['Office', 'of the Chair']);
  });

  it('counts the lines a break starts against the limit', () => {
    expect(wrapLabel('one\ntwo\nthree', 200, monospace, 2)).toEqual(['one', 'two…']);
  });

  it.each([
    ['Chinese', '北大西洋公约组织网络防御中心技术支援部门', 'zh'],
    ['Japanese', '北大西洋条約機構サイバー防衛協力センター', 'ja'],
    ['Thai', 'ศูนย์ความเป็นเลิศด้านการป้องกันไซเบอร์ร่วมขององค์การนาโต', 'th'],
  ])('breaks %s, written without spaces, between its words and without a hyphen', (_, name, locale) => {
    const lines = wrapLabel(name, 80, monospace, 20, locale);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(name);
    for (const line of lines) expect(monospace(line)).toBeLessThanOrEqual(80);
    const words = boundaries(name, 'word', locale);
    for (const cut of cuts(lines)) expect(words.has(cut), `a cut at ${cut} inside a word`).toBe(true);
  });

  it('fills a line with as many words of such a script as fit, after Latin text on the same line', () => {
    const lines = wrapLabel('NATO 网络防御中心', 90, monospace, 4, 'zh');
    expect(lines[0]).toMatch(/^NATO \p{Script=Han}+$/u);
    expect(lines.join('')).toBe('NATO 网络防御中心');
  });

  it('breaks a run of such a script with no word short enough between its characters, without a hyphen', () => {
    const name = '中'.repeat(25);
    expect(wrapLabel(name, 100, monospace, 4)).toEqual(['中'.repeat(10), '中'.repeat(10), '中'.repeat(5)]);
  });

  it('never splits a grapheme cluster: emoji sequences, flags, letters with combining marks', () => {
    // Widths in UTF-16 code units, so that a cut by code unit would fall inside the clusters.
    const units = (text: string) => text.length * 10;
    for (const name of [
      '👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦',
      '🇪🇺🇪🇺🇪🇺🇪🇺🇪🇺🇪🇺🇪🇺',
      'e\u0301'.repeat(12),
      'ก\u0e34\u0e48'.repeat(9),
    ]) {
      const lines = wrapLabel(name, 40, units, 20);
      const unhyphenated = lines.map((line) => line.replace(/-$/, ''));
      expect(unhyphenated.join('')).toBe(name);
      const clusters = boundaries(name, 'grapheme');
      for (const cut of cuts(unhyphenated)) expect(clusters.has(cut), `a cut at ${cut} inside a cluster`).toBe(true);
    }
  });

  it('keeps the hyphen for a Latin word cut between letters, combining marks included', () => {
    expect(wrapLabel('e\u0301'.repeat(6), 70, (t) => t.length * 10, 4)).toEqual([
      `${'e\u0301'.repeat(3)}-`,
      'e\u0301'.repeat(3),
    ]);
  });

  it('ends with an ellipsis without splitting the cluster before it', () => {
    const units = (text: string) => text.length * 10;
    const lines = wrapLabel('🇪🇺🇪🇺 🇪🇺🇪🇺 🇪🇺🇪🇺', 85, units, 2);
    expect(lines).toEqual(['🇪🇺🇪🇺', '🇪🇺…']);
  });
});

describe('labelLines: a long name grows its box', () => {
  const words = (count: number) => Array.from({ length: count }, (_, i) => `Word${i}`).join(' ');

  it('takes as many lines as the name needs, up to MAX_LABEL_LINES', () => {
    // Six lines: more than labels used to be cut at, fewer than the limit.
    const six = labelLines(words(6), undefined, monospace, 60);
    expect(six).toEqual(words(6).split(' '));
    expect(MAX_LABEL_LINES).toBeGreaterThan(six.length);
  });

  it('ends the last line with "…" past the limit, with the acronym line counted', () => {
    const lines = labelLines(words(30), undefined, monospace, 60);
    expect(lines).toHaveLength(MAX_LABEL_LINES);
    expect(lines.at(-1)).toMatch(/…$/);
    const withAcronym = labelLines(words(30), 'ABC', monospace, 60);
    expect(withAcronym).toHaveLength(MAX_LABEL_LINES);
    expect(withAcronym.at(-2)).toMatch(/…$/);
    expect(withAcronym.at(-1)).toBe('ABC');
  });
});

describe('wrapLabel, for every body of a large model', () => {
  it('makes one word and one grapheme segmenter per locale, not one per label', () => {
    // The platform's own, replaced for the test by one that counts.
    const intl = Intl as { Segmenter: typeof Intl.Segmenter };
    const Platform = intl.Segmenter;
    let made = 0;
    const Counted = class extends Platform {
      constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
        super(...args);
        made++;
      }
    };
    intl.Segmenter = Counted;
    try {
      // A locale no other test wraps in, so that none of its segmenters exists yet.
      for (let i = 0; i < 200; i++) wrapLabel(`北大西洋公约组织网络防御中心第${i}部门`, 60, monospace, 8, 'zh-Hant-HK');
    } finally {
      intl.Segmenter = Platform;
    }
    expect(made).toBe(2);
  });
});

describe('wrapLabel where the platform has no Intl.Segmenter', () => {
  it('breaks between characters, keeping combining marks with their letter, without a hyphen in Chinese', () => {
    const intl = Intl as { Segmenter: typeof Intl.Segmenter | undefined };
    const Platform = intl.Segmenter;
    intl.Segmenter = undefined;
    try {
      // A locale no other test wraps in, so that its segmenters are looked for afresh.
      expect(wrapLabel('网络防御中心技术部门', 40, monospace, 8, 'zh-x-none')).toEqual([
        '网络防御',
        '中心技术',
        '部门',
      ]);
      const units = (text: string) => text.length * 10;
      expect(wrapLabel('e\u0301'.repeat(6), 70, units, 8, 'zh-x-none')).toEqual([
        `${'e\u0301'.repeat(3)}-`,
        'e\u0301'.repeat(3),
      ]);
    } finally {
      intl.Segmenter = Platform;
    }
  });
});
