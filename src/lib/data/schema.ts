/**
 * The dataset's shape. Every fact carries the section of the document it comes from; anything the
 * document does not state (a venue's city, a bloc's membership) is marked `context`.
 */
import * as v from 'valibot';

import {
	ABDUCTION_STATUSES,
	BASES,
	EVENT_KINDS,
	FORUMS,
	GROUP_KINDS,
	type AbductionStatus,
	type EventKind,
	type Forum
} from './vocabulary.ts';

export { ABDUCTION_STATUSES, BASES, EVENT_KINDS, FORUMS, GROUP_KINDS };
export type { AbductionStatus, EventKind, Forum };

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const iso3 = v.pipe(
	v.string(),
	v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code in capitals')
);
const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by -')
);
/** Month or day precision, exactly as precise as the document is. */
const partialDate = v.pipe(
	v.string(),
	v.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be YYYY-MM or YYYY-MM-DD')
);
const section = v.pipe(
	v.string(),
	v.regex(
		/^(intro|us-congress|[1-4](\([a-f]\))?)$/,
		'must name a section of the document, e.g. 1(b)'
	)
);

export const DocumentSchema = v.object({
	title: text,
	publisher: text,
	date: partialDate,
	sections: v.array(v.object({ id: section, title: text }))
});

export const SourcedTextSchema = v.object({ text, section });

export const CountrySchema = v.object({
	iso3,
	name: text,
	aliases: v.array(text),
	abduction: v.optional(
		v.object({ status: v.picklist(['confirmed', 'possible']), basis: text, section })
	),
	note: v.optional(SourcedTextSchema)
});

export const CountriesFileSchema = v.object({
	otherNationals: SourcedTextSchema,
	countries: v.array(CountrySchema)
});

export const VenueSchema = v.object({ name: text, iso3, basis: v.picklist(BASES) });

/** What every engagement record has, dated (events) or not (recurring). */
const engagementEntries = {
	id,
	title: text,
	summary: text,
	forum: v.picklist(FORUMS),
	kind: v.picklist(EVENT_KINDS),
	countries: v.array(iso3),
	groups: v.array(id),
	section
};

export const EventSchema = v.pipe(
	v.object({
		...engagementEntries,
		date: partialDate,
		/** For things the document places only between two dates. */
		dateEnd: v.optional(partialDate),
		venue: v.optional(VenueSchema),
		/** Set when the fact comes from a photograph's caption rather than the running text. */
		source: v.optional(v.literal('photo caption'))
	}),
	v.forward(
		v.check((e) => !e.dateEnd || e.dateEnd >= e.date, 'must not be before date'),
		['dateEnd']
	),
	v.forward(
		v.check((e) => e.countries.length > 0 || e.groups.length > 0, 'needs a country or a group'),
		['countries']
	)
);
export const EventsFileSchema = v.object({ events: v.array(EventSchema) });

export const RecurringSchema = v.object({
	...engagementEntries,
	count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
	unit: v.optional(text),
	asOf: v.optional(partialDate)
});
export const RecurringFileSchema = v.object({ recurring: v.array(RecurringSchema) });

export const GroupSchema = v.object({
	id,
	name: text,
	kind: v.picklist(GROUP_KINDS),
	members: v.array(iso3),
	/** `none` for bodies whose membership the map does not draw. */
	membersBasis: v.picklist([...BASES, 'none']),
	summary: text,
	section
});
export const GroupsFileSchema = v.object({ groups: v.array(GroupSchema) });

export type SourceDocument = v.InferOutput<typeof DocumentSchema>;
export type Country = v.InferOutput<typeof CountrySchema>;
export type DocEvent = v.InferOutput<typeof EventSchema>;
export type Recurring = v.InferOutput<typeof RecurringSchema>;
export type Group = v.InferOutput<typeof GroupSchema>;

export interface Dataset {
	document: SourceDocument;
	otherNationals: v.InferOutput<typeof SourcedTextSchema>;
	countries: Country[];
	events: DocEvent[];
	recurring: Recurring[];
	groups: Group[];
}
