/**
 * The world map's shapes, shipped with the dashboard (atlas.json, made by scripts/build-atlas.ts from the
 * world-atlas and world-countries packages): features keyed by the graph's ISO3 ids. Fetched as its own file so
 * it downloads and parses while the first exposure query runs.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountryFeature = Feature<Geometry, { name: string }> & { id?: string };

const ATLAS_URL = new URL('./atlas.json', import.meta.url).href;

let loading: Promise<CountryFeature[]> | undefined;

export function loadAtlas(): Promise<CountryFeature[]> {
  loading ??= fetch(ATLAS_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`The world map (${ATLAS_URL}) did not load: HTTP ${response.status}`);
      return response.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>;
    })
    .then((topology) => (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features as CountryFeature[])
    .catch((error: unknown) => {
      loading = undefined; // let a retry fetch again
      throw error;
    });
  return loading;
}
