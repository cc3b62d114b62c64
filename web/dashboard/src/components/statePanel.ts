/**
 * The map's state panel (a state's reasons and its exposure through time), loaded by the map view when a state is
 * picked, not before the first coloured map: one module, so both come in one chunk.
 */
export { ExposureTimeline } from './ExposureTimeline.js';
export { StateDetails } from './StateDetails.js';
