import { describe, expect, it } from 'vitest';
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
