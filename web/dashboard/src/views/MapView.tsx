/**
 * The exposure map: "who is exposed if this state withdraws?" Pick the withdrawing state, the blocs it leaves, a
 * date and a scenario; every state is coloured by its exposure level; clicking one (on the map, in the ranking or
 * by name) shows its score and the reasons behind it, and under a scenario what changed against the baseline.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { CatalogueQuery, ExposureLevel, FirstMapQuery, ScenarioChangeInput } from '../__generated__/operations.js';
import { firstScreenShown, isAsked, keyOf } from '../api/cache.js';
import { EXPOSURE, FIRST_MAP, MEMBERSHIPS, SCENARIOS, STATES_AS_OF } from '../api/queries.js';
import { useFirstScreenShown, useQuery } from '../api/useQuery.js';
import { DateField, StateOptions } from '../components/Fields.js';
import { LevelBadge } from '../components/LevelBadge.js';
import { ErrorNotice, Loading } from '../components/Notice.js';
import { ScenarioEditor } from '../components/ScenarioEditor.js';
import { CypherLinks, Downloads, type Download } from '../components/TakeAway.js';
import { CSV_TYPE } from '../export/csv.js';
import { fileName } from '../export/download.js';
import { exposureCsv } from '../export/tables.js';
import { REGIONS, WorldMap, type MapStyle } from '../components/WorldMap.js';
import { loadAtlas, loadedAtlas, type CountryFeature, type Detail } from '../geo/atlas.js';
import {
  DATE_SHAPE,
  FILL,
  LEVELS,
  LEVEL_COLOUR,
  LEVEL_LABEL,
  LEVEL_RANGE,
  formatDate,
  formatScore,
  formatWeight,
  theName,
} from '../model.js';
import type { Params } from '../router.js';
import { exposureVariables, formatChanges, readMapSettings, type MapSettings } from '../settings.js';

// The state panel is not on the first screen (unless the link picks a state): its code loads after the first map.
const loadStatePanel = () => import('../components/statePanel.js');
const StateDetails = lazy(() => loadStatePanel().then((m) => ({ default: m.StateDetails })));
const ExposureTimeline = lazy(() => loadStatePanel().then((m) => ({ default: m.ExposureTimeline })));

/** Whether the `ae:first-map` mark is set or about to be (once per page, whichever map view draws first). */
let firstMapMarked = false;

interface Props {
  params: URLSearchParams;
  update: (params: Params) => void;
  catalogue: CatalogueQuery | undefined;
}

/** The whole world at 1:110m; a region at 1:50m once it has loaded (at 1:110m until then). */
function useAtlas(detail: Detail) {
  // What has loaded already (main.ts asked for the world before React loaded) is drawn in the first render.
  const [state, setState] = useState<{ world?: CountryFeature[]; region?: CountryFeature[]; error?: Error }>(() => ({
    world: loadedAtlas('world'),
    region: loadedAtlas('region'),
  }));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    const wanted: Detail[] = detail === 'world' ? ['world'] : ['world', 'region'];
    for (const level of wanted) {
      loadAtlas(level).then(
        (features) => current && setState((previous) => ({ ...previous, [level]: features, error: undefined })),
        (error: unknown) =>
          current && setState((previous) => ({ ...previous, error: error instanceof Error ? error : new Error(String(error)) })),
      );
    }
    return () => {
      current = false;
    };
  }, [detail, attempt]);
  const features = detail === 'region' ? (state.region ?? state.world) : state.world;
  const shown: Detail = detail === 'region' && state.region ? 'region' : 'world';
  return { features, detail: shown, error: features ? undefined : state.error, retry: () => setAttempt((n) => n + 1) };
}

export function MapView({ params, update, catalogue }: Props) {
  const settings = useMemo(() => readMapSettings(params), [params]);
  const dateOk = !settings.asOf || DATE_SHAPE.test(settings.asOf);
  const variables = useMemo(() => (dateOk ? exposureVariables(settings) : null), [settings, dateOk]);
  // The question the page opened on was asked by main.ts as FIRST_MAP (levels and scores, the day's states): that
  // answer colours the first map, and the full report (every reason, for the details, the deltas and the CSV) is
  // asked once the map is on screen. Any later question asks the full report at once.
  const [firstKey] = useState(() => (variables && isAsked(FIRST_MAP, variables) ? keyOf(FIRST_MAP, variables) : null));
  const usesFirst = variables !== null && keyOf(FIRST_MAP, variables) === firstKey;
  const first = useQuery(FIRST_MAP, usesFirst ? variables : null);
  const exposure = useQuery(EXPOSURE, variables, { deferred: true });
  const atlas = useAtlas(settings.region === 'world' ? 'world' : 'region');
  // Not needed for the first picture: asked once the map is on screen.
  const memberships = useQuery(
    MEMBERSHIPS,
    dateOk ? { id: settings.withdrawing, ...(settings.asOf ? { asOf: settings.asOf } : {}) } : null,
    { deferred: true },
  );
  const scenarios = useQuery(SCENARIOS, {}, { deferred: true });
  // As of a past day the map shows the states of that day: former ones drawn on their successors' shapes (the first
  // map has them from FIRST_MAP).
  const statesAsOf = useQuery(STATES_AS_OF, dateOk && settings.asOf ? { asOf: settings.asOf } : null, { deferred: true });

  // The full report of this question; else FIRST_MAP's; else (while the next loads) the previous full report.
  const full = exposure.data && !exposure.stale ? exposure.data.exposure : undefined;
  const firstAnswer = first.data && !first.stale ? first.data : undefined;
  const report: Report | undefined = full ?? firstAnswer?.exposure ?? exposure.data?.exposure;
  const mapError = full || firstAnswer ? undefined : (exposure.error ?? (usesFirst ? first.error : undefined));
  const retry = () => {
    first.retry();
    exposure.retry();
  };
  const mapLoading = variables !== null && !full && !firstAnswer && !mapError;
  const entryById = useMemo(() => new Map((report?.entries ?? []).map((e) => [e.state.id, e])), [report]);
  const deltaById = useMemo(() => new Map((report?.deltas ?? []).map((d) => [d.state.id, d])), [report]);
  // The state panel needs the reasons: the full report (or, while the next question loads, the previous one), never
  // FIRST_MAP's, so a state picked before the reasons are here shows them all when it shows at all.
  const detailed = full ?? (firstAnswer ? undefined : exposure.data?.exposure);
  const detailedEntryById = useMemo(() => new Map((detailed?.entries ?? []).map((e) => [e.state.id, e])), [detailed]);
  const detailedDeltaById = useMemo(() => new Map((detailed?.deltas ?? []).map((d) => [d.state.id, d])), [detailed]);
  const dayStates: readonly DayState[] | undefined = settings.asOf
    ? (statesAsOf.data?.states ?? firstAnswer?.states)
    : (catalogue?.states ?? firstAnswer?.states);
  const stateById = useMemo(() => new Map((dayStates ?? []).map((s) => [s.id, s])), [dayStates]);
  const drawnAs = useMemo(() => formerShapes(settings.asOf ? dayStates : undefined), [settings.asOf, dayStates]);
  const underScenario = Boolean(settings.scenario || settings.changes.length > 0);
  // Outlined on the map: the states whose level (so whose colour) the scenario changes; smaller moves are listed.
  const changed = useMemo(
    () => new Set((report?.deltas ?? []).filter((d) => d.level !== d.baselineLevel).map((d) => d.state.id)),
    [report],
  );

  const nameOf = useCallback((id: string) => stateById.get(id)?.name ?? entryById.get(id)?.state.name ?? id, [stateById, entryById]);
  const withdrawing = report?.withdrawing ?? { id: settings.withdrawing, name: nameOf(settings.withdrawing) };

  const styleOf = useCallback(
    (id: string | undefined): MapStyle => {
      if (!id || (stateById.size > 0 && !stateById.has(id))) return { fill: FILL.other, kind: 'OTHER' };
      if (id === withdrawing.id) return { fill: FILL.withdrawing, kind: 'WITHDRAWING' };
      const entry = entryById.get(id);
      return entry ? { fill: LEVEL_COLOUR[entry.level], kind: entry.level } : { fill: FILL.unexposed, kind: 'UNEXPOSED' };
    },
    [stateById, entryById, withdrawing.id],
  );

  const describe = useCallback(
    (id: string) => {
      const name = nameOf(id);
      if (id === withdrawing.id) return `${name}: withdrawing`;
      const entry = entryById.get(id);
      const delta = deltaById.get(id);
      const was = delta && delta.baselineLevel !== delta.level ? ` (was ${LEVEL_LABEL[delta.baselineLevel].toLowerCase()})` : '';
      return entry
        ? `${name}: ${LEVEL_LABEL[entry.level].toLowerCase()} exposure, ${formatScore(entry.score)}${was}`
        : `${name}: loses nothing${was}`;
    },
    [nameOf, entryById, deltaById, withdrawing.id],
  );

  const select = useCallback((id: string | undefined) => update({ state: id }), [update]);
  const region = REGIONS.find((r) => r.id === settings.region) ?? REGIONS[0]!;
  const question = describeQuestion(settings, withdrawing.name);
  const counts = useMemo(() => {
    const result = new Map<ExposureLevel, number>();
    for (const e of report?.entries ?? []) result.set(e.level, (result.get(e.level) ?? 0) + 1);
    return result;
  }, [report]);
  // The ranking as the API's /export/exposure.csv writes it, named after the question.
  const csvDownload: Download | undefined = report
    ? {
        label: 'Download CSV',
        testId: 'download-exposure-csv',
        // The file needs every reason: enabled once the full report of the question shown is here (while the next
        // answer loads, the ranking shown is the previous question's: no file of it under this name).
        disabled: !full,
        file: () => ({
          name: fileName(
            [
              'exposure',
              (full ?? report).withdrawing.id,
              ...(settings.from ? ['from', settings.from.join('+')] : []),
              ...(settings.scenario ? ['scenario', settings.scenario] : []),
              ...(settings.changes.length > 0 ? ['changes', formatChanges(settings.changes)] : []),
              (full ?? report).asOf,
            ],
            'csv',
          ),
          type: CSV_TYPE,
          text: full ? exposureCsv(full, underScenario) : '',
        }),
      }
    : undefined;
  // Dots are for today's small states; a former state is drawn on its successors' shapes instead.
  const mapStates = useMemo(() => (dayStates ?? []).filter((s) => !('shapes' in s && s.shapes)), [dayStates]);

  // The first coloured map: marked for the bench (bench/firstPaint.ts) and for anyone's devtools. Only then do the
  // deferred requests go out (api/cache.ts): after the frame that shows the map, so their answers cannot delay it.
  // A map that cannot be drawn (an error, a malformed date) lets them go at once: the page needs them all the same.
  const painted = Boolean(report && atlas.features);
  // Nothing to wait for either when the question on screen is not the one main.ts asked (the reader changed it before
  // the map was drawn): its answer is the full report, a deferred request, which must not wait for itself.
  const noFirstMap = !dateOk || Boolean(mapError) || Boolean(atlas.error) || !usesFirst;
  // The side panel (details, scenario, ranking) is drawn once the map is: it is not part of the first picture, and on
  // two cores its rendering and layout would delay the map. Then the state panel's code, so a click finds it loaded.
  const sideShown = useFirstScreenShown();
  useEffect(() => {
    // Not reported here: when a state is picked, the panel's own import reports a failure.
    if (sideShown) void loadStatePanel().catch(() => undefined);
  }, [sideShown]);
  useEffect(() => {
    if (painted && !firstMapMarked) {
      firstMapMarked = true; // once per page: the effect may run again before the frame comes
      requestAnimationFrame(() => {
        performance.mark('ae:first-map');
        setTimeout(firstScreenShown, 0);
      });
    } else if (painted || noFirstMap) {
      firstScreenShown();
    }
  }, [painted, noFirstMap]);

  return (
    <div className="map-layout">
      <section className="map-main" aria-label="Exposure map">
        <MapControls
          settings={settings}
          update={update}
          catalogue={catalogue}
          withdrawingName={withdrawing.name}
          memberships={memberships.data?.state?.memberships}
        />
        <div className="map-stage card">
          <div className="map-heading">
            <h2 className="map-title">
              Who is exposed if {theName(withdrawing.name)} withdraws{settings.from ? ` from ${settings.from.join(', ')}` : ''}?
            </h2>
            <p className="map-subtitle" data-testid="map-summary">
              {report
                ? `${report.entries.length} states lose security · ${counts.get('CRITICAL') ?? 0} critical, ${counts.get('HIGH') ?? 0} high · as of ${formatDate(report.asOf)}${underScenario ? ' · under the scenario' : ''}`
                : 'Computing exposure…'}
            </p>
          </div>
          <div className="region-buttons" role="group" aria-label="Zoom to a region">
            {REGIONS.map((r) => (
              <button
                key={r.id}
                type="button"
                aria-pressed={r.id === region.id}
                onClick={() => update({ region: r.id === 'world' ? undefined : r.id })}
              >
                {r.label}
              </button>
            ))}
          </div>
          <div className="map-frame">
            {atlas.features ? (
              <WorldMap
                features={atlas.features}
                states={mapStates}
                styleOf={styleOf}
                describe={describe}
                region={region}
                selected={settings.selected}
                outlined={underScenario ? changed : undefined}
                onSelect={select}
                label={`World map of exposure if ${theName(withdrawing.name)} withdraws; ${report?.entries.length ?? 0} states exposed`}
                dimmed={mapLoading || Boolean(mapError)}
                detail={atlas.detail}
                drawnAs={drawnAs}
              />
            ) : atlas.error ? (
              <ErrorNotice error={atlas.error} onRetry={atlas.retry} />
            ) : (
              <div className="map-placeholder" />
            )}
            <div className="map-overlay">
              {!dateOk ? (
                <div className="notice notice-error" role="alert" data-error-kind="input">
                  <p className="notice-title">Please check your input</p>
                  <p className="notice-message">“{settings.asOf}” is not a date: write it as YYYY-MM-DD, for example 2022-01-01.</p>
                </div>
              ) : mapError ? (
                <ErrorNotice error={mapError} onRetry={retry} context="exposure map" />
              ) : mapLoading || !atlas.features ? (
                <Loading>{report ? 'Updating the map…' : 'Loading the exposure map…'}</Loading>
              ) : null}
            </div>
          </div>
          <Legend
            counts={counts}
            total={report?.entries.length}
            withdrawing={withdrawing.name}
            scenario={underScenario}
            former={[...new Set(drawnAs.values())].map(nameOf)}
          />
          <CypherLinks queries={full ? exposure.cypher : firstAnswer ? first.cypher : undefined} testId="cypher-links-map" />
        </div>
      </section>
      <aside className="map-side" aria-label="Details">
        {sideShown ? (
          <>
            <FindState states={catalogue?.states ?? NO_STATES} onSelect={select} />
            {settings.selected && !detailed && !mapError ? (
              exposure.error ? (
                <ErrorNotice error={exposure.error} onRetry={exposure.retry} context={`the details of ${nameOf(settings.selected)}`} />
              ) : (
                <Loading>Loading the details of {nameOf(settings.selected)}…</Loading>
              )
            ) : settings.selected ? (
              <Suspense fallback={<Loading>Loading the details of {nameOf(settings.selected)}…</Loading>}>
                <StateDetails
                  id={settings.selected}
                  name={nameOf(settings.selected)}
                  entry={detailedEntryById.get(settings.selected)}
                  delta={detailedDeltaById.get(settings.selected)}
                  withdrawing={withdrawing}
                  question={question}
                  onSelect={select}
                  onClose={() => select(undefined)}
                >
                  {settings.selected !== withdrawing.id ? (
                    <ExposureTimeline
                      key={`${withdrawing.id}-${settings.selected}`}
                      withdrawing={withdrawing}
                      state={{ id: settings.selected, name: nameOf(settings.selected) }}
                      from={settings.from}
                    />
                  ) : null}
                </StateDetails>
              </Suspense>
            ) : (
              <p className="hint card">Click a state on the map, pick it in the ranking or find it by name to read why it is exposed.</p>
            )}
            <div className="card scenario-card">
              <ScenarioEditor
                scenarios={scenarios.data?.scenarios}
                scenariosError={scenarios.error}
                scenario={settings.scenario}
                changes={settings.changes}
                catalogue={catalogue}
                onScenario={(id) => update({ scenario: id })}
                onChanges={(changes: ScenarioChangeInput[]) => update({ changes: formatChanges(changes) || undefined })}
              />
              {underScenario && report ? <ScenarioDeltas deltas={report.deltas} selected={settings.selected} onSelect={select} /> : null}
            </div>
            <Ranking
              entries={report?.entries}
              deltaById={deltaById}
              selected={settings.selected}
              onSelect={select}
              download={csvDownload}
            />
          </>
        ) : null}
      </aside>
    </div>
  );
}

function describeQuestion(settings: MapSettings, name: string): string {
  const from = settings.from ? ` from ${settings.from.join(', ')}` : '';
  return `if ${theName(name)} withdraws${from}`;
}

function MapControls({
  settings,
  update,
  catalogue,
  withdrawingName,
  memberships,
}: {
  settings: MapSettings;
  update: (params: Params) => void;
  catalogue: CatalogueQuery | undefined;
  /** Its name, before the catalogue (every state's) has come. */
  withdrawingName: string;
  memberships: { status: string; bloc: { code: string; name: string } }[] | undefined;
}) {
  const blocs = memberships ?? [];
  const chosen = new Set(settings.from ?? []);
  const toggle = (code: string, on: boolean) => {
    const next = settings.from ? new Set(settings.from) : new Set<string>();
    if (on) next.add(code);
    else next.delete(code);
    update({ from: next.size > 0 ? [...next].join(',') : undefined });
  };

  return (
    <form className="controls card" onSubmit={(event) => event.preventDefault()} aria-label="The question">
      <label className="field">
        <span className="field-label">Withdrawing state</span>
        <select
          value={settings.withdrawing}
          onChange={(event) => update({ withdrawing: event.target.value, from: undefined, state: undefined })}
          data-testid="withdrawing-select"
        >
          <StateOptions states={catalogue?.states ?? [{ id: settings.withdrawing, name: withdrawingName }]} />
        </select>
      </label>
      <div className="field">
        <span className="field-label" id="from-label">
          Withdraws from
        </span>
        <details className="dropdown">
          <summary aria-describedby="from-label">{settings.from ? settings.from.join(', ') : 'Every commitment'}</summary>
          <div className="dropdown-panel">
            <label className="check">
              <input type="radio" checked={!settings.from} onChange={() => update({ from: undefined })} />
              Every commitment: blocs, treaties, nuclear umbrella, forces abroad
            </label>
            {blocs.length === 0 ? <p className="field-note">No memberships on this date.</p> : null}
            {blocs.map((m) => (
              <label key={m.bloc.code} className="check">
                <input type="checkbox" checked={chosen.has(m.bloc.code)} onChange={(event) => toggle(m.bloc.code, event.target.checked)} />
                <span>
                  <strong>{m.bloc.code}</strong> {m.bloc.name}
                  {m.status !== 'MEMBER' ? <em> ({m.status.toLowerCase().replace('_', ' ')})</em> : null}
                </span>
              </label>
            ))}
          </div>
        </details>
      </div>
      <DateField asOf={settings.asOf} onChange={(asOf) => update({ asOf })} testId="map-date" helpId="date-help">
        <button type="button" className="button-quiet" onClick={() => update({ asOf: undefined })} disabled={!settings.asOf}>
          Today
        </button>
      </DateField>
    </form>
  );
}

/**
 * Today's shapes drawn as a former state on the map's day: each shape of a former state that existed then, unless
 * the shape's own state existed too (East Germany is not drawn over the Federal Republic's shape).
 */
function formerShapes(states: ReadonlyArray<{ id: string; shapes?: ReadonlyArray<string> | null }> | undefined): Map<string, string> {
  const drawn = new Map<string, string>();
  if (!states) return drawn;
  const existing = new Set(states.map((s) => s.id));
  for (const s of states) for (const shape of s.shapes ?? []) if (!existing.has(shape)) drawn.set(shape, s.id);
  return drawn;
}

function Legend({
  counts,
  total,
  withdrawing,
  scenario,
  former,
}: {
  counts: Map<ExposureLevel, number>;
  total: number | undefined;
  withdrawing: string;
  scenario: boolean;
  former: string[];
}) {
  return (
    <div className="legend" aria-label="Legend" data-testid="legend">
      <span className="legend-title">Exposure</span>
      <ul>
        {LEVELS.map((level) => (
          <li key={level} data-legend-kind={level}>
            <span className="swatch" style={{ background: LEVEL_COLOUR[level] }} />
            {LEVEL_LABEL[level]}
            <span className="legend-range">{LEVEL_RANGE[level]}</span>
            {total !== undefined ? <span className="legend-count">{counts.get(level) ?? 0}</span> : null}
          </li>
        ))}
        <li data-legend-kind="UNEXPOSED">
          <span className="swatch" style={{ background: FILL.unexposed }} />
          Loses nothing
        </li>
        <li data-legend-kind="WITHDRAWING">
          <span className="swatch" style={{ background: FILL.withdrawing }} />
          {withdrawing} (withdrawing)
        </li>
        {former.length ? (
          <li data-legend-kind="FORMER">
            <span className="swatch swatch-outline" />
            Drawn on the shapes of the states that succeeded them: {former.join(', ')}
          </li>
        ) : null}
        {scenario ? (
          <li data-legend-kind="CHANGED">
            <span className="swatch swatch-outline" />
            Level changed by the scenario
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** One empty list for as long as the catalogue is missing: FindState notices when its list changes. */
const NO_STATES: { id: string; name: string }[] = [];

function FindState({ states, onSelect }: { states: { id: string; name: string }[]; onSelect: (id: string) => void }) {
  const [text, setText] = useState('');
  // What the reader typed, when it named no state of the list yet: the list (the catalogue) arrives only once the map
  // is on screen, so a name typed before it is looked up again when the list changes.
  const [waiting, setWaiting] = useState<string | null>(null);
  const matchOf = (value: string, among: { id: string; name: string }[]) =>
    among.find((s) => s.name.toLowerCase() === value.trim().toLowerCase() || s.id === value.trim().toUpperCase());
  const choose = (value: string) => {
    setText(value);
    const match = matchOf(value, states);
    if (match) {
      onSelect(match.id);
      setText('');
      setWaiting(null);
    } else setWaiting(value.trim() ? value : null);
  };
  // Adjusting state to a new list during render (React's documented pattern, no effect): the typed name is matched
  // against the list that has just arrived.
  const [seenStates, setSeenStates] = useState(states);
  if (seenStates !== states) {
    setSeenStates(states);
    const match = waiting === null ? undefined : matchOf(waiting, states);
    if (match) {
      setText('');
      setWaiting(null);
      // The parent's state changes after this render, not during it.
      queueMicrotask(() => onSelect(match.id));
    }
  }
  return (
    <label className="find-state">
      <span className="visually-hidden">Find a state</span>
      <input
        type="search"
        list="state-names"
        placeholder="Find a state…"
        value={text}
        onChange={(event) => choose(event.target.value)}
        data-testid="find-state"
      />
      <datalist id="state-names">
        {states.map((s) => (
          <option key={s.id} value={s.name} />
        ))}
      </datalist>
    </label>
  );
}

/** What the map, the legend and the ranking need of a report: FIRST_MAP's selection (EXPOSURE's has more). */
type Report = FirstMapQuery['exposure'];
/** A state of the map's day, from whichever answer has them (FIRST_MAP, STATES_AS_OF or the catalogue). */
type DayState = { id: string; name: string; lat: number | null; lng: number | null; shapes?: readonly string[] | null };

function Ranking({
  entries,
  deltaById,
  selected,
  onSelect,
  download,
}: {
  entries: Report['entries'] | undefined;
  deltaById: Map<string, Report['deltas'][number]>;
  selected: string | undefined;
  onSelect: (id: string) => void;
  /** The ranking as a file. */
  download: Download | undefined;
}) {
  if (!entries) return null;
  return (
    <section className="card ranking-card" aria-labelledby="ranking-title">
      <div className="take-away">
        <h2 id="ranking-title" className="section-title">
          Most exposed
        </h2>
        {download ? <Downloads downloads={[download]} label="Download the ranking" /> : null}
      </div>
      {entries.length === 0 ? (
        <p className="muted">Nobody loses anything: no state relies on this withdrawal's ties on that date.</p>
      ) : (
        <ol className="ranking" data-testid="ranking">
          {entries.map((entry) => {
            const delta = deltaById.get(entry.state.id);
            return (
              <li key={entry.state.id}>
                <button
                  type="button"
                  aria-pressed={selected === entry.state.id}
                  onClick={() => onSelect(entry.state.id)}
                  data-state={entry.state.id}
                >
                  <span className="ranking-name">{entry.state.name}</span>
                  <span className="ranking-bar" aria-hidden="true">
                    <span style={{ width: `${Math.round(entry.score * 100)}%`, background: LEVEL_COLOUR[entry.level] }} />
                  </span>
                  <span className="ranking-score">{formatScore(entry.score)}</span>
                  {delta && Math.abs(delta.change) >= 0.005 ? (
                    <span className={`ranking-delta ${delta.change > 0 ? 'is-up' : 'is-down'}`}>{formatWeight(delta.change)}</span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function ScenarioDeltas({
  deltas,
  selected,
  onSelect,
}: {
  deltas: Report['deltas'];
  selected: string | undefined;
  onSelect: (id: string) => void;
}) {
  const moved = deltas.filter((d) => Math.abs(d.change) >= 0.005 || d.level !== d.baselineLevel);
  return (
    <div className="deltas" data-testid="scenario-deltas">
      <h3 className="section-title">Against the baseline</h3>
      {moved.length === 0 ? (
        <p className="muted">This scenario changes nobody's exposure.</p>
      ) : (
        <ul className="delta-list">
          {moved.map((d) => (
            <li key={d.state.id}>
              <button type="button" aria-pressed={selected === d.state.id} onClick={() => onSelect(d.state.id)} data-state={d.state.id}>
                <span className="ranking-name">{d.state.name}</span>
                <span className="delta-levels">
                  <LevelBadge level={d.baselineLevel} /> → <LevelBadge level={d.level} />
                </span>
                <span className={`ranking-delta ${d.change > 0 ? 'is-up' : 'is-down'}`}>{formatWeight(d.change)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
