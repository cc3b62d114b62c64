/**
 * A small line chart of values through time, drawn by hand in SVG (no chart library): a title and a description for
 * screen readers, both axes labelled, and points one can hover, click or (the marked ones) reach with the keyboard.
 * `step` draws the value as held until the next point (a bloc's size); otherwise points are joined by straight lines.
 * Each point carries data-date and data-kind for tests and scripts.
 */
import { useId, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { formatDate } from '../model.js';

export interface ChartPoint {
  /** YYYY-MM-DD. */
  date: string;
  value: number;
  /** Drawn larger and focusable (a day something changed). */
  marked?: boolean;
  /** What the point is, for data-kind (e.g. NEW_YEAR, TIE_CHANGED). */
  kind?: string;
}

interface Props {
  points: readonly ChartPoint[];
  title: string;
  description: string;
  yLabel: string;
  /** Fixed range of the value axis; default 0 to the largest value. */
  yMax?: number;
  step?: boolean;
  formatValue?: (value: number) => string;
  /** The point picked (clicked, focused or hovered last), by date. */
  picked?: string | undefined;
  onPick?: (date: string) => void;
  /** The point under the pointer, or undefined when it leaves the chart. */
  onHover?: (date: string | undefined) => void;
  testId?: string;
}

const WIDTH = 560;
const HEIGHT = 220;
const PAD = { left: 46, right: 12, top: 12, bottom: 34 };

/** Days since 1970 of a calendar date (UTC, so no time zone shifts it). */
const dayOf = (date: string) => {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

export function TimeChart({
  points,
  title,
  description,
  yLabel,
  yMax,
  step = false,
  formatValue = (v) => String(v),
  picked,
  onPick,
  onHover,
  testId,
}: Props) {
  const id = useId();
  const [hovered, setHovered] = useState<string | undefined>(undefined);
  const layout = useMemo(() => {
    if (points.length === 0) return null;
    const days = points.map((p) => dayOf(p.date));
    const first = Math.min(...days);
    const last = Math.max(first + 1, ...days);
    const top = yMax ?? Math.max(1, ...points.map((p) => p.value));
    const innerW = WIDTH - PAD.left - PAD.right;
    const innerH = HEIGHT - PAD.top - PAD.bottom;
    const x = (day: number) => PAD.left + ((day - first) / (last - first)) * innerW;
    const y = (value: number) => PAD.top + innerH - (Math.min(value, top) / top) * innerH;
    const placed = points.map((p, i) => ({ ...p, x: x(days[i]!), y: y(p.value) }));
    let path = '';
    placed.forEach((p, i) => {
      if (i === 0) path += `M${p.x.toFixed(1)},${p.y.toFixed(1)}`;
      else if (step) path += `H${p.x.toFixed(1)}V${p.y.toFixed(1)}`;
      else path += `L${p.x.toFixed(1)},${p.y.toFixed(1)}`;
    });
    // Year ticks: about six, on round years.
    const firstYear = new Date(first * 86_400_000).getUTCFullYear();
    const lastYear = new Date(last * 86_400_000).getUTCFullYear();
    const span = Math.max(1, lastYear - firstYear);
    const every = [1, 2, 5, 10, 20, 25, 50].find((n) => span / n <= 7) ?? 50;
    const years: { year: number; x: number }[] = [];
    for (let year = Math.ceil(firstYear / every) * every; year <= lastYear; year += every) {
      const day = Date.UTC(year, 0, 1) / 86_400_000;
      if (day >= first && day <= last) years.push({ year, x: x(day) });
    }
    const values = [0, top / 2, top].map((v) => ({ value: v, y: y(v) }));
    return { placed, path, years, values, innerH };
  }, [points, yMax, step]);

  if (!layout) return null;
  const shown = hovered ?? picked;
  const pickFromPointer = (event: MouseEvent<SVGSVGElement>, click: boolean) => {
    const svg = event.currentTarget;
    const box = svg.getBoundingClientRect();
    const px = ((event.clientX - box.left) / box.width) * WIDTH;
    let best = layout.placed[0]!;
    for (const p of layout.placed) if (Math.abs(p.x - px) < Math.abs(best.x - px)) best = p;
    if (click) onPick?.(best.date);
    else if (best.date !== hovered) {
      setHovered(best.date);
      onHover?.(best.date);
    }
  };
  const onKey = (event: KeyboardEvent, date: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onPick?.(date);
    }
  };
  const current = layout.placed.find((p) => p.date === shown);

  return (
    <figure className="time-chart" data-testid={testId}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        onMouseMove={(event) => pickFromPointer(event, false)}
        onMouseLeave={() => {
          setHovered(undefined);
          onHover?.(undefined);
        }}
        onClick={(event) => pickFromPointer(event, true)}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g className="chart-axis" aria-hidden="true">
          {layout.values.map((v) => (
            <g key={v.value}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={v.y} y2={v.y} className="chart-grid" />
              <text x={PAD.left - 6} y={v.y + 4} textAnchor="end">
                {formatValue(v.value)}
              </text>
            </g>
          ))}
          {layout.years.map((t) => (
            <text key={t.year} x={t.x} y={HEIGHT - PAD.bottom + 15} textAnchor="middle">
              {t.year}
            </text>
          ))}
          <text x={PAD.left + (WIDTH - PAD.left - PAD.right) / 2} y={HEIGHT - 4} textAnchor="middle" className="chart-axis-label">
            Year
          </text>
          <text transform={`translate(11 ${PAD.top + layout.innerH / 2}) rotate(-90)`} textAnchor="middle" className="chart-axis-label">
            {yLabel}
          </text>
        </g>
        <path d={layout.path} className="chart-line" />
        {current ? <line x1={current.x} x2={current.x} y1={PAD.top} y2={PAD.top + layout.innerH} className="chart-cursor" /> : null}
        {layout.placed.map((p) => (
          <circle
            key={p.date}
            cx={p.x}
            cy={p.y}
            r={p.marked ? 4.5 : 2}
            className={`chart-point${p.marked ? ' is-marked' : ''}${p.date === shown ? ' is-picked' : ''}`}
            data-date={p.date}
            data-kind={p.kind}
            data-value={p.value}
            {...(p.marked
              ? {
                  tabIndex: 0,
                  role: 'button',
                  'aria-label': `${formatDate(p.date)}: ${formatValue(p.value)}`,
                  onFocus: () => onPick?.(p.date),
                  onKeyDown: (event: KeyboardEvent) => onKey(event, p.date),
                }
              : {})}
          >
            <title>{`${formatDate(p.date)}: ${formatValue(p.value)}`}</title>
          </circle>
        ))}
      </svg>
      {current ? (
        <figcaption className="chart-readout" aria-live="polite">
          {formatDate(current.date)}: <strong>{formatValue(current.value)}</strong>
        </figcaption>
      ) : null}
    </figure>
  );
}
