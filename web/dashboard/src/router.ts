/**
 * The view and its settings live in the URL's hash (#/map?withdrawing=USA&asOf=2022-01-01), so every picture the
 * dashboard shows can be bookmarked, shared and restored with Back. Settings changes replace the history entry;
 * switching views pushes one.
 */
import { useCallback, useEffect, useState } from 'react';
import { hrefFor, parseHash, type Params, type Route, type View } from './route.js';

export { VIEWS, hrefFor, parseHash, type Params, type Route, type View } from './route.js';

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
