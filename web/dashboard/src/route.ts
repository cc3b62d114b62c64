/** The URL hash as a view and its settings (#/map?withdrawing=USA&asOf=2022-01-01); no React, see router.ts. */
export type View = 'map' | 'graph' | 'blocs' | 'changes' | 'network';
export const VIEWS: readonly View[] = ['map', 'graph', 'blocs', 'changes', 'network'];

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
