/**
 * The map's answer in words: the nationalities the document names as abductees, grouped by how
 * certain it is, strongest first. The groups come from the data's statuses, so a new or renamed
 * status shows up here without a change.
 */
import { ABDUCTION_STATUSES, type AbductionStatus } from './vocabulary';

interface NamedCountry {
	iso3: string;
	name: string;
	abduction?: { status: AbductionStatus };
}

export interface CaptionGroup {
	status: AbductionStatus;
	countries: { iso3: string; name: string }[];
}

/** Statuses in the vocabulary's order (most certain first); countries in the data's order. */
export function nationalityGroups(countries: readonly NamedCountry[]): CaptionGroup[] {
	return ABDUCTION_STATUSES.map((status) => ({
		status,
		countries: countries
			.filter((c) => c.abduction?.status === status)
			.map(({ iso3, name }) => ({ iso3, name }))
	})).filter((group) => group.countries.length > 0);
}
