/**
 * What an address inside the site names: a country (on the map or in an embed), a layer's own
 * page or a classroom step. The route matchers (src/params), the first paint's world, the link
 * preview and the error page all read addresses here, so each kind of address is written once.
 */

import { LAYERS, type Layer } from '$lib/state/view';

/** A layer page's last part: one of the explorer's layers ('forums'). */
export const isLayer = (segment: string): segment is Layer =>
	(LAYERS as readonly string[]).includes(segment);

/** A country page's last part: a lower-case ISO alpha-3 code ('kor'). */
export function isCountrySegment(segment: string): boolean {
	return /^[a-z]{3}$/.test(segment);
}

/** A classroom step's last part: its number, from 1, without leading zeros. */
export function isStepSegment(segment: string): boolean {
	return /^[1-9]\d?$/.test(segment);
}

export interface Address {
	/** The country the address names, as an upper-case ISO alpha-3 code ('KOR'), or null. */
	country: string | null;
	/** The classroom step the address shows (from 1), or null. */
	step: number | null;
	/** The layer whose own page the address is (/layer/forums), or null. */
	layer: Layer | null;
	/** An embed page, made for other sites' frames. */
	embed: boolean;
}

/**
 * Reads a path inside the site, without base path or language prefix ('/embed/country/kor').
 * Whether the dataset knows the country or the walk has the step is for the caller to check.
 */
export function readAddress(path: string): Address {
	const parts = path
		.replace(/(.)\/$/, '$1')
		.split('/')
		.slice(1);
	const embed = parts[0] === 'embed';
	const [section, last, ...more] = embed ? parts.slice(1) : parts;
	const two = last !== undefined && more.length === 0;
	return {
		country: two && section === 'country' && isCountrySegment(last) ? last.toUpperCase() : null,
		step: two && !embed && section === 'present' && isStepSegment(last) ? Number(last) : null,
		layer: two && !embed && section === 'layer' && isLayer(last) ? last : null,
		embed
	};
}
