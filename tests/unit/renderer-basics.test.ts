import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../renderer/hooks/router';
import { initialLanguage } from '../../renderer/i18n/language';

describe('initial interface language', () => {
  it.each([
    [null, 'ko-KR', 'ko'],
    [null, 'ko', 'ko'],
    [null, 'KO-kr', 'ko'],
    [null, 'en-US', 'en'],
    [null, 'fr-FR', 'en'],
    [null, undefined, 'en'],
    ['en', 'ko-KR', 'en'],
    ['ko', 'en-US', 'ko'],
    ['xx', 'ko-KR', 'ko'],
  ])('stored %s, navigator %s -> %s', (stored, nav, expected) => {
    expect(initialLanguage(stored, nav)).toBe(expected);
  });
});

describe('routes', () => {
  it.each<Route>([
    { name: 'meetings' },
    { name: 'settings' },
    { name: 'meeting', id: 'a1b2-c3' },
    { name: 'live', id: 'a1b2-c3' },
  ])('round-trips %j', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('treats unknown paths as not found', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/meetings/<script>')).toEqual({ name: 'notFound' });
    expect(parseRoute('')).toEqual({ name: 'meetings' });
  });
});
