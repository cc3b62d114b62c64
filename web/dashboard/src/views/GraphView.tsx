/**
 * The alliance graph: pick a bloc or a state and a date. A bloc shows its members by status (frozen, partner,
 * observer drawn differently) and the other mutual-defence blocs and treaties its members are in; a state shows its
 * blocs and the allies they bind it to. Around either, the threat, nuclear-umbrella and forces edges touching it
 * (each kind can be hidden from the legend), their far ends drawn as outsiders. The slider and Play replay the
 * years, e.g. NATO from 1949 to today: memberships and edges are both asked as of each date.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CatalogueQuery, MembershipStatus } from '../__generated__/operations.js';
import { BLOC_GRAPH, STATE_GRAPH } from '../api/queries.js';
import { fetchCached } from '../api/cache.js';
import { useQuery } from '../api/useQuery.js';
import { DateField, StateOptions } from '../components/Fields.js';
import { ErrorNotice, Loading } from '../components/Notice.js';
import { CypherLinks, Downloads } from '../components/TakeAway.js';
import { fileName } from '../export/download.js';
import { exportGraph, graphJson, graphml, type ExportGraph } from '../export/graph.js';
import { BLOC_COLOUR, CyGraph } from '../graph/CyGraph.js';
import { blocGraph, stateGraph, tiesOf, tiesTouching, type GraphModel, type Tie } from '../graph/elements.js';
import {
  DATE_SHAPE,
  KIND_LABEL,
  STATUS_LABEL,
  STATUS_ORDER,
  STATUS_STYLE,
  THREAT_LEVEL_LABEL,
  TIE_KINDS,
  TIE_LABEL,
  TIE_STYLE,
  formatDate,
  theName,
  today,
  type TieKind,
} from '../model.js';
import { hrefFor, type Params, type View } from '../router.js';

interface Props {
  params: URLSearchParams;
  update: (params: Params) => void;
  go: (view: View, params?: Params) => void;
  catalogue: CatalogueQuery | undefined;
}

const FIRST_YEAR = 1945;
const DEFAULT_BLOC = 'NATO';

function yearOf(date: string | undefined): number {
  return date ? Number(date.slice(0, 4)) : new Date().getFullYear();
}

/** The slider's year as a date: the end of that year, or today for the current year. */
function dateForYear(year: number): string | undefined {
  return year >= new Date().getFullYear() ? undefined : `${year}-12-31`;
}

export function GraphView({ params, update, go, catalogue }: Props) {
  const stateId = params.get('state')?.toUpperCase() || undefined;
  const blocCode = stateId ? undefined : params.get('bloc')?.toUpperCase() || DEFAULT_BLOC;
  const asOf = params.get('asOf') || undefined;
  const around = params.get('around') !== 'off';
  // Edge kinds switched off in the legend, e.g. `hide=umbrella,forces`.
  const hideParam = params.get('hide') ?? '';
  const hidden = useMemo(
    () => new Set(hideParam.split(',').filter((k): k is TieKind => (TIE_KINDS as readonly string[]).includes(k))),
    [hideParam],
  );
  const dateOk = !asOf || DATE_SHAPE.test(asOf);
  const dateVars = dateOk ? (asOf ? { asOf } : {}) : null;

  const network = useQuery(BLOC_GRAPH, blocCode && dateVars ? { code: blocCode, ...dateVars } : null);
  const statePart = useQuery(STATE_GRAPH, stateId && dateVars ? { id: stateId, ...dateVars } : null);
  const coords = useMemo(() => new Map((catalogue?.states ?? []).map((s) => [s.id, s])), [catalogue]);
  const nuclear = useMemo(() => new Set((catalogue?.states ?? []).filter((s) => s.nuclearArmed).map((s) => s.id)), [catalogue]);

  const focusData = network.data?.bloc;
  // The focus bloc first, then the defence blocs around it: what blocGraph draws.
  const blocs = useMemo(() => (focusData ? [focusData, ...focusData.around] : network.data ? [] : undefined), [focusData, network.data]);
  const focusBloc = blocCode ? (blocs?.find((b) => b.code === blocCode) ?? catalogue?.blocs.find((b) => b.code === blocCode)) : undefined;
  const focusState = statePart.data?.state;
  // Every threat, umbrella and forces edge with a member of the focus bloc at one end.
  const networkTies = useMemo(() => {
    const members = focusData?.members.map((m) => m.state) ?? [];
    return tiesOf({
      threats: members.flatMap((s) => [...s.threats, ...s.perceivedAsThreatBy]),
      umbrellas: members.flatMap((s) => [...s.umbrellas, ...s.extendsDeterrenceTo]),
      forces: members.flatMap((s) => [...s.forcesHosted, ...s.forcesAbroad]),
    });
  }, [focusData]);
  // The threat, umbrella and forces edges around the focus: touching a bloc's members (any status), or the state's own.
  const ties: Tie[] | undefined = useMemo(() => {
    if (blocCode) {
      const members = blocs?.find((b) => b.code === blocCode)?.members;
      return members ? tiesTouching(networkTies, new Set(members.map((m) => m.state.id))) : undefined;
    }
    if (!focusState) return undefined;
    return tiesOf({
      threats: [...focusState.threats, ...focusState.perceivedAsThreatBy],
      umbrellas: [...focusState.umbrellas, ...focusState.extendsDeterrenceTo],
      forces: [...focusState.forcesHosted, ...focusState.forcesAbroad],
    });
  }, [blocCode, blocs, networkTies, focusState]);
  const model: GraphModel | undefined = useMemo(() => {
    const shown = (ties ?? []).filter((t) => !hidden.has(t.kind));
    if (blocCode) return blocs ? blocGraph(blocs, blocCode, around, shown, nuclear) : undefined;
    return focusState ? stateGraph(focusState, nuclear, shown) : undefined;
  }, [blocCode, blocs, around, focusState, nuclear, ties, hidden]);
  const toggleTie = useCallback(
    (kind: TieKind, show: boolean) => {
      const next = TIE_KINDS.filter((k) => (k === kind ? !show : hidden.has(k)));
      update({ hide: next.length > 0 ? next.join(',') : undefined });
    },
    [hidden, update],
  );

  const query = stateId ? statePart : network;
  const error = !dateOk ? undefined : (query.error ?? network.error);
  const unknownState = Boolean(stateId && statePart.data && !statePart.data.state);
  const unknownBloc = Boolean(blocCode && network.data && !network.data.bloc);

  // The timeline: from the bloc's founding (or 1945 for a state) to today.
  const firstYear = Math.max(FIRST_YEAR, focusBloc?.founded ? yearOf(focusBloc.founded) : FIRST_YEAR);
  const lastYear = new Date().getFullYear();
  const year = dateOk ? Math.min(lastYear, Math.max(firstYear, yearOf(asOf))) : lastYear;
  const [playing, setPlaying] = useState(false);
  const loading = network.loading || statePart.loading;
  // Play stops by itself once the last year is shown: adjusted while rendering, not in an effect.
  if (playing && !loading && year >= lastYear) setPlaying(false);

  useEffect(() => {
    if (!playing || loading || year >= lastYear) return;
    // Ask for the next year ahead of time, so each step shows as soon as its pause ends.
    const next = dateForYear(year + 1);
    const nextVars = next ? { asOf: next } : {};
    if (blocCode) void fetchCached(BLOC_GRAPH, { code: blocCode, ...nextVars }).catch(() => undefined);
    if (stateId) void fetchCached(STATE_GRAPH, { id: stateId, ...nextVars }).catch(() => undefined);
    const timer = window.setTimeout(() => update({ asOf: dateForYear(year + 1) }), 650);
    return () => window.clearTimeout(timer);
  }, [playing, loading, year, lastYear, update, stateId, blocCode]);

  const play = () => {
    if (playing) return setPlaying(false);
    if (year >= lastYear) update({ asOf: dateForYear(firstYear) });
    setPlaying(true);
  };

  const open = useCallback(
    (kind: 'state' | 'bloc', ref: string) => update(kind === 'bloc' ? { bloc: ref, state: undefined } : { state: ref, bloc: undefined }),
    [update],
  );

  const title = stateId
    ? (focusState?.name ?? catalogue?.states.find((s) => s.id === stateId)?.name ?? stateId)
    : (focusBloc?.name ?? blocCode ?? '');
  const dateLabel = asOf ? formatDate(asOf) : 'today';

  // The picture as files: what is drawn (hidden edge kinds left out), named after its focus and date.
  const ready = Boolean(model && !loading && !error && dateOk);
  const asFile = (): { graph: ExportGraph; name: string[] } => {
    const date = asOf ?? new Date().toISOString().slice(0, 10);
    const focus = stateId ? `state:${stateId}` : `bloc:${blocCode}`;
    const attributes = {
      title,
      focus,
      as_of: date,
      around: stateId ? undefined : around,
      hidden_edges: hidden.size > 0 ? TIE_KINDS.filter((k) => hidden.has(k)).join(',') : undefined,
    };
    const shown = (ties ?? []).filter((t) => !hidden.has(t.kind));
    return { graph: exportGraph(model ?? { nodes: [], edges: [] }, shown, attributes), name: ['graph', stateId ?? blocCode ?? '', date] };
  };

  return (
    <div className="graph-layout">
      <section className="graph-main card" aria-label="Alliance graph">
        <GraphControls
          stateId={stateId}
          blocCode={blocCode}
          asOf={asOf}
          around={around}
          catalogue={catalogue}
          update={update}
          firstYear={firstYear}
          lastYear={lastYear}
          year={year}
          playing={playing}
          onPlay={play}
          onSlide={(y) => {
            setPlaying(false);
            update({ asOf: dateForYear(y) });
          }}
        />
        <div className="graph-heading">
          <h2>
            {title} <span className="muted">as of {dateLabel}</span>
          </h2>
        </div>
        <div className="graph-frame">
          {model ? (
            <CyGraph
              model={model}
              coords={coords}
              focusKey={stateId ? `state:${stateId}:${around}` : `bloc:${blocCode}:${around}`}
              onOpen={open}
              label={`Graph of ${title} as of ${dateLabel}: ${model.nodes.length} nodes, ${model.edges.filter((e) => e.tie).length} threat, umbrella and forces edges`}
            />
          ) : null}
          <div className="map-overlay">
            {!dateOk ? (
              <div className="notice notice-error" role="alert" data-error-kind="input">
                <p className="notice-title">Please check your input</p>
                <p className="notice-message">“{asOf}” is not a date: write it as YYYY-MM-DD, for example 2022-01-01.</p>
              </div>
            ) : error ? (
              <ErrorNotice error={error} onRetry={() => (network.error ? network.retry() : statePart.retry())} context="alliance graph" />
            ) : unknownState || unknownBloc ? (
              <div className="notice notice-error" role="alert">
                <p className="notice-title">Nothing to show</p>
                <p className="notice-message">
                  The graph has no {unknownState ? `state “${stateId}”` : `bloc “${blocCode}”`}. Pick one from the list.
                </p>
              </div>
            ) : loading || !model ? (
              <Loading>Loading the alliance graph…</Loading>
            ) : model.nodes.length <= 1 ? (
              <p className="notice notice-empty">
                {blocCode && focusBloc?.founded && (asOf ?? today()) < focusBloc.founded
                  ? `${focusBloc.name} did not exist yet: it was founded on ${formatDate(focusBloc.founded)}.`
                  : `No memberships, threats, nuclear umbrellas or stationed forces on ${dateLabel}.`}
              </p>
            ) : null}
          </div>
        </div>
        <GraphLegend ties={ties} hidden={hidden} onToggle={toggleTie} />
        <div className="take-away">
          <Downloads
            label="Download the graph"
            downloads={[
              {
                label: 'Download GraphML',
                testId: 'download-graphml',
                disabled: !ready,
                file: () => {
                  const { graph, name } = asFile();
                  return { name: fileName(name, 'graphml'), type: 'application/graphml+xml;charset=utf-8', text: graphml(graph) };
                },
              },
              {
                label: 'Download JSON',
                testId: 'download-graph-json',
                disabled: !ready,
                file: () => {
                  const { graph, name } = asFile();
                  return { name: fileName(name, 'json'), type: 'application/json;charset=utf-8', text: graphJson(graph) };
                },
              },
            ]}
          />
          <CypherLinks queries={ready ? query.cypher : undefined} testId="cypher-links-graph" />
        </div>
      </section>
      <aside className="graph-side" aria-label="Members and ties">
        {blocCode && focusBloc ? <BlocSummary bloc={focusBloc} members={focusData?.members} dateLabel={dateLabel} onOpen={open} /> : null}
        {stateId && focusState ? <StateSummary state={focusState} dateLabel={dateLabel} onOpen={open} /> : null}
        {ties && model ? <TieSummary ties={ties} focusId={stateId} around={title} dateLabel={dateLabel} onOpen={open} /> : null}
        {stateId ? (
          <p className="card hint">
            <a href={hrefFor('map', { state: stateId })}>See {title} on the exposure map</a>
          </p>
        ) : null}
        {blocCode ? (
          <p className="card hint">
            <button type="button" className="link-button" onClick={() => go('blocs')}>
              Compare every bloc in the table
            </button>
          </p>
        ) : null}
      </aside>
    </div>
  );
}

function GraphControls({
  stateId,
  blocCode,
  asOf,
  around,
  catalogue,
  update,
  firstYear,
  lastYear,
  year,
  playing,
  onPlay,
  onSlide,
}: {
  stateId: string | undefined;
  blocCode: string | undefined;
  asOf: string | undefined;
  around: boolean;
  catalogue: CatalogueQuery | undefined;
  update: (params: Params) => void;
  firstYear: number;
  lastYear: number;
  year: number;
  playing: boolean;
  onPlay: () => void;
  onSlide: (year: number) => void;
}) {
  const mode = stateId ? 'state' : 'bloc';
  const blocsByKind = useMemo(() => {
    const groups = new Map<string, { code: string; name: string }[]>();
    for (const b of catalogue?.blocs ?? []) groups.set(b.kind, [...(groups.get(b.kind) ?? []), b]);
    return [...groups.entries()];
  }, [catalogue]);

  return (
    <form className="graph-controls" onSubmit={(event) => event.preventDefault()} aria-label="What to show">
      <fieldset className="segmented">
        <legend className="visually-hidden">Show a bloc or a state</legend>
        <label className={mode === 'bloc' ? 'is-on' : ''}>
          <input
            type="radio"
            name="graph-mode"
            checked={mode === 'bloc'}
            onChange={() => update({ state: undefined, bloc: DEFAULT_BLOC })}
          />
          Bloc
        </label>
        <label className={mode === 'state' ? 'is-on' : ''}>
          <input type="radio" name="graph-mode" checked={mode === 'state'} onChange={() => update({ bloc: undefined, state: 'POL' })} />
          State
        </label>
      </fieldset>
      {mode === 'bloc' ? (
        <label className="field">
          <span className="field-label">Bloc</span>
          <select value={blocCode} onChange={(event) => update({ bloc: event.target.value })} data-testid="graph-bloc">
            {!catalogue ? <option value={blocCode}>{blocCode}</option> : null}
            {blocsByKind.map(([kind, blocs]) => (
              <optgroup key={kind} label={KIND_LABEL[kind as keyof typeof KIND_LABEL] ?? kind}>
                {blocs.map((b) => (
                  <option key={b.code} value={b.code}>
                    {b.code} — {b.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      ) : (
        <label className="field">
          <span className="field-label">State</span>
          <select value={stateId} onChange={(event) => update({ state: event.target.value })} data-testid="graph-state">
            {!catalogue ? <option value={stateId}>{stateId}</option> : null}
            <StateOptions states={catalogue?.states} />
          </select>
        </label>
      )}
      <DateField asOf={asOf} onChange={(value) => update({ asOf: value })} testId="graph-date" helpId="graph-date-help" />
      <div className="field timeline">
        <span className="field-label" id="timeline-label">
          Replay {firstYear}–{lastYear}
        </span>
        <span className="timeline-row">
          <button type="button" className="button play" onClick={onPlay} aria-pressed={playing} data-testid="graph-play">
            {playing ? 'Pause' : 'Play'}
          </button>
          <input
            type="range"
            min={firstYear}
            max={lastYear}
            step={1}
            value={year}
            onChange={(event) => onSlide(Number(event.target.value))}
            aria-labelledby="timeline-label"
            aria-valuetext={year >= lastYear ? 'today' : `end of ${year}`}
          />
          <output className="timeline-year">{year >= lastYear ? 'today' : year}</output>
          <button type="button" className="button-quiet" onClick={() => update({ asOf: undefined })} disabled={!asOf}>
            Today
          </button>
        </span>
      </div>
      {mode === 'bloc' ? (
        <label className="check">
          <input type="checkbox" checked={around} onChange={(event) => update({ around: event.target.checked ? undefined : 'off' })} />
          Other defence ties of its members
        </label>
      ) : null}
    </form>
  );
}

type Member = {
  status: MembershipStatus;
  since: string | null;
  role: string | null;
  note: string | null;
  state: { id: string; name: string };
};

function byStatus<T extends { status: MembershipStatus }>(items: readonly T[]): [MembershipStatus, T[]][] {
  return STATUS_ORDER.map((status) => [status, items.filter((i) => i.status === status)] as [MembershipStatus, T[]]).filter(
    ([, list]) => list.length > 0,
  );
}

function BlocSummary({
  bloc,
  members,
  dateLabel,
  onOpen,
}: {
  bloc: {
    code: string;
    name: string;
    kind: keyof typeof KIND_LABEL;
    founded: string | null;
    dissolved: string | null;
    mutualDefence: boolean;
    defenceClause?: string | null;
  };
  members: readonly Member[] | undefined;
  dateLabel: string;
  onOpen: (kind: 'state' | 'bloc', ref: string) => void;
}) {
  return (
    <section className="card summary" aria-labelledby="summary-title">
      <h2 id="summary-title">
        <span className="bloc-tag" style={{ background: BLOC_COLOUR[bloc.kind] }}>
          {bloc.code}
        </span>{' '}
        {bloc.name}
      </h2>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{KIND_LABEL[bloc.kind]}</dd>
        <dt>Founded</dt>
        <dd>{formatDate(bloc.founded)}</dd>
        {bloc.dissolved ? (
          <>
            <dt>Dissolved</dt>
            <dd>{formatDate(bloc.dissolved)}</dd>
          </>
        ) : null}
        <dt>Mutual defence</dt>
        <dd>{bloc.mutualDefence ? (bloc.defenceClause ?? 'Yes') : 'No'}</dd>
      </dl>
      {members ? (
        members.length === 0 ? (
          <p className="muted">No memberships on {dateLabel}.</p>
        ) : (
          <div data-testid="member-list">
            {byStatus(members).map(([status, list]) => (
              <div key={status} className="status-group">
                <h3 className="section-title">
                  <StatusLine status={status} /> {STATUS_LABEL[status]}s <span className="count">{list.length}</span>
                </h3>
                <ul className="member-list">
                  {[...list]
                    .sort((a, b) => a.state.name.localeCompare(b.state.name))
                    .map((m) => (
                      <li key={m.state.id} data-state={m.state.id} data-status={m.status}>
                        <button type="button" className="link-button" onClick={() => onOpen('state', m.state.id)}>
                          {m.state.name}
                        </button>
                        <span className="since">{m.since ? `since ${formatDate(m.since)}` : ''}</span>
                        {m.note ? (
                          <details className="member-note">
                            <summary>Note</summary>
                            {m.note}
                          </details>
                        ) : null}
                      </li>
                    ))}
                </ul>
              </div>
            ))}
          </div>
        )
      ) : null}
    </section>
  );
}

function StateSummary({
  state,
  dateLabel,
  onOpen,
}: {
  state: {
    id: string;
    name: string;
    region: string | null;
    nuclearArmed: boolean;
    milexUsdBn: number | null;
    milexYear: number | null;
    memberships: { status: MembershipStatus; since: string | null; bloc: { code: string; name: string } }[];
    allies: { state: { id: string; name: string }; via: { code: string }[] }[];
  };
  dateLabel: string;
  onOpen: (kind: 'state' | 'bloc', ref: string) => void;
}) {
  return (
    <section className="card summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{state.name}</h2>
      <dl className="facts">
        <dt>Region</dt>
        <dd>{state.region ?? '—'}</dd>
        <dt>Nuclear-armed</dt>
        <dd>{state.nuclearArmed ? 'Yes' : 'No'}</dd>
        <dt>Defence spending</dt>
        <dd>
          {state.milexUsdBn !== null ? `$${state.milexUsdBn.toFixed(1)}bn a year${state.milexYear ? ` (${state.milexYear})` : ''}` : '—'}
        </dd>
      </dl>
      {state.memberships.length === 0 ? <p className="muted">No memberships on {dateLabel}.</p> : null}
      <div data-testid="member-list">
        {byStatus(state.memberships).map(([status, list]) => (
          <div key={status} className="status-group">
            <h3 className="section-title">
              <StatusLine status={status} /> {STATUS_LABEL[status]} of <span className="count">{list.length}</span>
            </h3>
            <ul className="member-list">
              {list.map((m) => (
                <li key={m.bloc.code} data-bloc={m.bloc.code} data-status={m.status}>
                  <button type="button" className="link-button" onClick={() => onOpen('bloc', m.bloc.code)}>
                    {m.bloc.code}
                  </button>{' '}
                  <span className="member-name">{m.bloc.name}</span>
                  <span className="since">{m.since ? `since ${formatDate(m.since)}` : ''}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <h3 className="section-title">
        Bound to defend it <span className="count">{state.allies.length}</span>
      </h3>
      {state.allies.length === 0 ? (
        <p className="muted">
          No state is bound to {state.name} by a mutual-defence obligation on {dateLabel}.
        </p>
      ) : (
        <ul className="ally-list">
          {[...state.allies]
            .sort((a, b) => a.state.name.localeCompare(b.state.name))
            .map((ally) => (
              <li key={ally.state.id}>
                <button type="button" className="link-button" onClick={() => onOpen('state', ally.state.id)}>
                  {ally.state.name}
                </button>{' '}
                <span className="since">{ally.via.map((v) => v.code).join(', ')}</span>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}

function StatusLine({ status }: { status: MembershipStatus }) {
  const s = STATUS_STYLE[status];
  return (
    <svg className="status-line" width="26" height="8" aria-hidden="true">
      <line
        x1="1"
        y1="4"
        x2="25"
        y2="4"
        stroke={s.colour}
        strokeWidth={s.width}
        strokeDasharray={s.line === 'dashed' ? '6 3' : s.line === 'dotted' ? '1.5 3' : undefined}
        strokeLinecap="round"
      />
    </svg>
  );
}

/** A threat, umbrella or forces edge as the graph draws it, with its arrowhead, for the legend and the lists. */
function TieLine({ kind }: { kind: TieKind }) {
  const s = TIE_STYLE[kind];
  return (
    <svg className="status-line" width="30" height="10" aria-hidden="true">
      {s.outline ? <line x1="1" y1="5" x2="22" y2="5" stroke={s.outline} strokeWidth={s.width + 1.6} /> : null}
      <line
        x1="1"
        y1="5"
        x2="22"
        y2="5"
        stroke={s.colour}
        strokeWidth={s.width}
        strokeDasharray={s.line === 'dashed' ? '5 3' : undefined}
      />
      {s.arrow === 'square' ? (
        <rect x="22" y="1.5" width="7" height="7" fill={s.colour} />
      ) : (
        <polygon points="21,0.5 29,5 21,9.5" fill={s.colour} />
      )}
    </svg>
  );
}

function GraphLegend({
  ties,
  hidden,
  onToggle,
}: {
  ties: readonly Tie[] | undefined;
  hidden: ReadonlySet<TieKind>;
  onToggle: (kind: TieKind, show: boolean) => void;
}) {
  const shown: MembershipStatus[] = ['MEMBER', 'FROZEN', 'SUSPENDED', 'PARTNER', 'DIALOGUE_PARTNER', 'OBSERVER', 'APPLICANT'];
  return (
    <div className="legend graph-legend" aria-label="Legend">
      <fieldset className="tie-toggles" data-testid="tie-toggles">
        <legend className="legend-title">Edges shown</legend>
        {TIE_KINDS.map((kind) => (
          <label key={kind} className="check tie-toggle">
            <input
              type="checkbox"
              checked={!hidden.has(kind)}
              onChange={(event) => onToggle(kind, event.target.checked)}
              data-testid={`tie-toggle-${kind}`}
            />
            <TieLine kind={kind} />
            {TIE_LABEL[kind]}
            <span className="legend-count">{ties ? ties.filter((t) => t.kind === kind).length : '…'}</span>
          </label>
        ))}
      </fieldset>
      <ul>
        {shown.map((status) => (
          <li key={status}>
            <StatusLine status={status} />
            {STATUS_LABEL[status]}
          </li>
        ))}
        <li>
          <span className="node-sample" /> State
        </li>
        <li>
          <span className="node-sample is-nuclear" /> Nuclear-armed
        </li>
        <li>
          <span className="bloc-sample" /> Bloc or treaty
        </li>
        <li>
          <span className="node-sample is-outsider" /> Outsider (reached by an edge)
        </li>
        <li>
          <svg className="status-line" width="26" height="8" aria-hidden="true">
            <line x1="1" y1="4" x2="25" y2="4" stroke="#1f4e8c" strokeOpacity="0.35" strokeWidth="1.2" />
          </svg>
          Tie around it
        </li>
      </ul>
    </div>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const TIE_HEADING: Record<TieKind, string> = {
  threat: 'Threat perceptions',
  umbrella: 'Nuclear umbrellas',
  forces: 'Forces stationed',
};

/** The threat, umbrella and forces edges around the focus in words: what the graph draws, with dates and sources. */
function TieSummary({
  ties,
  focusId,
  around,
  dateLabel,
  onOpen,
}: {
  ties: readonly Tie[];
  /** The focus state, named in plain text rather than as a link to itself. */
  focusId: string | undefined;
  around: string;
  dateLabel: string;
  onOpen: (kind: 'state' | 'bloc', ref: string) => void;
}) {
  const name = (state: { id: string; name: string }, first = false) => {
    const text = first ? capitalise(theName(state.name)) : theName(state.name);
    return state.id === focusId ? (
      <strong>{text}</strong>
    ) : (
      <button type="button" className="link-button" onClick={() => onOpen('state', state.id)}>
        {text}
      </button>
    );
  };
  const sentence = (t: Tie) => {
    if (t.kind === 'threat')
      return (
        <>
          {name(t.from, true)} sees {name(t.to)} as a threat
        </>
      );
    if (t.kind === 'umbrella')
      return (
        <>
          {name(t.from, true)} extends its nuclear umbrella over {name(t.to)}
        </>
      );
    return (
      <>
        Forces of {name(t.from)} are stationed in {name(t.to)}
      </>
    );
  };
  const facts = (t: Tie) =>
    [t.level ? `${THREAT_LEVEL_LABEL[t.level]} threat` : '', t.via ? `via ${t.via}` : '', t.since ? `since ${formatDate(t.since)}` : '']
      .filter(Boolean)
      .join(' · ');
  return (
    <section className="card summary" aria-labelledby="ties-title" data-testid="tie-list">
      <h2 id="ties-title">Threats, umbrellas and forces</h2>
      {ties.length === 0 ? (
        <p className="muted">
          No threat perception, nuclear umbrella or stationed forces touch {around} on {dateLabel}.
        </p>
      ) : (
        TIE_KINDS.map((kind) => {
          const list = ties
            .filter((t) => t.kind === kind)
            .sort((a, b) => a.from.name.localeCompare(b.from.name) || a.to.name.localeCompare(b.to.name));
          if (list.length === 0) return null;
          return (
            <details key={kind} className="tie-group" open={list.length <= 8}>
              <summary className="section-title">
                <TieLine kind={kind} /> {TIE_HEADING[kind]} <span className="count">{list.length}</span>
              </summary>
              <ul className="tie-list">
                {list.map((t) => (
                  <li key={t.id} data-tie={t.id}>
                    <span>{sentence(t)}</span>
                    <span className="since">{facts(t)}</span>
                    <details className="member-note">
                      <summary>Source</summary>
                      {/^https?:\/\//.test(t.source) ? (
                        <a href={t.source} rel="noreferrer noopener" target="_blank">
                          {t.source}
                        </a>
                      ) : (
                        t.source
                      )}
                      {t.note ? <p className="tie-note">{t.note}</p> : null}
                    </details>
                  </li>
                ))}
              </ul>
            </details>
          );
        })
      )}
    </section>
  );
}
