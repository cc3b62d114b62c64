/**
 * The exposure map: "who is exposed if this state withdraws?" Pick the withdrawing state, the blocs it leaves, a
 * date and a scenario; every state is coloured by its exposure level; clicking one (on the map, in the ranking or
 * by name) shows its score and the reasons behind it, and under a scenario what changed against the baseline.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CatalogueQuery, ExposureLevel, ExposureQuery, ScenarioChangeInput } from '../__generated__/operations.js';
import { EXPOSURE, MEMBERSHIPS, SCENARIOS, STATES_AS_OF } from '../api/queries.js';
import { useQuery } from '../api/useQuery.js';
import { DateField, StateOptions } from '../components/Fields.js';
import { ExposureTimeline } from '../components/ExposureTimeline.js';
import { ErrorNotice, Loading } from '../components/Notice.js';
import { ScenarioEditor } from '../components/ScenarioEditor.js';
import { LevelBadge, StateDetails } from '../components/StateDetails.js';
import { CypherLinks, Downloads, type Download } from '../components/TakeAway.js';
import { CSV_TYPE } from '../export/csv.js';
import { fileName } from '../export/download.js';
import { exposureCsv } from '../export/tables.js';
import { REGIONS, WorldMap, type MapStyle } from '../components/WorldMap.js';
import { loadAtlas, type CountryFeature, type Detail } from '../geo/atlas.js';
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

interface Props {
  params: URLSearchParams;
  update: (params: Params) => void;
  catalogue: CatalogueQuery | undefined;
}

/** The whole world at 1:110m; a region at 1:50m once it has loaded (at 1:110m until then). */
function useAtlas(detail: Detail) {
  const [state, setState] = useState<{ world?: CountryFeature[]; region?: CountryFeature[]; error?: Error }>({});
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
  const exposure = useQuery(EXPOSURE, variables);
  const atlas = useAtlas(settings.region === 'world' ? 'world' : 'region');
  // Not needed for the first picture: asked once the map's own question has been answered.
  const memberships = useQuery(
    MEMBERSHIPS,
    dateOk ? { id: settings.withdrawing, ...(settings.asOf ? { asOf: settings.asOf } : {}) } : null,
    { deferred: true },
  );
  const scenarios = useQuery(SCENARIOS, {}, { deferred: true });
  // As of a past day the map shows the states of that day: former ones drawn on their successors' shapes.
  const statesAsOf = useQuery(STATES_AS_OF, dateOk && settings.asOf ? { asOf: settings.asOf } : null);

  const report = exposure.data?.exposure;
  const entryById = useMemo(() => new Map((report?.entries ?? []).map((e) => [e.state.id, e])), [report]);
  const deltaById = useMemo(() => new Map((report?.deltas ?? []).map((d) => [d.state.id, d])), [report]);
  const dayStates = settings.asOf ? statesAsOf.data?.states : catalogue?.states;
  const stateById = useMemo(() => new Map((dayStates ?? []).map((s) => [s.id, s])), [dayStates]);
  const drawnAs = useMemo(() => formerShapes(settings.asOf ? statesAsOf.data?.states : undefined), [settings.asOf, statesAsOf.data]);
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
        // While the next answer loads the ranking shown is the previous question's: no file of it under this name.
        disabled: exposure.loading || Boolean(exposure.error),
        file: () => ({
          name: fileName(
            [
              'exposure',
              report.withdrawing.id,
              ...(settings.from ? ['from', settings.from.join('+')] : []),
              ...(settings.scenario ? ['scenario', settings.scenario] : []),
              ...(settings.changes.length > 0 ? ['changes', formatChanges(settings.changes)] : []),
              report.asOf,
            ],
            'csv',
          ),
          type: CSV_TYPE,
          text: exposureCsv(report, underScenario),
        }),
      }
    : undefined;
  // Dots are for today's small states; a former state is drawn on its successors' shapes instead.
  const mapStates = useMemo(() => (dayStates ?? []).filter((s) => !('shapes' in s && s.shapes)), [dayStates]);

  // The first coloured map: marked for the browser test's two-second budget (and for anyone's devtools).
  const painted = Boolean(report && atlas.features);
  useEffect(() => {
    if (painted && performance.getEntriesByName('ae:first-map').length === 0) {
      requestAnimationFrame(() => performance.mark('ae:first-map'));
    }
  }, [painted]);

  return (
    <div className="map-layout">
      <section className="map-main" aria-label="Exposure map">
        <MapControls settings={settings} update={update} catalogue={catalogue} memberships={memberships.data?.state?.memberships} />
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
                dimmed={exposure.loading || Boolean(exposure.error)}
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
              ) : exposure.error ? (
                <ErrorNotice error={exposure.error} onRetry={exposure.retry} context="exposure map" />
              ) : exposure.loading || !atlas.features ? (
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
          <CypherLinks queries={report && !exposure.loading ? exposure.cypher : undefined} testId="cypher-links-map" />
        </div>
      </section>
      <aside className="map-side" aria-label="Details">
        <FindState states={catalogue?.states ?? []} onSelect={select} />
        {settings.selected ? (
          <StateDetails
            id={settings.selected}
            name={nameOf(settings.selected)}
            entry={entryById.get(settings.selected)}
            delta={deltaById.get(settings.selected)}
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
        <Ranking entries={report?.entries} deltaById={deltaById} selected={settings.selected} onSelect={select} download={csvDownload} />
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
  memberships,
}: {
  settings: MapSettings;
  update: (params: Params) => void;
  catalogue: CatalogueQuery | undefined;
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
          <StateOptions states={catalogue?.states ?? [{ id: settings.withdrawing, name: settings.withdrawing }]} />
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

function FindState({ states, onSelect }: { states: { id: string; name: string }[]; onSelect: (id: string) => void }) {
  const [text, setText] = useState('');
  const choose = (value: string) => {
    setText(value);
    const match = states.find((s) => s.name.toLowerCase() === value.trim().toLowerCase() || s.id === value.trim().toUpperCase());
    if (match) {
      onSelect(match.id);
      setText('');
    }
  };
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

type Report = ExposureQuery['exposure'];

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
