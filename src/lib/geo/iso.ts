/** ISO 3166-1 numeric (world-atlas ids) -> alpha-3 (our join key). Server/build-time only. */
import countries from 'i18n-iso-countries';
import type { Topology } from 'topojson-specification';

export function numericToIso3(numericId: string): string | undefined {
	return countries.numericToAlpha3(numericId);
}

export interface NamedCode {
	iso3: string;
	name: string;
}

/** Every country of a world-atlas topology that has an ISO code, with the atlas's name for it. */
export function topologyCountries(topology: Topology): NamedCode[] {
	const geometries = Object.values(topology.objects)[0];
	if (!geometries || geometries.type !== 'GeometryCollection') return [];
	return geometries.geometries.flatMap((g) => {
		const iso3 = g.id === undefined ? undefined : numericToIso3(String(g.id));
		const name = (g.properties as { name?: string } | undefined)?.name;
		return iso3 ? [{ iso3, name: name ?? iso3 }] : [];
	});
}
