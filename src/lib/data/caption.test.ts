import { describe, expect, it } from 'vitest';
import { answerLead, nationalityGroups, nationalityGroupsAfter } from './caption';
import { dataset } from './dataset';

describe('nationalityGroups', () => {
	it('puts the more certain status first, whatever the order of the records', () => {
		const groups = nationalityGroups([
			{ iso3: 'THA', name: 'Thailand', abduction: { status: 'possible' } },
			{ iso3: 'FRA', name: 'France' },
			{ iso3: 'JPN', name: 'Japan', abduction: { status: 'confirmed' } }
		]);
		expect(groups).toEqual([
			{ status: 'confirmed', countries: [{ iso3: 'JPN', name: 'Japan', shown: true }] },
			{ status: 'possible', countries: [{ iso3: 'THA', name: 'Thailand', shown: true }] }
		]);
	});

	it('leaves out statuses no country has', () => {
		const groups = nationalityGroups([
			{ iso3: 'ROU', name: 'Romania', abduction: { status: 'possible' } }
		]);
		expect(groups.map((g) => g.status)).toEqual(['possible']);
	});

	it('names every abductee nationality of the dataset exactly once', () => {
		const named = nationalityGroups(dataset.countries).flatMap((g) =>
			g.countries.map((c) => c.iso3)
		);
		const abductees = dataset.countries.filter((c) => c.abduction).map((c) => c.iso3);
		expect(named.sort()).toEqual(abductees.sort());
		expect(named).toHaveLength(7);
	});

	it('keeps the place of a status whose event comes after the timeline’s date, not shown', () => {
		const usa = dataset.countries.find((c) => c.iso3 === 'USA')!;
		const basis = usa.abduction!.event!;
		const before = dataset.events.filter((e) => e.date < '2014-04').map((e) => e.id);
		expect(before).not.toContain(basis);
		const named = (happened: Set<string> | null) =>
			nationalityGroups(dataset.countries, happened)
				.flatMap((g) => g.countries)
				.filter((c) => c.shown)
				.map((c) => c.iso3);
		expect(named(new Set(before))).not.toContain('USA');
		expect(named(new Set(before))).toHaveLength(6);
		expect(named(new Set([...before, basis]))).toContain('USA');
		expect(named(null)).toHaveLength(7);
		// The same countries in the same order at every date: only whether each is shown changes.
		const all = (happened: Set<string> | null) =>
			nationalityGroups(dataset.countries, happened).flatMap((g) => g.countries.map((c) => c.iso3));
		expect(all(new Set(before))).toEqual(all(null));
	});
});

describe('answerLead', () => {
	const words = {
		lead: (n: number) => `whole ${n}`,
		leadUntil: (n: number, date: string) => `${date} ${n}`
	};
	it('counts every country of every group, for the whole document or up to a date', () => {
		const groups = nationalityGroups(dataset.countries);
		// Japan, South Korea, Thailand, Romania, Lebanon, China and the United States.
		expect(answerLead(words, groups)).toBe('whole 7');
		expect(answerLead(words, groups.slice(0, 1), 'May 2010')).toBe('May 2010 2');
	});
	it('counts only the countries shown at the date', () => {
		const before = nationalityGroups(dataset.countries, new Set());
		// Before any event, the United States' case (resting on a House resolution) is not shown.
		expect(answerLead(words, before, 'May 2010')).toBe('May 2010 6');
	});
});

describe('nationalityGroupsAfter', () => {
	const shown = (groups: { countries: { iso3: string; shown: boolean }[] }[]) =>
		groups.flatMap((group) => group.countries.filter((c) => c.shown).map((c) => c.iso3));
	it('does not show a status whose event had not happened, and shows the undated ones', () => {
		const by2010 = dataset.events.filter((e) => e.date <= '2010-01');
		expect(shown(nationalityGroupsAfter(dataset.countries, null))).toHaveLength(7);
		// The United States' one case rests on the House resolution of 2016.
		const early = nationalityGroupsAfter(dataset.countries, by2010);
		expect(shown(early)).toHaveLength(6);
		expect(shown(early)).not.toContain('USA');
	});
});
