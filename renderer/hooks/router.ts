/**
 * Hash routes (`#/meetings/<id>`): they work the same under app:// in the shell and on any static
 * server, and a reload lands on the same screen.
 */
import { useSyncExternalStore } from 'react';

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
  const meeting = /^\/meetings\/([\w-]+)(\/live)?$/.exec(path);
  if (meeting?.[1]) return meeting[2] ? { name: 'live', id: meeting[1] } : { name: 'meeting', id: meeting[1] };
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
