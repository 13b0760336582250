/**
 * The names' leader lines on the live map, drawn over its canvas (below the names) and drawn
 * again in every frame the map moves: from the country's point, projected as the map is now, to
 * its name, where MapLibre has just put the name's marker. A line so never comes loose from its
 * name or its country while the map pans or zooms; the names are placed afresh once it stops.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

const SVG_NS = 'http://www.w3.org/2000/svg';

type LngLat = [number, number];
type Pixel = { x: number; y: number };
type Project = (at: LngLat) => Pixel;

export interface Leader {
	iso3: string;
	/** The name's anchor as placed (its marker's point), and the line from its country to it. */
	at: LngLat;
	from: LngLat;
	to: LngLat;
	/** Where the name's marker is now: MapLibre may move it to the world copy nearest the centre. */
	markerAt: () => LngLat;
}

/** A leader's name end, kept as placed: this far from the name's anchor, in pixels. */
export function endOffset(project: Project, leader: Pick<Leader, 'at' | 'to'>): Pixel {
	const [end, anchor] = [project(leader.to), project(leader.at)];
	return { x: end.x - anchor.x, y: end.y - anchor.y };
}

/** A leader's ends on screen now: from its country (on the name's world copy) to its name. */
export function leaderEnds(project: Project, leader: Leader, offset: Pixel): [Pixel, Pixel] {
	const markerAt = leader.markerAt();
	const turns = Math.round((markerAt[0] - leader.at[0]) / 360);
	const from = project([leader.from[0] + 360 * turns, leader.from[1]]);
	const anchor = project(markerAt);
	return [from, { x: anchor.x + offset.x, y: anchor.y + offset.y }];
}

export function leaderOverlay(map: Pick<MapLibreMap, 'project' | 'on' | 'getCanvas'>) {
	const project: Project = (at) => map.project(at);
	const svg = document.createElementNS(SVG_NS, 'svg');
	svg.classList.add('callout-leaders');
	svg.setAttribute('aria-hidden', 'true');
	// Over the canvas, under the names' markers, which MapLibre adds to the same container.
	map.getCanvas().after(svg);
	let shown: { leader: Leader; offset: Pixel; path: SVGPathElement }[] = [];
	const draw = () => {
		for (const { leader, offset, path } of shown) {
			const [a, b] = leaderEnds(project, leader, offset);
			path.setAttribute(
				'd',
				`M${a.x.toFixed(1)},${a.y.toFixed(1)}L${b.x.toFixed(1)},${b.y.toFixed(1)}`
			);
		}
	};
	map.on('move', draw);
	map.on('resize', draw);
	return {
		/** The lines of the names just placed for the view at `zoom` (said on the overlay). */
		show(leaders: readonly Leader[], zoom: number) {
			svg.dataset.placedFor = zoom.toFixed(3);
			shown = leaders.map((leader) => {
				const path = document.createElementNS(SVG_NS, 'path');
				path.dataset.iso3 = leader.iso3;
				return { leader, offset: endOffset(project, leader), path };
			});
			svg.replaceChildren(...shown.map(({ path }) => path));
			draw();
		}
	};
}
