/**
 * Hash routes (`#/meetings/<id>`): they work the same under app:// in the shell and on any static
 * server, and a reload lands on the same screen.
 */
import { useSyncExternalStore } from 'react';
import { MEETING_ID } from '../domain/model';

/** A place in a meeting's record that a link opens (a search result): an item, or an entry in it. */
export interface RecordPlace {
  item: string;
  entry?: string;
}

export type Route =
  | { name: 'meetings' }
  | { name: 'meeting'; id: string }
  | { name: 'live'; id: string; at?: RecordPlace }
  | { name: 'actions' }
  | { name: 'settings' }
  | { name: 'notFound' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '/meetings') return { name: 'meetings' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/actions') return { name: 'actions' };
  // The id as the domain defines it (a backup holding any other is refused too).
  const [, id = '', live, item = '', entry = ''] =
    /^\/meetings\/([^/]+)(\/live(?:\/items\/([^/]+)(?:\/entries\/([^/]+))?)?)?$/.exec(path) ?? [];
  if (!MEETING_ID.test(id)) return { name: 'notFound' };
  if (!live) return { name: 'meeting', id };
  if (!item) return { name: 'live', id };
  if (!MEETING_ID.test(item) || (entry && !MEETING_ID.test(entry))) return { name: 'notFound' };
  return { name: 'live', id, at: entry ? { item, entry } : { item } };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'meetings':
    case 'notFound':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'actions':
      return '#/actions';
    case 'meeting':
      return `#/meetings/${route.id}`;
    case 'live': {
      const at = route.at;
      const place = at ? `/items/${at.item}${at.entry ? `/entries/${at.entry}` : ''}` : '';
      return `#/meetings/${route.id}/live${place}`;
    }
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
