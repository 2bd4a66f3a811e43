import { expect, it } from 'vitest';

it('runs in a real browser', () => {
  expect(typeof document.createElement('canvas').getContext('2d')?.measureText).toBe('function');
});
