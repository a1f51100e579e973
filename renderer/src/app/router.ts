import { useSyncExternalStore } from 'react';

export interface Route {
  screen: string;
  params: URLSearchParams;
}

export const DEFAULT_SCREEN = 'dashboard';

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  return { screen: path || DEFAULT_SCREEN, params: new URLSearchParams(query) };
}

export function hrefFor(screen: string, params?: Record<string, string>): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `#/${screen}${query ? `?${query}` : ''}`;
}

export function navigate(screen: string, params?: Record<string, string>): void {
  window.location.hash = hrefFor(screen, params);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route, from the URL hash (so a reload keeps the user where they were). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
