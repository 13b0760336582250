/**
 * A synthetic dataset `factor` times the real one, for measuring how the dashboard scales: the
 * real records repeated with new ids, spread over many more countries. Never shown to users: it
 * only exists in a build made with DATASET_SCALE, written out with datasetToFiles (see vite.config.ts and `npm run bench -- --scale`).
 */
import type { CountryProperties } from '$lib/geo/types';
import type { Country, Dataset } from './schema';
import { LINK_KINDS } from './vocabulary.ts';

export function syntheticDataset(
	real: Dataset,
	factor: number,
	extra: readonly CountryProperties[]
): Dataset {
	const known = new Set(real.countries.map((c) => c.iso3));
	const added: Country[] = extra
		.filter(
			(c, i) => c.iso3 && !known.has(c.iso3) && extra.findIndex((o) => o.iso3 === c.iso3) === i
		)
		.map(({ iso3, name }) => ({ iso3, name, aliases: [] }));
	// Event ids change below, so a status that points at an event follows its first copy.
	const countries = [...real.countries, ...added].map((c) =>
		c.abduction?.event
			? { ...c, abduction: { ...c.abduction, event: `${c.abduction.event}-x0` } }
			: c
	);
	const codes = countries.map((c) => c.iso3);
	const pick = (i: number) => codes[i % codes.length]!;
	const events = Array.from({ length: factor }, (_, copy) =>
		real.events.map((e, i) => {
			const countries =
				copy === 0 ? e.countries : [...new Set([...e.countries, pick(copy * 31 + i)])];
			// An added country would turn a speech into a line, which validation forbids: such a copy
			// keeps only its acting groups.
			const drawable = (LINK_KINDS as readonly string[]).includes(e.kind);
			const actors =
				drawable || copy === 0 ? e.actors : e.actors.filter((a) => !countries.includes(a));
			return { ...e, id: `${e.id}-x${copy}`, countries, actors };
		})
	).flat();
	const groups = real.groups.map((g, i) => {
		// A participant or host never becomes a member: the validation forbids both at once.
		const outside = new Set([...(g.participants ?? []), ...(g.host ? [g.host.iso3] : [])]);
		const more = codes.filter((code, j) => j % 7 === i % 7 && !outside.has(code));
		return { ...g, members: g.members.length ? [...new Set([...g.members, ...more])] : [] };
	});
	return { ...real, countries, events, groups };
}
