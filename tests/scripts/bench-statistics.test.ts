import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../scripts/bench/statistics.js';

describe('bench statistics', () => {
  it('takes the middle value as the median, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('does not reorder what it is given', () => {
    const values = [3, 1, 2];
    median(values);
    percentile(values, 0.9);
    expect(values).toEqual([3, 1, 2]);
  });

  it('takes percentiles by nearest rank, always a value that was measured', () => {
    const gaps = [16.7, 16.6, 50, 16.7, 16.8, 16.6, 33.3, 16.7, 16.7, 16.6];
    expect(percentile(gaps, 0.9)).toBe(33.3);
    expect(percentile(gaps, 1)).toBe(50);
    expect(percentile(gaps, 0.5)).toBe(16.7);
    expect(percentile(gaps, 0)).toBe(16.6);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9)).toBe(10);
    expect(percentile([42], 0.9)).toBe(42);
    expect(percentile([], 0.9)).toBeNaN();
  });
});
