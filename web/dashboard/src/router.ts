/**
 * The view and its settings live in the URL's hash (#/map?withdrawing=USA&asOf=2022-01-01), so every picture the
 * dashboard shows can be bookmarked, shared and restored with Back. Settings changes replace the history entry;
 * switching views pushes one.
 */
import { useCallback, useEffect, useState } from 'react';

export type View = 'map' | 'graph' | 'blocs';
export const VIEWS: readonly View[] = ['map', 'graph', 'blocs'];

export interface Route {
  view: View;
  params: URLSearchParams;
}

export type Params = Record<string, string | undefined | null>;

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const view = (VIEWS as readonly string[]).includes(path) ? (path as View) : 'map';
  return { view, params: new URLSearchParams(query) };
}

export function hrefFor(view: View, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(name, value);
  const text = query.toString();
  return `#/${view}${text ? `?${text}` : ''}`;
}

export function useRoute(): { route: Route; go: (view: View, params?: Params) => void; update: (params: Params) => void } {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));

  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const go = useCallback((view: View, params: Params = {}) => {
    window.location.hash = hrefFor(view, params);
  }, []);

  /** Merges settings into the current view's, replacing the history entry. */
  const update = useCallback((changes: Params) => {
    setRoute((current) => {
      const merged: Params = Object.fromEntries(current.params.entries());
      Object.assign(merged, changes);
      const href = hrefFor(current.view, merged);
      window.history.replaceState(null, '', href);
      return parseHash(href);
    });
  }, []);

  return { route, go, update };
}
