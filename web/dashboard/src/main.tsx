// Alliance Explorer's dashboard. The first view's data is asked for before React mounts: the atlas, the state and
// bloc catalogue and (on the map) the exposure report download in parallel with the script's own start-up.
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { CATALOGUE, EXPOSURE } from './api/queries.js';
import { fetchCached } from './api/useQuery.js';
import { loadAtlas } from './geo/atlas.js';
import { parseHash } from './router.js';
import { exposureVariables, readMapSettings } from './settings.js';
import { DATE_SHAPE } from './model.js';
import './styles.css';

const route = parseHash(window.location.hash);
const ignore = () => undefined; // the views show these errors when they ask again
void fetchCached(CATALOGUE, {}).catch(ignore);
if (route.view === 'map') {
  const settings = readMapSettings(route.params);
  if (!settings.asOf || DATE_SHAPE.test(settings.asOf)) void fetchCached(EXPOSURE, exposureVariables(settings)).catch(ignore);
  void loadAtlas().catch(ignore);
}

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(<App />);
