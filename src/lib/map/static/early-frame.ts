/**
 * The world's markup is framed for a map of unknown size: the whole world, or a country's page's
 * country. This script, written in after the world on every page whose world answers
 * (first-paint.ts), fits it to the map's size, clear of the boxes laid over the map (the layer
 * control, the legend), in the frames before the page is first drawn, as the page's script will
 * (worldViewBox), so nothing moves when that script arrives. While the page is still being read,
 * each frame fits it again: the legend, written after the map, may arrive a frame later.
 */
import { worldViewBox } from './world-view';
import { measureCovers } from '../covers';
import { scaleHeads } from './heads';

export function frameBeforeScript(holder: HTMLElement): void {
	const world = holder.querySelector('svg');
	const selected = world?.getAttribute('data-selected') ?? null;
	const frame = holder.parentElement;
	if (!world || !frame) return;
	const fit = () => {
		// The page's script frames it from here on.
		if (holder.hasAttribute('data-answering')) return;
		const size = { width: holder.clientWidth, height: holder.clientHeight };
		if (size.width > 0 && size.height > 0) {
			const covered = measureCovers(frame);
			const viewBox = worldViewBox(world, { selected, frame: null, size, covered });
			world.setAttribute('viewBox', viewBox.join(' '));
			scaleHeads(world, size.width / viewBox[2]);
		}
		if (document.readyState === 'loading') requestAnimationFrame(fit);
	};
	requestAnimationFrame(fit);
}
