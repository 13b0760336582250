/**
 * A country's page frames its country in the world's markup for a map of unknown size. This
 * script, written in after the world on country pages only (first-paint.ts), fits it to the
 * map's size, clear of the boxes laid over the map (the layer control, the legend), in the frames
 * before the page is first drawn, as the page's script will (worldViewBox), so nothing moves when
 * that script arrives. While the page is still being read, each frame fits it again: the legend,
 * written after the map, may arrive a frame later.
 */
import { worldViewBox } from './world-view';
import { measureCovers } from '../covers';

export function frameBeforeScript(holder: HTMLElement): void {
	const world = holder.querySelector('svg');
	const selected = world?.getAttribute('data-selected');
	const frame = holder.parentElement;
	if (!world || !selected || !frame) return;
	const fit = () => {
		// The page's script frames it from here on.
		if (holder.hasAttribute('data-answering')) return;
		const size = { width: holder.clientWidth, height: holder.clientHeight };
		if (size.width > 0 && size.height > 0) {
			const covered = measureCovers(frame);
			const viewBox = worldViewBox(world, { selected, frame: null, size, covered });
			world.setAttribute('viewBox', viewBox.join(' '));
		}
		if (document.readyState === 'loading') requestAnimationFrame(fit);
	};
	requestAnimationFrame(fit);
}
