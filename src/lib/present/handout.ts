/** A step's printed map as the build hands it to the handout (see $lib/server/handout.ts). */
import type { PlacedLabel } from './labels';

export interface HandoutMap {
	width: number;
	height: number;
	countries: { iso3: string; d: string }[];
	labels: PlacedLabel[];
}
