/**
 * A bloc's size through time (`Bloc.sizeTimeline`): its full members on every day that number changed, from its
 * founding to today (or to its dissolution), as a step chart.
 */
import { useMemo } from 'react';
import { BLOC_SIZE } from '../api/queries.js';
import { useQuery } from '../api/useQuery.js';
import { formatDate } from '../model.js';
import { ErrorNotice, Loading } from './Notice.js';
import { TimeChart, type ChartPoint } from './TimeChart.js';

export function BlocSizeChart({ code, dissolved }: { code: string; dissolved: string | null | undefined }) {
  const size = useQuery(BLOC_SIZE, { code, ...(dissolved ? { until: dissolved } : {}) });
  const bloc = size.stale ? undefined : size.data?.bloc;
  const timeline = bloc?.sizeTimeline;
  const points: ChartPoint[] = useMemo(() => (timeline ?? []).map((p) => ({ date: p.asOf, value: p.members })), [timeline]);
  if (size.error) return <ErrorNotice error={size.error} onRetry={size.retry} context={`${code}'s size through time`} />;
  if (!bloc || !timeline) return <Loading>Loading {code}’s size through time…</Loading>;
  if (timeline.length === 0) return <p className="muted">No members on record.</p>;
  const first = timeline[0]!;
  const last = timeline[timeline.length - 1]!;
  const largest = timeline.reduce((a, b) => (b.members > a.members ? b : a));
  return (
    <div className="bloc-size" data-testid="bloc-size" data-bloc={code} data-first={first.asOf} data-last={last.asOf}>
      <TimeChart
        points={points}
        step
        title={`${bloc.name} (${code}): full members through time`}
        description={
          `${first.members} members on ${formatDate(first.asOf)}, ${last.members} on ${formatDate(last.asOf)}; ` +
          `at most ${largest.members} (from ${formatDate(largest.asOf)}).`
        }
        yLabel="Members"
        testId="bloc-size-chart"
      />
      <p className="footnote">
        {first.members} on {formatDate(first.asOf)} → {last.members} on {formatDate(last.asOf)}
        {dissolved ? ' (dissolved)' : ''}; {timeline.length} points, one on every day the number changed.
      </p>
    </div>
  );
}
