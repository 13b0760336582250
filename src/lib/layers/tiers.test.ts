import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { dataset, datasetFor, translatedDatasets } from '$lib/data/dataset';
import { dataFor } from '$lib/i18n/data';
import { nationalityGroups } from '$lib/data/caption';
import { countriesCsv } from '$lib/data/downloads';
import { countryRows } from '$lib/data/table';
import { messagesFor } from '$lib/i18n/messages';
import { stepsFor } from '$lib/present/steps';
import { stepLook } from '$lib/present/look';
import { abductionLook } from './looks';
import { statusColour } from './palette';

const summariesFor = (locale: 'en' | 'ja') => dataFor(locale).summaries;

/** The classroom's first step marks each tier by a tone; these are the statuses they stand for. */
const TONE_STATUS = {
	abducted: 'confirmed',
	'possibly-abducted': 'possible',
	reported: 'reported'
};

describe('each nationality’s certainty, the same in every view', () => {
	for (const locale of ['en', 'ja'] as const) {
		it(`in ${locale}: the map, legend, caption, table, CSV and classroom step 1 agree`, () => {
			const t = messagesFor(locale);
			const local = datasetFor(locale);
			const summaries = summariesFor(locale);
			const look = abductionLook(summaries.values(), locale);
			const step = stepsFor(locale)[0]!;
			const stepMap = stepLook(step, local);
			const csv = csvParse(countriesCsv(dataset, translatedDatasets()).replace(/^\uFEFF/, ''));
			for (const group of nationalityGroups(local.countries)) {
				const label = t.status[group.status];
				const legend = look.legend.find((e) => e.key === group.status)!;
				// Legend and caption: the same words; the map: the legend's colour and hatch.
				expect(legend.label).toBe(label);
				for (const { iso3 } of group.countries) {
					expect(look.colourOf(iso3)).toBe(legend.colour);
					expect(look.hatched.includes(iso3)).toBe(legend.hatched);
					expect(look.crossHatched.includes(iso3)).toBe(legend.cross ?? false);
					// The table's filter for the status holds the country; the CSV gives its code.
					const rows = countryRows([...summaries.values()], group.status, {
						key: 'name',
						direction: 'ascending'
					});
					expect(rows.map((r) => r.iso3)).toContain(iso3);
					expect(csv.find((r) => r.iso3 === iso3)!.abduction_status).toBe(group.status);
				}
			}
			// Step 1 draws the introduction's three tiers in the same words, colours and hatches.
			for (const mark of step.marks) {
				const status = TONE_STATUS[mark.tone as keyof typeof TONE_STATUS];
				if (!status) continue;
				const entry = stepMap.legend.find((e) => e.key === mark.tone)!;
				const legend = look.legend.find((e) => e.key === status)!;
				expect(mark.label).toBe(t.status[status as keyof typeof t.status]);
				expect(entry.colour).toBe(statusColour(status as 'confirmed'));
				expect([entry.hatched, entry.cross ?? false]).toEqual([
					legend.hatched,
					legend.cross ?? false
				]);
				expect(mark.countries).toEqual(
					local.countries.filter((c) => c.abduction?.status === status).map((c) => c.iso3)
				);
			}
		});
	}

	it('gives China the second-hand tier, apart from the returnees’ testimony and the US case', () => {
		const status = (iso3: string) =>
			dataset.countries.find((c) => c.iso3 === iso3)!.abduction!.status;
		expect([status('CHN'), status('THA'), status('USA')]).toEqual([
			'reported',
			'possible',
			'single-case'
		]);
		const legend = abductionLook(summariesFor('en').values()).legend;
		const colours = legend.map((e) => `${e.colour}${e.hatched}${e.cross}`);
		expect(new Set(colours).size).toBe(colours.length);
	});
});
