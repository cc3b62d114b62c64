/** The shell: a header with the views, the catalogue of states and blocs they share, and the current view. */
import { lazy, Suspense, useEffect, useMemo } from 'react';
import type { CatalogueQuery } from './__generated__/operations.js';
import { firstScreenShown } from './api/cache.js';
import { CATALOGUE } from './api/queries.js';
import { useQuery } from './api/useQuery.js';
import { ErrorNotice, Loading } from './components/Notice.js';
import { hrefFor, useRoute, type View } from './router.js';
import { MapView } from './views/MapView.js';

// The graph view brings Cytoscape; the table is small but rarely first: both load when opened.
const GraphView = lazy(() => import('./views/GraphView.js').then((m) => ({ default: m.GraphView })));
const BlocsView = lazy(() => import('./views/BlocsView.js').then((m) => ({ default: m.BlocsView })));
const ChangesView = lazy(() => import('./views/ChangesView.js').then((m) => ({ default: m.ChangesView })));
const NetworkView = lazy(() => import('./views/NetworkView.js').then((m) => ({ default: m.NetworkView })));

const TABS: { view: View; label: string }[] = [
  { view: 'map', label: 'Exposure map' },
  { view: 'graph', label: 'Alliance graph' },
  { view: 'blocs', label: 'Blocs' },
  { view: 'changes', label: 'What changed' },
  { view: 'network', label: 'Network' },
];

export function App() {
  const { route, go, update } = useRoute();
  // The catalogue waits for the first coloured map (api/cache.ts); a reader who leaves the map before it is drawn
  // needs it now.
  useEffect(() => {
    if (route.view !== 'map') firstScreenShown();
  }, [route.view]);
  const catalogueQuery = useQuery(CATALOGUE, {}, { deferred: true });
  const catalogue: CatalogueQuery | undefined = useMemo(() => {
    const data = catalogueQuery.data;
    if (!data) return undefined;
    return {
      states: [...data.states].sort((a, b) => a.name.localeCompare(b.name)),
      blocs: [...data.blocs].sort((a, b) => a.code.localeCompare(b.code)),
    };
  }, [catalogueQuery.data]);

  return (
    <div className="app" data-view={route.view}>
      <a className="skip-link" href="#main">
        Skip to the content
      </a>
      <header className="app-header">
        <a className="brand" href={hrefFor('map')}>
          <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
            <circle cx="16" cy="16" r="15" fill="#2a4d78" />
            <path d="M8 21l8-12 8 12z" fill="#f5a623" />
            <circle cx="16" cy="17" r="2.6" fill="#13243b" />
          </svg>
          <span>Alliance Explorer</span>
        </a>
        <nav aria-label="Views">
          <ul className="tabs">
            {TABS.map((tab) => (
              <li key={tab.view}>
                <a href={hrefFor(tab.view)} aria-current={route.view === tab.view ? 'page' : undefined} data-view-link={tab.view}>
                  {tab.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <a className="header-link" href="/graphql">
          GraphQL API
        </a>
      </header>
      <main id="main" className="app-main">
        {catalogueQuery.error && route.view !== 'blocs' ? (
          <ErrorNotice error={catalogueQuery.error} onRetry={catalogueQuery.retry} context="the lists of states and blocs" />
        ) : null}
        <Suspense fallback={<Loading>Loading the view…</Loading>}>
          {route.view === 'map' ? <MapView params={route.params} update={update} catalogue={catalogue} /> : null}
          {route.view === 'graph' ? <GraphView params={route.params} update={update} go={go} catalogue={catalogue} /> : null}
          {route.view === 'blocs' ? (
            <BlocsView
              params={route.params}
              update={update}
              catalogue={catalogue}
              cypher={catalogueQuery.cypher}
              error={catalogueQuery.error}
              retry={catalogueQuery.retry}
            />
          ) : null}
          {route.view === 'changes' ? <ChangesView params={route.params} update={update} catalogue={catalogue} /> : null}
          {route.view === 'network' ? <NetworkView params={route.params} update={update} catalogue={catalogue} /> : null}
        </Suspense>
      </main>
      <footer className="app-footer">
        Data: the Alliance Explorer graph (every fact dated and sourced). Map shapes: Natural Earth via world-atlas.
      </footer>
    </div>
  );
}
