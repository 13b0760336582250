/**
 * The map's answer in words: the nationalities the document names as abductees, grouped by how
 * certain it is, strongest first. The groups come from the data's statuses, so a new or renamed
 * status shows up here without a change.
 */
import { statusAt, type AbductionOf } from './join';
import { ABDUCTION_STATUSES, type AbductionStatus } from './vocabulary';

interface NamedCountry extends AbductionOf {
	iso3: string;
	name: string;
}

export interface CaptionGroup {
	status: AbductionStatus;
	countries: { iso3: string; name: string }[];
}

/**
 * Statuses in the vocabulary's order (most certain first); countries in the data's order. Given
 * the events that had happened by the timeline's date, a status resting on a later event is left
 * out, as the map leaves it uncoloured (statusAt).
 */
export function nationalityGroups(
	countries: readonly NamedCountry[],
	happened: ReadonlySet<string> | null = null
): CaptionGroup[] {
	return ABDUCTION_STATUSES.map((status) => ({
		status,
		countries: countries
			.filter((c) => c.abduction && status !== 'none' && statusAt(c, happened) === status)
			.map(({ iso3, name }) => ({ iso3, name }))
	})).filter((group) => group.countries.length > 0);
}
