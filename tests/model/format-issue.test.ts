import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../model/format-issue.js';

describe('formatIssue', () => {
  const issue = { severity: 'error', path: '/relations/12/target', message: 'no entity "x"' } as const;

  it('writes file, line and column the way editors link them', () => {
    expect(formatIssue({ ...issue, file: 'nato.json', line: 12, column: 5 })).toBe(
      'nato.json:12:5 /relations/12/target: no entity "x"',
    );
  });

  it('leaves out what is not known', () => {
    expect(formatIssue(issue)).toBe('/relations/12/target: no entity "x"');
    expect(formatIssue({ ...issue, file: 'nato.json' })).toBe('nato.json /relations/12/target: no entity "x"');
    expect(formatIssue({ ...issue, file: 'org.csv', line: 3 })).toBe('org.csv:3 /relations/12/target: no entity "x"');
    expect(formatIssue({ ...issue, line: 3, column: 7 })).toBe('3:7 /relations/12/target: no entity "x"');
  });

  it('writes the whole document as "/"', () => {
    expect(formatIssue({ ...issue, path: '' })).toBe('/: no entity "x"');
  });
});
