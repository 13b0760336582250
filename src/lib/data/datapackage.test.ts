import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import profile from './frictionless/tabular-data-package.json';
import { dataset, translatedDatasets } from './dataset';
import { dataPackage, type TableField } from './datapackage';
import { countriesCsv, eventsCsv } from './downloads';
import { COUNTRY_FIELDS, EVENT_FIELDS } from './columns';
import { parseCsv } from './csv';

const BUILT = '2026-05-04';
const pkg = dataPackage(dataset, BUILT);
const translations = translatedDatasets();
const files: Record<string, string> = {
	'countries.csv': countriesCsv(dataset, translations),
	'events.csv': eventsCsv(dataset, translations)
};

/** Why a cell breaks its field's constraints, or null when it keeps them. */
function cellProblem(field: TableField, cell: string): string | null {
	const c = field.constraints ?? {};
	if (cell === '') return c.required ? 'is empty' : null;
	if (field.type === 'integer' && !/^-?\d+$/.test(cell)) return 'is not an integer';
	if (c.enum && !c.enum.includes(cell)) return `is not one of ${c.enum.join(', ')}`;
	if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(cell)) return `misses ${c.pattern}`;
	return null;
}

describe('datapackage.json', () => {
	it('is a valid Tabular Data Package (the Frictionless profile, checked by Ajv)', () => {
		const ajv = new Ajv({ allErrors: true, strict: false });
		const validate = ajv.compile(profile);
		expect(validate(pkg), JSON.stringify(validate.errors, null, 1)).toBe(true);
		// And the check would catch a broken descriptor.
		const broken = { ...pkg, resources: [{ ...pkg.resources[0], schema: { fields: 'iso3' } }] };
		expect(validate(broken)).toBe(false);
	});

	it('says where the data comes from, its version, build date, licence and credit', () => {
		expect(pkg.version).toBe(dataset.document.release.version);
		expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
		expect(pkg.created).toBe('2026-05-04T00:00:00Z');
		expect(pkg.licenses).toEqual([
			{
				name: 'CC-BY-4.0',
				title: 'Creative Commons Attribution 4.0 International',
				path: 'https://creativecommons.org/licenses/by/4.0/'
			}
		]);
		const [source] = pkg.sources;
		expect(source!.title).toContain('Ministry of Foreign Affairs of Japan');
		expect(source!.title).toContain('2018-12-28');
		expect(source!.title).toContain('“Japan-North Korea Relations” pages');
		// No address of the original: none has been verified.
		expect(JSON.stringify(pkg.sources)).not.toMatch(/https?:|mofa\.go\.jp/);
		expect(pkg.contributors).toEqual([
			{
				title: "Abductions by North Korea: Japan's account of international efforts",
				role: 'author'
			}
		]);
	});

	it('describes every column of every CSV, in the CSV’s own order', () => {
		for (const resource of pkg.resources) {
			const [header] = parseCsv(files[resource.path]!);
			expect(resource.schema.fields.map((f) => f.name)).toEqual(header);
			for (const field of resource.schema.fields)
				expect(field.description.split(' ').length, field.name).toBeGreaterThanOrEqual(3);
		}
		expect(pkg.resources.map((r) => r.schema.fields.length)).toEqual([
			COUNTRY_FIELDS.length,
			EVENT_FIELDS.length
		]);
	});

	it('is a codebook: every allowed coded value is explained in its field’s description', () => {
		const fieldsWithEnums = pkg.resources.flatMap((r) =>
			r.schema.fields.filter((f) => f.constraints?.enum && !/section/.test(f.name))
		);
		expect(fieldsWithEnums.map((f) => f.name).sort()).toEqual(
			['abduction_status', 'date_basis', 'forum', 'kind', 'source', 'venue_basis'].sort()
		);
		for (const field of fieldsWithEnums)
			for (const value of field.constraints!.enum!)
				expect(field.description, `${field.name}=${value}`).toMatch(
					new RegExp(`(^|[ .;] ?)${value}: \\w`)
				);
		const status = fieldsWithEnums.find((f) => f.name === 'abduction_status')!;
		expect(status.description).toMatch(/single-case: [^;]*one national/);
		const dateBasis = fieldsWithEnums.find((f) => f.name === 'date_basis')!;
		expect(dateBasis.description).toMatch(/inferred: the document gives no date/);
	});

	it('allows as sections exactly the sections of the document', () => {
		const events = pkg.resources.find((r) => r.name === 'events')!;
		const section = events.schema.fields.find((f) => f.name === 'section')!;
		expect(section.constraints?.enum).toEqual(dataset.document.sections.map((s) => s.id));
	});

	it('holds every value of the CSVs to its field: types, allowed values, patterns', () => {
		let cells = 0;
		for (const resource of pkg.resources) {
			const [, ...rows] = parseCsv(files[resource.path]!);
			const problems = rows.flatMap((row, r) =>
				resource.schema.fields.flatMap((field, i) => {
					cells++;
					const problem = cellProblem(field, row[i]!);
					return problem
						? [`${resource.path} row ${r + 1} ${field.name} "${row[i]}" ${problem}`]
						: [];
				})
			);
			expect(problems).toEqual([]);
		}
		expect(cells).toBeGreaterThan(1000);
		// And the check would catch a value outside the codebook.
		const status = pkg.resources[0]!.schema.fields.find((f) => f.name === 'abduction_status')!;
		expect(cellProblem(status, 'probable')).toMatch(/not one of/);
	});
});
