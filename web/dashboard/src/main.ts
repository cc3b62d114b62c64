// Alliance Explorer's dashboard. This entry script is small on purpose: it asks for the first view's data at once
// (on the map: the small FirstMap answer and the atlas; elsewhere the state and bloc catalogue), then loads React and
// the views, so the downloads and the server's work overlap the script's own start-up instead of following it.
// The order matters: everything the first coloured map needs (FIRST_MAP, the 1:110m atlas, then the boot chunk) is
// asked here; everything else (the catalogue, the full exposure report with its reasons, the memberships, the
// scenarios) is `deferred` and waits until the map is on screen (api/cache.ts). The boot chunk is deliberately not
// preloaded from index.html: measured on two busy cores, a `modulepreload` made the browser compile it before running
// this script, which sent FIRST_MAP about 150 ms later and painted no sooner; fetched from here, it downloads and
// compiles while the server answers.
import { fetchCached, firstScreenShown, putFirst } from './api/cache.js';
import { CATALOGUE, FIRST_MAP } from './api/queries.js';
import { loadAtlas } from './geo/atlas.js';
import { DATE_SHAPE } from './model.js';
import { parseHash } from './route.js';
import { exposureVariables, readMapSettings } from './settings.js';
import './styles.css';

const route = parseHash(window.location.hash);
const ignore = () => undefined; // the views show these errors when they ask again
if (route.view === 'map') {
  const settings = readMapSettings(route.params);
  if (!settings.asOf || DATE_SHAPE.test(settings.asOf)) putFirst(fetchCached(FIRST_MAP, exposureVariables(settings)));
  else firstScreenShown(); // a malformed date: the map says so at once, there is nothing to wait for
  void loadAtlas().catch(ignore);
} else {
  void fetchCached(CATALOGUE, {}).catch(ignore);
  firstScreenShown();
}

void import('./boot.js').then(({ boot }) => boot());
