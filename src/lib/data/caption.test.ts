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
			{ status: 'confirmed', countries: [{ iso3: 'JPN', name: 'Japan' }] },
			{ status: 'possible', countries: [{ iso3: 'THA', name: 'Thailand' }] }
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

	it('leaves out a status whose event comes after the timeline’s date', () => {
		const usa = dataset.countries.find((c) => c.iso3 === 'USA')!;
		const basis = usa.abduction!.event!;
		const before = dataset.events.filter((e) => e.date < '2014-04').map((e) => e.id);
		expect(before).not.toContain(basis);
		const named = (happened: Set<string> | null) =>
			nationalityGroups(dataset.countries, happened).flatMap((g) => g.countries.map((c) => c.iso3));
		expect(named(new Set(before))).not.toContain('USA');
		expect(named(new Set(before))).toHaveLength(6);
		expect(named(new Set([...before, basis]))).toContain('USA');
		expect(named(null)).toHaveLength(7);
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
});

describe('nationalityGroupsAfter', () => {
	const count = (groups: { countries: unknown[] }[]) =>
		groups.reduce((n, group) => n + group.countries.length, 0);
	it('leaves out a status whose event had not happened, and keeps the undated ones', () => {
		const by2010 = dataset.events.filter((e) => e.date <= '2010-01');
		expect(count(nationalityGroupsAfter(dataset.countries, null))).toBe(7);
		// The United States' one case rests on the House resolution of 2016.
		const early = nationalityGroupsAfter(dataset.countries, by2010);
		expect(count(early)).toBe(6);
		expect(early.flatMap((g) => g.countries.map((c) => c.iso3))).not.toContain('USA');
	});
});
