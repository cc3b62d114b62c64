// Alliance Explorer's dashboard. This entry script is small on purpose: it asks for the first view's data at once
// (on the map: the exposure report and the atlas; elsewhere the state and bloc catalogue), then loads React and
// the views,
// so the downloads and the server's work overlap the script's own start-up instead of following it.
import { fetchCached, putFirst } from './api/cache.js';
import { CATALOGUE, EXPOSURE } from './api/queries.js';
import { loadAtlas } from './geo/atlas.js';
import { DATE_SHAPE } from './model.js';
import { parseHash } from './route.js';
import { exposureVariables, readMapSettings } from './settings.js';
import './styles.css';

const route = parseHash(window.location.hash);
const ignore = () => undefined; // the views show these errors when they ask again
if (route.view === 'map') {
  // The map's own question first; the catalogue (names, the small states' dots) follows it (App asks, deferred).
  const settings = readMapSettings(route.params);
  if (!settings.asOf || DATE_SHAPE.test(settings.asOf)) putFirst(fetchCached(EXPOSURE, exposureVariables(settings)));
  void loadAtlas().catch(ignore);
} else {
  void fetchCached(CATALOGUE, {}).catch(ignore);
}

void import('./boot.js').then(({ boot }) => boot());
