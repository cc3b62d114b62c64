/**
 * The world map's shapes, shipped with the dashboard (made by scripts/build-atlas.ts from the world-atlas and
 * world-countries packages): features keyed by the graph's ISO3 ids. Two levels of detail, each fetched as a file
 * of its own: 1:110m for the whole world (the first paint: small, and quick to project), 1:50m when the reader
 * zooms to a region.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** `area`: the shape's area on the unit sphere (steradians), computed when the atlas was made. */
export type CountryFeature = Feature<Geometry, { name: string; area: number }> & { id?: string };
export type Detail = 'world' | 'region';

const URLS: Record<Detail, string> = {
  world: new URL('./world-110m.json', import.meta.url).href,
  region: new URL('./world-50m.json', import.meta.url).href,
};

const loading = new Map<Detail, Promise<CountryFeature[]>>();
const loaded = new Map<Detail, CountryFeature[]>();

/**
 * The features if they have already loaded (main.ts starts the 1:110m atlas before React loads): the map then draws
 * them in its first render, not in a second one after a promise has settled.
 */
export function loadedAtlas(detail: Detail): CountryFeature[] | undefined {
  return loaded.get(detail);
}

export function loadAtlas(detail: Detail = 'world'): Promise<CountryFeature[]> {
  let pending = loading.get(detail);
  if (!pending) {
    const url = URLS[detail];
    pending = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`The world map (${url}) did not load: HTTP ${response.status}`);
        return response.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string; area: number }> }>>;
      })
      .then((topology) => {
        const features = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string; area: number }>)
          .features as CountryFeature[];
        loaded.set(detail, features);
        return features;
      })
      .catch((error: unknown) => {
        loading.delete(detail); // let a retry fetch again
        throw error;
      });
    loading.set(detail, pending);
  }
  return pending;
}
