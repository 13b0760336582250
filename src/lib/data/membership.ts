/**
 * Membership by date: the one rule every view uses to decide whether a country belonged to a
 * group at a month, so the forum layer, a country's page, its counts and the downloads agree.
 */
import type { Group } from './schema';

/** Whether a member belonged at `month` (YYYY-MM), given the spans of those who joined or left. */
export function memberAt(group: Group, iso3: string, month: string): boolean {
	const span = group.memberSpans?.find((s) => s.iso3 === iso3);
	if (!span) return group.members.includes(iso3);
	return (!span.from || span.from <= month) && (!span.until || span.until >= month);
}
