/**
 * Every bloc: kind, founding date, members today, mutual-defence clause. Sortable by any column, filterable; the sort
 * and the filters live in the URL (`sort`, `order`, `q`, `kind`), so a copied link shows the same table. The rows
 * shown download as CSV, with the columns of the API's /export/blocs.csv.
 */
import { useMemo } from 'react';
import type { BlocKind, CatalogueQuery } from '../__generated__/operations.js';
import type { CypherQuery } from '../api/client.js';
import { BlocSizeChart } from '../components/BlocSizeChart.js';
import { Empty, ErrorNotice, Loading } from '../components/Notice.js';
import { CypherLinks, Downloads } from '../components/TakeAway.js';
import { CSV_TYPE } from '../export/csv.js';
import { fileName } from '../export/download.js';
import { blocsCsv } from '../export/tables.js';
import { BLOC_COLOUR } from '../graph/CyGraph.js';
import { KIND_LABEL, formatDate } from '../model.js';
import { hrefFor, type Params } from '../router.js';

type Column = 'code' | 'kind' | 'founded' | 'members' | 'defence';

const COLUMNS: { id: Column; label: string; numeric?: boolean }[] = [
  { id: 'code', label: 'Bloc' },
  { id: 'kind', label: 'Kind' },
  { id: 'founded', label: 'Founded' },
  { id: 'members', label: 'Members today', numeric: true },
  { id: 'defence', label: 'Mutual defence' },
];

interface Props {
  params: URLSearchParams;
  update: (params: Params) => void;
  catalogue: CatalogueQuery | undefined;
  /** The named Cypher queries the catalogue came from. */
  cypher: CypherQuery[] | undefined;
  error: Error | undefined;
  retry: () => void;
}

export function BlocsView({ params, update, catalogue, cypher, error, retry }: Props) {
  const sort = COLUMNS.find((c) => c.id === params.get('sort'))?.id ?? 'members';
  const descending = params.get('order') ? params.get('order') === 'desc' : sort === 'members';
  const filter = params.get('q') ?? '';
  const kindParam = params.get('kind') ?? '';
  const kind: BlocKind | '' = Object.hasOwn(KIND_LABEL, kindParam) ? (kindParam as BlocKind) : '';
  // The bloc whose size through time is drawn above the table (in the URL, so the chart can be linked to).
  const charted = params.get('size')?.toUpperCase() || undefined;
  const chartedBloc = catalogue?.blocs.find((b) => b.code === charted);

  const rows = useMemo(() => {
    const text = filter.trim().toLowerCase();
    const list = (catalogue?.blocs ?? []).filter(
      (b) => (!kind || b.kind === kind) && (!text || b.code.toLowerCase().includes(text) || b.name.toLowerCase().includes(text)),
    );
    const value = (b: (typeof list)[number]): string | number => {
      switch (sort) {
        case 'code':
          return b.code;
        case 'kind':
          return KIND_LABEL[b.kind];
        case 'founded':
          return b.founded ?? '';
        case 'members':
          return b.members.length;
        case 'defence':
          return b.mutualDefence ? 1 : 0;
      }
    };
    return [...list].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return (descending ? -order : order) || a.code.localeCompare(b.code);
    });
  }, [catalogue, filter, kind, sort, descending]);

  const sortBy = (column: Column) => {
    const nextDescending = column === sort ? !descending : column === 'members' || column === 'defence';
    update({ sort: column, order: nextDescending ? 'desc' : 'asc' });
  };

  return (
    <section className="card blocs-view" aria-labelledby="blocs-title">
      <div className="table-head">
        <h2 id="blocs-title">Blocs and treaties</h2>
        <div className="table-filters">
          <label className="field">
            <span className="field-label">Find</span>
            <input
              type="search"
              value={filter}
              onChange={(event) => update({ q: event.target.value || undefined })}
              placeholder="Code or name"
              data-testid="bloc-filter"
            />
          </label>
          <label className="field">
            <span className="field-label">Kind</span>
            <select value={kind} onChange={(event) => update({ kind: event.target.value || undefined })} data-testid="bloc-kind">
              <option value="">All kinds</option>
              {Object.entries(KIND_LABEL).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {catalogue ? (
        <div className="take-away">
          <Downloads
            label="Download the table"
            downloads={[
              {
                label: `Download CSV (${rows.length} ${rows.length === 1 ? 'bloc' : 'blocs'})`,
                testId: 'download-blocs-csv',
                disabled: rows.length === 0,
                file: () => ({
                  // The catalogue is as of today in UTC, the API's default date.
                  name: fileName(
                    ['blocs', ...(kind ? [kind] : []), ...(filter.trim() ? [filter.trim()] : []), new Date().toISOString().slice(0, 10)],
                    'csv',
                  ),
                  type: CSV_TYPE,
                  text: blocsCsv(rows),
                }),
              },
            ]}
          />
          <CypherLinks queries={cypher} testId="cypher-links-blocs" />
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} onRetry={retry} context="bloc table" /> : null}
      {!catalogue && !error ? <Loading>Loading the blocs…</Loading> : null}
      {catalogue && rows.length === 0 ? <Empty>No bloc matches “{filter}”.</Empty> : null}
      {chartedBloc ? (
        <section className="bloc-size-panel" aria-label={`${chartedBloc.name}: size through time`}>
          <button
            type="button"
            className="icon-button"
            onClick={() => update({ size: undefined })}
            aria-label={`Close ${chartedBloc.code}'s size through time`}
          >
            ×
          </button>
          <BlocSizeChart key={chartedBloc.code} code={chartedBloc.code} dissolved={chartedBloc.dissolved} />
        </section>
      ) : null}
      {catalogue && rows.length > 0 ? (
        <div className="table-scroll">
          <table className="bloc-table" data-testid="bloc-table">
            <caption className="visually-hidden">Blocs, sorted by {COLUMNS.find((c) => c.id === sort)!.label.toLowerCase()}</caption>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th
                    key={column.id}
                    scope="col"
                    aria-sort={column.id === sort ? (descending ? 'descending' : 'ascending') : 'none'}
                    className={column.numeric ? 'numeric' : undefined}
                  >
                    <button type="button" onClick={() => sortBy(column.id)} data-column={column.id}>
                      {column.label}
                      <span className="sort-mark" aria-hidden="true">
                        {column.id === sort ? (descending ? '▼' : '▲') : '↕'}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <tr key={b.code} data-bloc={b.code} className={b.code === charted ? 'is-charted' : undefined}>
                  <th scope="row">
                    <a href={hrefFor('graph', { bloc: b.code })} className="bloc-link">
                      <span className="bloc-tag" style={{ background: BLOC_COLOUR[b.kind] }}>
                        {b.code}
                      </span>
                      <span className="bloc-name">{b.name}</span>
                    </a>
                    <button
                      type="button"
                      className="link-button size-toggle"
                      aria-pressed={b.code === charted}
                      aria-label={`${b.code}'s size through time`}
                      title="Size through time"
                      onClick={() => update({ size: b.code === charted ? undefined : b.code })}
                      data-size-toggle={b.code}
                    >
                      <svg viewBox="0 0 16 12" width="16" height="12" aria-hidden="true">
                        <path d="M1 11V8h4V5h4V2h6" fill="none" stroke="currentColor" strokeWidth="1.6" />
                      </svg>
                    </button>
                  </th>
                  <td>{KIND_LABEL[b.kind]}</td>
                  <td className="nowrap">
                    {formatDate(b.founded)}
                    {b.dissolved ? <span className="muted"> – {formatDate(b.dissolved)}</span> : null}
                  </td>
                  <td className="numeric">{b.members.length}</td>
                  <td>
                    {b.mutualDefence ? <span className="yes">Yes</span> : <span className="no">No</span>}
                    {b.defenceClause ? <span className="clause">{b.defenceClause}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="footnote">
        Members today counts full members only; partners, observers and frozen memberships are in the graph view. The small staircase beside
        a bloc draws its size through time.
      </p>
    </section>
  );
}
