// The offline GraphQL playground: GraphiQL 5 bundled by Vite and served by the API itself.
// Nothing here may load from another origin at run time (users behind firewalls, CI with
// no internet): Monaco's workers are bundled by Vite, the CSS (with its fonts inlined as
// data: URLs) comes from the package, and queries go to POST /graphql on the same origin.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_QUERY } from './default-query.js';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/** The endpoint, on the page's own origin (the server serves this page at GET /graphql). */
const ENDPOINT = new URL('/graphql', window.location.origin).href;

/**
 * A minimal HTTP fetcher (queries and mutations; the API has no subscriptions).
 * `Content-Type: application/json` makes the request "non-simple", which is what
 * Apollo Server's CSRF prevention wants.
 */
const fetcher: Fetcher = async (params, options) => {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      accept: 'application/graphql-response+json, application/json',
      ...options?.headers,
      'content-type': 'application/json',
    },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy error page, a 502…): show it rather than a parse error.
    return { errors: [{ message: `HTTP ${response.status} ${response.statusText}: ${text.slice(0, 500)}` }] };
  }
};

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} defaultEditorToolsVisibility={false}>
    <GraphiQL.Logo>Alliance Explorer</GraphiQL.Logo>
  </GraphiQL>,
);
