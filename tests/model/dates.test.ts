import { describe, expect, it } from 'vitest';
import { endOf, parsePartialDate, queryDay, standsOn, startOf } from '../../model/dates.js';

describe('partial dates', () => {
  it('cover the whole year or month they name', () => {
    expect(startOf('2014')).toBe(20140101);
    expect(endOf('2014')).toBe(20141231);
    expect(startOf('2016-02')).toBe(20160201);
    expect(endOf('2016-02')).toBe(20160229);
    expect(endOf('2023-02')).toBe(20230228);
    expect(endOf('2021-09-30')).toBe(20210930);
  });

  it('reject days that do not exist', () => {
    expect(parsePartialDate('2023-02-29')).toBeNull();
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parsePartialDate('2014-13')).toBeNull();
    expect(parsePartialDate('14')).toBeNull();
  });

  it('place a year query at the end of that year', () => {
    expect(queryDay(2014)).toBe(20141231);
    expect(queryDay('2014-04')).toBe(20140430);
  });
});

describe('standsOn', () => {
  it('counts a body set up during a year as standing in that year', () => {
    expect(standsOn({ since: '2014-04' }, queryDay(2014))).toBe(true);
    expect(standsOn({ since: '2014-04' }, queryDay(2013))).toBe(false);
  });

  it('counts a body renamed during a year as gone by the end of it', () => {
    expect(standsOn({ until: '2014-04' }, queryDay(2014))).toBe(false);
    expect(standsOn({ until: '2014-04' }, queryDay('2014-03'))).toBe(true);
  });

  it('counts an undated body as always standing', () => {
    expect(standsOn({}, queryDay(1900))).toBe(true);
  });
});
