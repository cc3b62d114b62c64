/**
 * The state panel's history: one state's exposure to the withdrawal through time (`exposureTimeline`), 1949 to today,
 * a point each 1 January and on every day a tie between the two states changed (marked), with the reasons of the
 * point hovered or picked. Always the baseline world: the timeline takes no scenario.
 */
import { useMemo, useState } from 'react';
import { EXPOSURE_TIMELINE } from '../api/queries.js';
import { useQuery } from '../api/useQuery.js';
import { LEVEL_LABEL, formatDate, formatScore, formatWeight, reasonLabel, theName } from '../model.js';
import { ErrorNotice, Loading } from './Notice.js';
import { TimeChart, type ChartPoint } from './TimeChart.js';

interface Props {
  withdrawing: { id: string; name: string };
  state: { id: string; name: string };
  /** Bloc codes the withdrawing state leaves; undefined = every commitment. */
  from: string[] | undefined;
}

export function ExposureTimeline({ withdrawing, state, from }: Props) {
  const variables = useMemo(
    () => ({ withdrawing: withdrawing.id, id: state.id, since: '1949-01-01', ...(from ? { from } : {}) }),
    [withdrawing.id, state.id, from],
  );
  const timeline = useQuery(EXPOSURE_TIMELINE, variables, { deferred: true });
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [hovered, setHovered] = useState<string | undefined>(undefined);
  const data = timeline.stale ? undefined : timeline.data?.exposureTimeline;
  const points: ChartPoint[] = useMemo(
    () => (data ?? []).map((p) => ({ date: p.asOf, value: p.score, marked: p.kind === 'TIE_CHANGED', kind: p.kind })),
    [data],
  );
  const changes = (data ?? []).filter((p) => p.kind === 'TIE_CHANGED');
  const shown = (data ?? []).find((p) => p.asOf === (hovered ?? picked));
  const headingId = `timeline-${state.id}`;

  return (
    <section className="exposure-timeline" aria-labelledby={headingId} data-testid="exposure-timeline" data-state={state.id}>
      <h3 className="section-title" id={headingId}>
        Through time
      </h3>
      {timeline.error ? <ErrorNotice error={timeline.error} onRetry={timeline.retry} context="the timeline" /> : null}
      {!data && !timeline.error ? <Loading>Loading {state.name}’s exposure since 1949…</Loading> : null}
      {data && data.length > 0 ? (
        <>
          <TimeChart
            points={points}
            title={`${state.name}'s exposure to a withdrawal by ${theName(withdrawing.name)}, 1949 to today`}
            description={
              `Exposure score from 0 to 1 on each 1 January and on the ${changes.length} days a tie between ` +
              `${state.name} and ${theName(withdrawing.name)} changed (larger points).`
            }
            yLabel="Exposure score"
            yMax={1}
            formatValue={formatScore}
            picked={picked}
            onPick={setPicked}
            onHover={setHovered}
            testId="exposure-timeline-chart"
          />
          {changes.length > 0 ? (
            <p className="timeline-changes">
              <span className="muted">Ties changed: </span>
              {changes.map((p) => (
                <button
                  key={p.asOf}
                  type="button"
                  className={`chip${p.asOf === picked ? ' is-on' : ''}`}
                  aria-pressed={p.asOf === picked}
                  onClick={() => setPicked(p.asOf)}
                  data-date={p.asOf}
                >
                  {formatDate(p.asOf)}
                </button>
              ))}
            </p>
          ) : null}
          {shown ? (
            <div className="timeline-point" data-testid="timeline-point" data-date={shown.asOf}>
              <p>
                <strong>{formatDate(shown.asOf)}</strong>
                {shown.kind === 'TIE_CHANGED' ? ' (a tie changed)' : ''}: {LEVEL_LABEL[shown.level].toLowerCase()},{' '}
                {formatScore(shown.score)}
              </p>
              {shown.reasons.length > 0 ? (
                <ul className="plain-list">
                  {[...shown.reasons]
                    .sort((a, b) => b.weight - a.weight)
                    .map((reason, index) => (
                      <li key={index}>
                        <span className="reason-kind">{reasonLabel(reason.kind)}</span> {formatWeight(reason.weight)}: {reason.text}
                      </li>
                    ))}
                </ul>
              ) : (
                <p className="muted">Nothing to lose on that day.</p>
              )}
            </div>
          ) : (
            <p className="footnote">
              Point at the chart, or pick a day a tie changed, to read that day’s reasons. Baseline world, without the scenario.
            </p>
          )}
        </>
      ) : null}
      {data && data.length === 0 ? <p className="muted">No points in the range.</p> : null}
    </section>
  );
}
