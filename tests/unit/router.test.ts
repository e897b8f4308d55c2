/** Hash routes (renderer/hooks/router.ts): each screen's address read back, anything else not found. */
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../renderer/hooks/router';

describe('routes', () => {
  it.each<Route>([
    { name: 'meetings' },
    { name: 'settings' },
    { name: 'meeting', id: 'a1b2-c3' },
    { name: 'live', id: 'a1b2-c3' },
    { name: 'live', id: 'a1b2-c3', at: { item: 'i-1' } },
    { name: 'live', id: 'a1b2-c3', at: { item: 'i-1', entry: 'e-2' } },
    { name: 'actions' },
  ])('round-trips %j', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('treats unknown paths as not found', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/meetings/<script>')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/meetings/a1/live/items/<x>')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/meetings/a1/live/entries/e1')).toEqual({ name: 'notFound' });
    expect(parseRoute('')).toEqual({ name: 'meetings' });
  });
});
