/**
 * The world map: one SVG path per shape (Equal Earth projection), filled by the caller's colours, with a dot for
 * each state too small to see or click at the current zoom (and for Tuvalu, which the atlas lacks). Every shape
 * and dot carries data-state and data-fill-kind, which the legend, the tooltip and the browser test read; the map
 * itself says which atlas it draws (data-detail) and how many of the graph's states it has to place (data-states).
 */
import { geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { memo, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { CountryFeature } from '../geo/atlas.js';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 480;

export interface Region {
  id: string;
  label: string;
  /** [west, south, east, north] in degrees; none = the whole world. */
  box?: [number, number, number, number];
}

export const REGIONS: readonly Region[] = [
  { id: 'world', label: 'World' },
  { id: 'europe', label: 'Europe', box: [-12, 35, 42, 70] },
  { id: 'mideast', label: 'Middle East', box: [24, 11, 64, 43] },
  { id: 'asia', label: 'Asia–Pacific', box: [68, -45, 178, 52] },
  { id: 'americas', label: 'Americas', box: [-168, -56, -34, 72] },
  { id: 'africa', label: 'Africa', box: [-19, -36, 53, 38] },
];

export interface MapStyle {
  fill: string;
  /** A level (CRITICAL…NONE), or UNEXPOSED / WITHDRAWING / OTHER. */
  kind: string;
}

export interface PointState {
  id: string;
  name: string;
  lat: number | null;
  lng: number | null;
}

interface Props {
  features: CountryFeature[];
  /** The graph's states (dots for the small ones). */
  states: readonly PointState[];
  styleOf: (id: string | undefined) => MapStyle;
  /** Tooltip text for a state. */
  describe: (id: string) => string;
  region: Region;
  selected?: string | undefined;
  /** States drawn with a heavy outline (what a scenario changes). */
  outlined?: ReadonlySet<string> | undefined;
  onSelect: (id: string) => void;
  label: string;
  dimmed?: boolean;
  /** Which atlas the shapes come from (for tests and curious readers). */
  detail?: string;
  /**
   * Shapes drawn as another state: today's state id -> the former state whose territory it was on the map's day
   * (the Soviet Union on Ukraine's shape in 1980). The shape then colours, names and selects the former state.
   */
  drawnAs?: ReadonlyMap<string, string> | undefined;
}

/** Below this area (in viewBox pixels²) a state also gets a dot, so it can be seen and clicked. */
const SMALL_AREA = 10;

interface Shapes {
  shapes: { key: string; id: string | undefined; d: string }[];
  outlineOf: Map<string, string>;
  area: Map<string, number>;
  projection: GeoProjection;
}

/** The shapes at this zoom: projected once per atlas and region (the costly part), whatever the colours. */
function projectShapes(features: CountryFeature[], region: Region): Shapes {
  const target: GeoPermissibleObjects = region.box
    ? { type: 'MultiPoint', coordinates: boxPoints(region.box) }
    : { type: 'FeatureCollection', features };
  // The atlas is already finer than a pixel: adaptive resampling (precision > 0) would only triple the work.
  const projection = geoEqualEarth()
    .precision(0)
    .fitExtent(
      [
        [6, 6],
        [MAP_WIDTH - 6, MAP_HEIGHT - 6],
      ],
      target,
    );
  const path = geoPath(projection).digits(1);
  const area = new Map<string, number>();
  const outlineOf = new Map<string, string>();
  const shapes = features.map((feature, index) => {
    const d = path(feature) ?? '';
    if (feature.id) {
      // Equal Earth is an equal-area projection: a shape's area on screen is its area on the sphere × scale².
      area.set(feature.id, (area.get(feature.id) ?? 0) + feature.properties.area * projection.scale() ** 2);
      outlineOf.set(feature.id, (outlineOf.get(feature.id) ?? '') + d);
    }
    return { key: `${feature.id ?? feature.properties.name}-${index}`, id: feature.id, d };
  });
  return { shapes, outlineOf, area, projection };
}

/** A dot for each state too small to see (or absent from the atlas), at its centre, if it is in the frame. */
function placeDots({ area, projection }: Shapes, states: readonly PointState[]): { id: string; x: number; y: number }[] {
  const dots: { id: string; x: number; y: number }[] = [];
  for (const state of states) {
    if ((area.get(state.id) ?? 0) >= SMALL_AREA || state.lat === null || state.lng === null) continue;
    const point = projection([state.lng, state.lat]);
    if (!point || point[0] < 0 || point[0] > MAP_WIDTH || point[1] < 0 || point[1] > MAP_HEIGHT) continue;
    dots.push({ id: state.id, x: point[0], y: point[1] });
  }
  return dots;
}

function boxPoints([west, south, east, north]: [number, number, number, number]): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i <= 4; i++) {
    const lng = west + ((east - west) * i) / 4;
    points.push([lng, south], [lng, north]);
  }
  return points;
}

export const WorldMap = memo(function WorldMap({
  features,
  states,
  styleOf,
  describe,
  region,
  selected,
  outlined,
  onSelect,
  label,
  dimmed,
  detail,
  drawnAs,
}: Props) {
  const shapes = useMemo(() => projectShapes(features, region), [features, region]);
  const dots = useMemo(() => placeDots(shapes, states), [shapes, states]);
  const geometry = { ...shapes, dots };
  // A former state's outline is the outlines of the shapes it is drawn on.
  const outlineOf = (id: string): string | undefined => {
    const own = [...(drawnAs ?? [])].filter(([, as]) => as === id).map(([shape]) => geometry.outlineOf.get(shape) ?? '');
    return own.length ? own.join('') : geometry.outlineOf.get(id);
  };
  const box = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);

  const idAt = (target: EventTarget | null) => (target instanceof Element ? (target.getAttribute('data-state') ?? undefined) : undefined);

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const id = idAt(event.target);
    const rect = box.current?.getBoundingClientRect();
    if (!id || !rect) return setHover(null);
    setHover({ id, x: event.clientX - rect.left, y: event.clientY - rect.top });
  };

  // data-states: how many of the graph's states the map can place (the dots need their centres, from the
  // catalogue, which arrives a moment after the first paint): the browser test waits for all of them.
  return (
    <div className={`world-map${dimmed ? ' is-dimmed' : ''}`} ref={box} data-detail={detail} data-states={states.length}>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-label={label}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHover(null)}
        onClick={(event) => {
          const id = idAt(event.target);
          if (id) onSelect(id);
        }}
      >
        <g className="shapes">
          {geometry.shapes.map(({ key, id: shapeId, d }) => {
            const id = shapeId ? (drawnAs?.get(shapeId) ?? shapeId) : undefined;
            const style = styleOf(id);
            return (
              <path
                key={key}
                d={d}
                data-state={id && style.kind !== 'OTHER' ? id : undefined}
                data-drawn-on={id !== shapeId ? shapeId : undefined}
                data-fill-kind={style.kind}
                style={{ fill: style.fill }}
                className={style.kind === 'OTHER' ? 'shape is-other' : 'shape'}
              />
            );
          })}
        </g>
        <g className="outlines" aria-hidden="true">
          {outlined
            ? [...outlined].map((id) => (outlineOf(id) ? <path key={id} d={outlineOf(id)} className="outline-changed" /> : null))
            : null}
          {selected && outlineOf(selected) ? <path d={outlineOf(selected)} className="outline-selected" /> : null}
        </g>
        <g className="dots">
          {geometry.dots.map(({ id, x, y }) => {
            const style = styleOf(id);
            const classes = ['dot', outlined?.has(id) ? 'is-changed' : '', selected === id ? 'is-selected' : ''].filter(Boolean).join(' ');
            return (
              <circle
                key={id}
                cx={x}
                cy={y}
                r={3.2}
                data-state={id}
                data-fill-kind={style.kind}
                style={{ fill: style.fill }}
                className={classes}
              />
            );
          })}
        </g>
      </svg>
      {hover ? (
        <div
          className="map-tooltip"
          role="presentation"
          style={{
            left: Math.min(hover.x + 14, (box.current?.clientWidth ?? 0) - 220),
            top: hover.y + 14,
          }}
        >
          {describe(hover.id)}
        </div>
      ) : null}
    </div>
  );
});
