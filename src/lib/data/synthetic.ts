/**
 * A synthetic dataset `factor` times the real one, for measuring how the joins scale: the real
 * records repeated with new ids, spread over many more countries. Never shown to users.
 */
import type { Country, Dataset } from './schema';

export function syntheticDataset(
	real: Dataset,
	factor: number,
	extraCodes: readonly string[]
): Dataset {
	const codes = [...new Set([...real.countries.map((c) => c.iso3), ...extraCodes])];
	const countries: Country[] = codes.map(
		(iso3) =>
			real.countries.find((c) => c.iso3 === iso3) ?? { iso3, name: `Country ${iso3}`, aliases: [] }
	);
	const pick = (i: number) => codes[i % codes.length]!;
	const events = Array.from({ length: factor }, (_, copy) =>
		real.events.map((e, i) => ({
			...e,
			id: `${e.id}-x${copy}`,
			countries: copy === 0 ? e.countries : [...e.countries, pick(copy * 31 + i)]
		}))
	).flat();
	const groups = real.groups.map((g, i) => ({
		...g,
		members: g.members.length
			? [...new Set([...g.members, ...codes.filter((_, j) => j % 7 === i % 7)])]
			: []
	}));
	return { ...real, countries, events, groups };
}
