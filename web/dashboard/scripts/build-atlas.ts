/**
 * Writes the world maps the dashboard ships, made from two packages so it works with no internet. Run it again
 * after upgrading either: `npx tsx web/dashboard/scripts/build-atlas.ts`.
 *
 * - Two levels of detail, from world-atlas's Natural Earth countries (TopoJSON): src/geo/world-110m.json (1:110m)
 *   draws the first, whole-world map, which must paint within two seconds on a small machine: projecting it costs
 *   a fifth of 1:50m. src/geo/world-50m.json (1:50m) is fetched when a reader zooms to a region, where the detail
 *   shows. 1:110m lacks 29 of the graph's states (Singapore, Malta, most island states), which the world view
 *   draws as dots anyway; 1:50m lacks only Tuvalu, drawn as a dot.
 * - Ids: world-atlas keys features by ISO 3166-1 numeric code; the graph uses alpha-3. world-countries gives the
 *   pairs (ccn3 -> cca3). Kosovo has no numeric code in either package: its feature is matched by name and keyed
 *   XKX, the code the graph uses (world-countries says UNK).
 * - Size: 1:50m's arcs are simplified (Douglas-Peucker, 0.02 degrees: under a pixel even at the dashboard's
 *   closest zoom, Europe at ~0.05 degrees a pixel; arcs are shared by neighbours and keep their end points, so
 *   borders still meet). A ring that simplification would collapse or turn inside out (d3-geo then fills the rest
 *   of the globe) keeps its original arcs. Then the arcs are re-quantised to a 10,000-step grid, which drops
 *   coincident points; properties are cut to the name and the shape's area on the sphere (so the map can tell
 *   the states too small to click without measuring them); Antarctica is left out (no state, and it would take a
 *   fifth of the map's height).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Country } from 'world-countries';
import { geoArea } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const GRID = 10_000;
const ANTARCTICA = '010';

type Props = { name: string };

const countries = JSON.parse(fs.readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as Country[];
const alpha3ByNumeric = new Map<string, string>();
for (const country of countries) if (country.ccn3) alpha3ByNumeric.set(country.ccn3, country.cca3);
const alpha3ByName = new Map([['Kosovo', 'XKX']]);

function writeAtlas(sourceFile: string, outFile: string, tolerance: number): void {
  const out = fileURLToPath(new URL(`../src/geo/${outFile}`, import.meta.url));
  const source = JSON.parse(fs.readFileSync(require.resolve(`world-atlas/${sourceFile}`), 'utf8')) as Topology<{
    countries: GeometryCollection<Props>;
  }>;
  // Undo the source's quantisation (delta-encoded integer arcs -> absolute coordinates), then quantise anew.
  const { scale, translate } = source.transform!;
  const original = source.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as [number, number];
    });
  });
  const arcs = tolerance > 0 ? original.map((arc) => simplify(arc, tolerance)) : original;

  const geometries = source.objects.countries.geometries
    .filter((geometry) => geometry.id !== ANTARCTICA)
    .map((geometry) => {
      const name = (geometry.properties as Props | undefined)?.name ?? '';
      const id = (geometry.id !== undefined ? alpha3ByNumeric.get(String(geometry.id)) : undefined) ?? alpha3ByName.get(name);
      const properties: Props & { area?: number } = { name };
      return { ...geometry, id, properties };
    });
  keepRingsWhole(geometries, original, arcs);

  const unquantised = {
    type: 'Topology',
    objects: { countries: { type: 'GeometryCollection', geometries } },
    arcs,
  } as unknown as Topology<Record<string, GeometryCollection>>;
  for (const geometry of geometries) {
    const area = geoArea(feature(unquantised, geometry as never));
    geometry.properties.area = Number(area.toPrecision(4));
  }
  // Arcs that only Antarctica used stay (quantize keeps arc indices stable); they are a few hundred bytes.
  fs.writeFileSync(out, JSON.stringify(quantize(unquantised, GRID)));
  const unmatched = geometries.filter((g) => !g.id).map((g) => g.properties.name);
  console.log(
    `${outFile}: ${geometries.length} shapes, ${(fs.statSync(out).size / 1024).toFixed(0)} KiB; no ISO3 code: ${unmatched.join(', ')}`,
  );
}

writeAtlas('countries-110m.json', 'world-110m.json', 0);
writeAtlas('countries-50m.json', 'world-50m.json', 0.02);

/** Douglas-Peucker on one arc; a closed arc (a whole ring) is split at its farthest point so it stays a ring. */
function simplify(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (first[0] === last[0] && first[1] === last[1]) {
    let far = 1;
    let best = -1;
    points.forEach((p, i) => {
      const d = Math.hypot(p[0] - first[0], p[1] - first[1]);
      if (d > best) [best, far] = [d, i];
    });
    keep[far] = 1;
    mark(points, 0, far, tolerance, keep);
    mark(points, far, points.length - 1, tolerance, keep);
    // A ring needs four points; a tiny island keeps its extremes.
    if (keep.reduce((n, k) => n + k, 0) < 4) {
      const mid = Math.floor((far + points.length - 1) / 2);
      keep[Math.max(1, Math.floor(far / 2))] = 1;
      keep[mid] = 1;
    }
  } else {
    mark(points, 0, points.length - 1, tolerance, keep);
  }
  return points.filter((_, i) => keep[i]);
}

function mark(points: [number, number][], from: number, to: number, tolerance: number, keep: Uint8Array): void {
  const [ax, ay] = points[from]!;
  const [bx, by] = points[to]!;
  const length = Math.hypot(bx - ax, by - ay);
  let far = -1;
  let best = tolerance;
  for (let i = from + 1; i < to; i++) {
    const [px, py] = points[i]!;
    const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
    if (d > best) [best, far] = [d, i];
  }
  if (far < 0) return;
  keep[far] = 1;
  mark(points, from, far, tolerance, keep);
  mark(points, far, to, tolerance, keep);
}

type Ring = number[];

/** Signed planar area of a ring made of arcs (a negative index is the arc reversed, as TopoJSON says). */
function ringArea(ring: Ring, arcsOf: [number, number][][]): number {
  const points: [number, number][] = [];
  for (const index of ring) {
    const arc = index < 0 ? [...arcsOf[~index]!].reverse() : arcsOf[index]!;
    points.push(...(points.length > 0 ? arc.slice(1) : arc));
  }
  let area = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++)
    area += (points[j]![0] - points[i]![0]) * (points[j]![1] + points[i]![1]);
  return area / 2;
}

/** Restores the original arcs of every ring whose simplified area lost half its size or changed sign. */
function keepRingsWhole(geometries: readonly { type: string | null }[], before: [number, number][][], after: [number, number][][]): void {
  const rings: Ring[] = [];
  for (const geometry of geometries) {
    const { arcs } = geometry as { arcs?: unknown };
    if (geometry.type === 'Polygon') rings.push(...(arcs as Ring[]));
    if (geometry.type === 'MultiPolygon') for (const polygon of arcs as Ring[][]) rings.push(...polygon);
  }
  for (let pass = 0; pass < 5; pass++) {
    let restored = 0;
    for (const ring of rings) {
      const was = ringArea(ring, before);
      const now = ringArea(ring, after);
      if (Math.sign(was) === Math.sign(now) && Math.abs(now) >= 0.5 * Math.abs(was)) continue;
      for (const index of ring) {
        const i = index < 0 ? ~index : index;
        if (after[i] !== before[i]) {
          after[i] = before[i]!;
          restored++;
        }
      }
    }
    if (restored === 0) break;
  }
}
