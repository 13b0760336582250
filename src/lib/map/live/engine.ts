/**
 * The live map's code: MapLibre and what drives it. MapView loads it only when the live map
 * starts (start.ts says when), so a page's first script carries none of MapLibre, which is most of
 * its weight and of the time it takes the browser to read it.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
// Its styles too (most of the site's CSS), as text in this code and written into the page here,
// before any map is made: imported as a stylesheet, SvelteKit would link it from every map page.
import maplibreStyles from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { addMapLibreStyles } from './stylesheet';

addMapLibreStyles(maplibreStyles);

// MapLibre's workers start loading their script at once, while the map is being made.
setWorkerUrl(workerUrl);
prewarm();

export { createMap, showLinks, showLook } from './create';
export { addCountryLabels } from './country-names';
export { sharpenWhenZoomed } from './detail';
export { coveredTopOf, lineCeilingIn } from './line-fit';
export { pickOnMap } from './pick';
