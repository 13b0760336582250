import { describe, expect, it } from 'vitest';
import { answerLead, nationalityGroups } from './caption';
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
