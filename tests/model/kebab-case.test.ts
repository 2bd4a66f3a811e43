import { describe, expect, it } from 'vitest';
import { isKebabCase, toKebabCase } from '../../model/kebab-case.js';

describe('toKebabCase', () => {
  it.each([
    ['Finance Dept', 'finance-dept'],
    ['E12', 'e12'],
    ['12', '12'],
    ['parent_id', 'parent-id'],
    ['financeDept', 'finance-dept'],
    ['NCIAgency', 'nci-agency'],
    ['Ministère des Armées', 'ministere-des-armees'],
    ['  --Cyber  & Defence--  ', 'cyber-defence'],
    ['東京', 'x-6771-4eac'],
    ['__proto__', 'proto'],
    ['', ''],
    ['   ', ''],
  ])('turns %j into %j', (text, id) => {
    expect(toKebabCase(text)).toBe(id);
  });

  it('always gives a valid id for text that is not blank', () => {
    for (const text of ['A', 'a b c', 'X-Y_Z', '🙂', '--', '%']) expect(isKebabCase(toKebabCase(text))).toBe(true);
  });
});
