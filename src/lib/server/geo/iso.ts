/** ISO 3166-1 numeric (world-atlas ids) -> alpha-3 (our join key). Server/build-time only. */
import countries from 'i18n-iso-countries';

export function numericToIso3(numericId: string): string | undefined {
	return countries.numericToAlpha3(numericId);
}
