// `@portail/web/map`: points of interest, travel times and the map. Importing it loads the
// Firestore SDK (lazy screens only); mapbox-gl itself loads only when a MapView is shown.
export { MapView } from './MapView.js';
export { mapSettings, resolveMapSettings, type MapSettings } from './config.js';
export { boundsOf, type MapMarker } from './markers.js';
export { PlacesPanel } from './PlacesPanel.js';
export { TravelTimes } from './TravelTimes.js';
export { usePois, type SpacePoi } from './api/pois.js';
