/**
 * The downloads as a Frictionless Data Package (specs.frictionlessdata.io): one descriptor that
 * says where the data comes from, its version, licence and credit, and a table schema per CSV
 * whose field descriptions are the codebook. Made from the same column definitions that write the
 * CSVs (columns.ts), so the two cannot drift apart.
 */
import { COUNTRY_FIELDS, EVENT_FIELDS, type Column } from './columns';
import { provenanceOf } from './provenance';
import type { Dataset } from './schema';

export interface TableField {
	name: string;
	type: Column<unknown>['type'];
	description: string;
	constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

function tableField<Row>(column: Column<Row>, sections: readonly string[]): TableField {
	const allowed = column.section ? sections : column.enum;
	const constraints = {
		...(column.required && { required: true }),
		...(allowed && { enum: [...allowed] }),
		...(column.pattern && { pattern: column.pattern })
	};
	return {
		name: column.name,
		type: column.type,
		description: column.description,
		...(Object.keys(constraints).length > 0 && { constraints })
	};
}

function resource<Row>(
	name: string,
	title: string,
	fields: readonly Column<Row>[],
	primaryKey: string,
	sections: readonly string[]
) {
	return {
		profile: 'tabular-data-resource',
		name,
		title,
		path: `${name}.csv`,
		format: 'csv',
		mediatype: 'text/csv',
		// A byte-order mark opens each file, so that spreadsheet programs read it as UTF-8.
		encoding: 'utf-8-sig',
		dialect: {
			csvddfVersion: 1.2,
			delimiter: ',',
			doubleQuote: true,
			lineTerminator: '\r\n',
			quoteChar: '"',
			header: true
		},
		schema: {
			fields: fields.map((f) => tableField(f, sections)),
			primaryKey,
			// An empty cell is a missing value: "no venue", "stated in the running text".
			missingValues: ['']
		}
	};
}

export function dataPackage(dataset: Dataset, buildDate: string) {
	const provenance = provenanceOf(dataset.document, buildDate);
	const { source } = provenance;
	const sections = dataset.document.sections.map((s) => s.id);
	return {
		profile: 'tabular-data-package',
		name: 'north-korea-abductions-world-response',
		title: provenance.credit,
		description:
			`Whose nationals North Korea abducted or may have abducted, and which countries and forums Japan engaged, when and where, as one document states it: ${source.publisher}, “${source.title}” (${source.date}). ` +
			`Every fact is in our own words and cites its section; context from outside the document is marked. ` +
			`The same records, with groups and undated engagement, are in dataset.json beside this file.`,
		version: provenance.version,
		created: `${buildDate}T00:00:00Z`,
		licenses: [provenance.licence],
		sources: [
			{ title: `${source.publisher}, “${source.title}”, ${source.date}. ${source.whereToFind}` }
		],
		contributors: [{ title: provenance.credit, role: 'author' }],
		keywords: ['North Korea', 'abductions', 'Japan', 'human rights', 'United Nations'],
		resources: [
			resource('countries', 'Countries', COUNTRY_FIELDS, 'iso3', sections),
			resource('events', 'Dated events', EVENT_FIELDS, 'id', sections)
		]
	};
}
