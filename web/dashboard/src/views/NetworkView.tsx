/**
 * The defence network of a date (`network`): who holds it together (betweenness, degree), whose departure would split
 * it (articulation points, highlighted), and which camps it falls into (Louvain communities). Two states are tied
 * when both are full members of an active bloc carrying one of the chosen obligations. The date and the obligations
 * live in the URL (#/network?asOf=1985-01-01&obligations=DEFENCE,CONSULTATION).
 */
import { useMemo, useState } from 'react';
import type { CatalogueQuery, Obligation } from '../__generated__/operations.js';
import { NETWORK } from '../api/queries.js';
import { ApiError } from '../api/client.js';
import { useQuery } from '../api/useQuery.js';
import { DateField } from '../components/Fields.js';
import { Empty, ErrorNotice, Loading } from '../components/Notice.js';
import { DATE_SHAPE, formatDate } from '../model.js';
import { hrefFor, type Params } from '../router.js';

interface Props {
  params: URLSearchParams;
  update: (params: Params) => void;
  catalogue: CatalogueQuery | undefined;
}

const OBLIGATIONS: { id: Obligation; label: string }[] = [
  { id: 'DEFENCE', label: 'Defence' },
  { id: 'OFFENCE', label: 'Offence' },
  { id: 'NEUTRALITY', label: 'Neutrality' },
  { id: 'NONAGGRESSION', label: 'Non-aggression' },
  { id: 'CONSULTATION', label: 'Consultation' },
];

/** How many of the most central states the table shows before "show all". */
const TOP = 25;

export function NetworkView({ params, update, catalogue }: Props) {
  const asOf = params.get('asOf') || undefined;
  const obligations = useMemo(() => {
    const listed = (params.get('obligations') ?? '')
      .split(',')
      .map((o) => o.trim().toUpperCase())
      .filter((o): o is Obligation => OBLIGATIONS.some((known) => known.id === o));
    return listed.length > 0 ? listed : (['DEFENCE'] as Obligation[]);
  }, [params]);
  const dateOk = !asOf || DATE_SHAPE.test(asOf);
  const isDefault = obligations.length === 1 && obligations[0] === 'DEFENCE';
  const variables = useMemo(
    () => (dateOk ? { ...(asOf ? { asOf } : {}), ...(isDefault ? {} : { obligations }) } : null),
    [dateOk, asOf, isDefault, obligations],
  );
  const network = useQuery(NETWORK, variables);
  const answer = network.stale ? undefined : network.data?.network;
  const [all, setAll] = useState(false);

  const nameOf = useMemo(() => {
    const names = new Map<string, string>();
    for (const s of catalogue?.states ?? []) names.set(s.id, s.name);
    for (const c of answer?.centrality ?? []) names.set(c.state.id, c.state.name);
    return (id: string) => names.get(id) ?? id;
  }, [catalogue, answer]);
  const articulation = useMemo(() => new Set((answer?.articulationPoints ?? []).map((s) => s.id)), [answer]);
  const communityOf = useMemo(() => {
    const map = new Map<string, number>();
    (answer?.communities ?? []).forEach((members, index) => members.forEach((s) => map.set(s.id, index + 1)));
    return map;
  }, [answer]);
  const rows = answer ? (all ? answer.centrality : answer.centrality.slice(0, TOP)) : [];

  const toggle = (id: Obligation, on: boolean) => {
    const next = OBLIGATIONS.map((o) => o.id).filter((o) => (o === id ? on : obligations.includes(o)));
    const value = next.length === 0 || (next.length === 1 && next[0] === 'DEFENCE') ? undefined : next.join(',');
    update({ obligations: value });
  };

  return (
    <div className="network-view" data-testid="network-view">
      <section className="card" aria-labelledby="network-title">
        <div className="table-head">
          <h2 id="network-title">Alliance network{answer ? `, ${formatDate(answer.asOf)}` : ''}</h2>
          <div className="table-filters">
            <DateField asOf={asOf} onChange={(value) => update({ asOf: value })} testId="network-date" helpId="network-date-help" />
            <fieldset className="obligation-choices">
              <legend className="field-label">Tied by</legend>
              <span className="obligation-row">
                {OBLIGATIONS.map((o) => (
                  <label key={o.id} className="check">
                    <input
                      type="checkbox"
                      checked={obligations.includes(o.id)}
                      onChange={(event) => toggle(o.id, event.target.checked)}
                      data-obligation={o.id}
                    />
                    {o.label}
                  </label>
                ))}
              </span>
            </fieldset>
          </div>
        </div>
        {!dateOk ? <ErrorNotice error={new ApiError('input', 'The date must be written YYYY-MM-DD.')} /> : null}
        {network.error ? <ErrorNotice error={network.error} onRetry={network.retry} context="the network" /> : null}
        {dateOk && !answer && !network.error ? <Loading>Computing the network…</Loading> : null}
        {answer && answer.centrality.length === 0 ? <Empty>No two states are tied by these obligations on that day.</Empty> : null}
        {answer && answer.centrality.length > 0 ? (
          <>
            <p className="muted">
              {answer.centrality.length} tied states, {answer.communities.length}{' '}
              {answer.communities.length === 1 ? 'community' : 'communities'}, {answer.articulationPoints.length}{' '}
              {answer.articulationPoints.length === 1 ? 'articulation point' : 'articulation points'} (
              <span className="articulation-mark">highlighted</span>: without one of them the network falls into more pieces).
            </p>
            <div className="table-scroll">
              <table className="bloc-table network-table" data-testid="centrality-table">
                <caption className="visually-hidden">States by betweenness, most central first</caption>
                <thead>
                  <tr>
                    <th scope="col" className="numeric">
                      Rank
                    </th>
                    <th scope="col">State</th>
                    <th scope="col" className="numeric">
                      Degree
                    </th>
                    <th scope="col" className="numeric">
                      Betweenness
                    </th>
                    <th scope="col" className="numeric">
                      Community
                    </th>
                    <th scope="col">Articulation point</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => (
                    <tr
                      key={row.state.id}
                      data-state={row.state.id}
                      data-betweenness={row.betweenness}
                      data-degree={row.degree}
                      className={articulation.has(row.state.id) ? 'is-articulation' : undefined}
                    >
                      <td className="numeric">{index + 1}</td>
                      <th scope="row">
                        <a href={hrefFor('graph', { state: row.state.id, ...(asOf ? { asOf } : {}) })}>{row.state.name}</a>
                      </th>
                      <td className="numeric">{row.degree}</td>
                      <td className="numeric">{row.betweenness.toFixed(3)}</td>
                      <td className="numeric">{communityOf.get(row.state.id) ?? '—'}</td>
                      <td>{articulation.has(row.state.id) ? <span className="yes">Yes</span> : <span className="no">No</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {answer.centrality.length > TOP ? (
              <button type="button" className="button-quiet" onClick={() => setAll(!all)} aria-expanded={all}>
                {all ? `Show the ${TOP} most central` : `Show all ${answer.centrality.length}`}
              </button>
            ) : null}
          </>
        ) : null}
      </section>
      {answer && answer.centrality.length > 0 ? (
        <div className="network-side">
          <section className="card" aria-labelledby="articulation-title" data-testid="articulation-points">
            <h3 className="section-title" id="articulation-title">
              Articulation points
            </h3>
            {answer.articulationPoints.length === 0 ? (
              <p className="muted">None: no single state’s departure splits the network.</p>
            ) : (
              <p className="chips">
                {answer.articulationPoints.map((s) => (
                  <span key={s.id} className="chip chip-articulation" data-state={s.id}>
                    {nameOf(s.id)}
                  </span>
                ))}
              </p>
            )}
          </section>
          <section className="card" aria-labelledby="communities-title" data-testid="communities">
            <h3 className="section-title" id="communities-title">
              Communities
            </h3>
            <ol className="community-list">
              {answer.communities.map((members, index) => (
                <li key={index} data-community={index + 1} data-size={members.length}>
                  <span className="community-head">
                    Community {index + 1} <span className="muted">({members.length})</span>
                  </span>{' '}
                  {members
                    .map((s) => nameOf(s.id))
                    .sort((a, b) => a.localeCompare(b))
                    .join(', ')}
                </li>
              ))}
            </ol>
            <p className="footnote">Louvain method, seeded: the same network always falls into the same communities.</p>
          </section>
        </div>
      ) : null}
    </div>
  );
}
