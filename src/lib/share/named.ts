/**
 * Which countries a picture of a view names: those the view is about. On the abductee layer, every
 * nationality the document says was or may have been abducted; elsewhere the selected country and
 * its partners (the other ends of its lines, the forum it sits in), or, with no country chosen,
 * every country the layer colours for a reason (the lines' ends, the forum's members).
 */
import type { ForumCoverage, Link } from '$lib/data/engagement';
import type { CountrySummary } from '$lib/data/join';
import type { Layer } from '$lib/state/view';
import { CALLOUTS } from '$lib/map/names/callouts';

export function namedCountries(args: {
	layer: Layer;
	selected: string | null;
	summaries: ReadonlyMap<string, Pick<CountrySummary, 'status'>>;
	links?: readonly Pick<Link, 'from' | 'to'>[] | null;
	forum?: Pick<ForumCoverage, 'members'>;
}): string[] {
	const { layer, selected, summaries, links, forum } = args;
	const named = new Set<string>(selected ? [selected] : []);
	if (layer === 'abductions') {
		for (const [iso3, summary] of summaries) if (summary.status !== 'none') named.add(iso3);
	} else if (layer === 'engagement') {
		for (const { from, to } of links ?? []) {
			if (!selected || from === selected) named.add(to);
			if (!selected || to === selected) named.add(from);
		}
	} else {
		const members = forum?.members.map((m) => m.iso3) ?? [];
		if (!selected || members.includes(selected)) for (const iso3 of members) named.add(iso3);
	}
	return [...named];
}

/**
 * What a view's map names, on the screen and in its pictures alike: the countries the view is
 * about (namedCountries), and Japan and the Koreas whenever they are in frame.
 */
export function viewNamed(args: Parameters<typeof namedCountries>[0]): string[] {
	return [...new Set([...namedCountries(args), ...CALLOUTS.map((callout) => callout.iso3)])];
}
