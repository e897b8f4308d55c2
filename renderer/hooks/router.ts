/**
 * Hash routes (`#/meetings/<id>`): they work the same under app:// in the shell and on any static
 * server, and a reload lands on the same screen.
 */
import { useSyncExternalStore } from 'react';
import { MEETING_ID } from '../domain/model';

export type Route =
  | { name: 'meetings' }
  | { name: 'meeting'; id: string }
  | { name: 'live'; id: string }
  | { name: 'settings' }
  | { name: 'notFound' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '/meetings') return { name: 'meetings' };
  if (path === '/settings') return { name: 'settings' };
  // The id as the domain defines it (a backup holding any other is refused too).
  const [, id = '', live] = /^\/meetings\/([^/]+)(\/live)?$/.exec(path) ?? [];
  if (MEETING_ID.test(id)) return live ? { name: 'live', id } : { name: 'meeting', id };
  return { name: 'notFound' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'meetings':
    case 'notFound':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'meeting':
      return `#/meetings/${route.id}`;
    case 'live':
      return `#/meetings/${route.id}/live`;
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
