/**
 * The dataset's shape. Every fact carries the section of the document it comes from; anything the
 * document does not state (a venue's city, a bloc's membership) is marked `context`.
 */
import * as v from 'valibot';

import {
	ABDUCTION_STATUSES,
	BASES,
	DATE_BASES,
	EVENT_KINDS,
	FORUMS,
	GROUP_KINDS,
	LISTED_STATUSES,
	RECURRING_FORUMS,
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

/** Semantic versioning (semver.org): the data's own version, raised when a fact or column changes. */
const semver = v.pipe(
	v.string(),
	v.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, 'must be a version like 1.0.0')
);

/**
 * The dataset's own release: its version and the licence under which it may be reused (the code
 * has its own, in package.json). The licence is named as SPDX and Frictionless name licences.
 */
export const ReleaseSchema = v.object({
	version: semver,
	licence: v.object({
		name: v.pipe(v.string(), v.regex(/^[A-Za-z0-9.+-]+$/, 'must be an SPDX licence identifier')),
		title: text,
		path: v.pipe(v.string(), v.url("must be the licence text's address"))
	})
});

export const DocumentSchema = v.object({
	title: text,
	publisher: text,
	date: partialDate,
	/**
	 * Where a reader finds the original, in words. There is no address field on purpose: an
	 * address goes in only once someone has verified it, and none has been.
	 */
	whereToFind: text,
	release: ReleaseSchema,
	/** Each section's heading and our own short summary of it (never the document's sentences). */
	sections: v.array(v.object({ id: section, title: text, summary: text }))
});

export const SourcedTextSchema = v.object({ text, section });

const INTRODUCTION = 'intro';

export const AbductionSchema = v.pipe(
	v.object({
		status: v.picklist([...LISTED_STATUSES, 'single-case']),
		basis: text,
		section,
		/** For a `single-case`: the event whose text mentions the case (checked against events.json). */
		event: v.optional(id)
	}),
	// The introduction is where the document lists abducted nationalities; a case mentioned only
	// elsewhere is weaker than that list, and says so with its own status.
	v.forward(
		v.check(
			(a) =>
				(LISTED_STATUSES as readonly string[]).includes(a.status) === (a.section === INTRODUCTION),
			'a "confirmed", "possible" or "reported" status must cite the introduction, where the document lists nationalities; a case from another section is "single-case"'
		),
		['section']
	),
	v.forward(
		v.check(
			(a) => (a.status === 'single-case') === (a.event !== undefined),
			'must name the event that mentions the case exactly when the status is "single-case"'
		),
		['event']
	)
);

export const CountrySchema = v.object({
	iso3,
	name: text,
	aliases: v.array(text),
	abduction: v.optional(AbductionSchema),
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
	kind: v.picklist(EVENT_KINDS),
	countries: v.array(iso3),
	groups: v.array(id),
	section,
	/**
	 * A different section for one of the record's countries or groups, where the document says
	 * that part elsewhere (e.g. who co-tabled a resolution: 1(a)). Keys are ISO codes or group ids.
	 */
	tagSections: v.optional(v.record(v.string(), section))
};

export const EventSchema = v.pipe(
	v.object({
		...engagementEntries,
		forum: v.picklist(FORUMS),
		/**
		 * Who acted: ISO codes from `countries` or ids from `groups`. Lines run from an acting country
		 * to the countries it concerned; empty when the document does not say who acted.
		 */
		actors: v.array(v.string()),
		date: partialDate,
		/** For things the document places only between two dates. */
		dateEnd: v.optional(partialDate),
		/** `inferred` when the document gives no date and we derive one from its other dates. */
		dateBasis: v.optional(v.picklist(DATE_BASES)),
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
	forum: v.picklist(RECURRING_FORUMS),
	count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
	unit: v.optional(text),
	asOf: v.optional(partialDate)
});
export const RecurringFileSchema = v.object({ recurring: v.array(RecurringSchema) });

/** A member that joined or left within the years the document covers (context, like membership). */
export const MemberSpanSchema = v.pipe(
	v.object({ iso3, from: v.optional(partialDate), until: v.optional(partialDate) }),
	v.check((m) => m.from !== undefined || m.until !== undefined, 'needs "from" or "until"'),
	v.forward(
		v.check((m) => !m.from || !m.until || m.until >= m.from, 'must not be before "from"'),
		['until']
	)
);

export const GroupSchema = v.object({
	id,
	name: text,
	kind: v.picklist(GROUP_KINDS),
	members: v.array(iso3),
	/** `none` for bodies whose membership the map does not draw. */
	membersBasis: v.picklist([...BASES, 'none']),
	/** Members whose membership began or ended in the years mapped; others belong throughout. */
	memberSpans: v.optional(v.array(MemberSpanSchema)),
	/**
	 * Countries the document places at the forum that are not its members (ASEAN-related summit
	 * meetings reach beyond ASEAN): drawn as named by the document, never as members.
	 */
	participants: v.optional(v.array(iso3)),
	/** The country that hosts the body's office, from when: a host is not a member. */
	host: v.optional(v.object({ iso3, from: v.optional(partialDate), basis: v.picklist(BASES) })),
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
