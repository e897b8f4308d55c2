import { describe, expect, it } from 'vitest';
import { parseCount } from '../../renderer/domain/numbers';

describe('parseCount', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    [' 12 ', 12],
    ['007', 7],
    ['3.9', 3],
    ['5명', 5],
    ['1e3', 1],
  ])('reads %j as %j', (text, count) => {
    expect(parseCount(text, 100)).toBe(count);
  });

  it.each(['', '   ', '-1', 'abc', '명5', 'NaN', 'Infinity'])('gives no value for %j', (text) => {
    expect(parseCount(text, 100)).toBeNull();
  });

  it('caps at the maximum', () => {
    expect(parseCount('1441', 24 * 60)).toBe(1440);
    expect(parseCount('1440', 24 * 60)).toBe(1440);
    expect(parseCount('99999999999999999999', 100_000)).toBe(100_000);
  });
});
