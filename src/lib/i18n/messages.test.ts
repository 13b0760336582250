import { describe, expect, it } from 'vitest';
import { en, messagesFor } from './messages';
import { ja } from './ja';
import { ko } from './ko';
import type { ClassroomMessages, LessonMessages, Messages, PlainMessages } from './types';
import { enClassroom } from './en/classroom';
import { enMap } from './en/map';
import { enShare } from './en/share';
import { enProvenance } from './en/provenance';
import { enLesson } from './en/lesson';
import { jaLesson } from './ja/lesson';
import { koLesson } from './ko/lesson';
import { jaClassroom } from './ja/classroom';
import { koClassroom } from './ko/classroom';
import { enPlain } from './en/plain';
import { jaPlain } from './ja/plain';
import { koPlain } from './ko/plain';
import { enSite } from './en/site';

/** Messages rightly the same in every language: the languages' own names and plain numbers. */
const SAME_IN_BOTH = new Set([
	'language.name.en',
	'language.name.ja',
	'language.name.ko',
	'number'
]);

/** Messages that Japanese and Korean leave empty: no full stop after a list of column names, no article. */
const EMPTY_IN_JAPANESE = new Set(['about.listEnd', 'about.tables.before']);

/** Punctuation Korean writes as English does: a full stop, a comma, a colon, brackets. */
const KOREAN_PUNCTUATION = [
	'site.stop',
	'events.separator',
	'events.colon',
	'fullscreen.keyHint',
	'map.countryLink'
];

/**
 * Each other language: the script its words are written in, the messages rightly the same as the
 * English, and the ones with no letter of the script: the switch back to English, and punctuation
 * or messages made only of their arguments (a path, a date and a title).
 */
const OTHERS: [
	string,
	Messages & ClassroomMessages & LessonMessages & PlainMessages,
	RegExp,
	string[],
	string[]
][] = [
	[
		'ja',
		{ ...ja, ...jaClassroom, ...jaLesson, ...jaPlain },
		/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/,
		[],
		['language.switchTo']
	],
	[
		'ko',
		{ ...ko, ...koClassroom, ...koLesson, ...koPlain },
		/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/,
		KOREAN_PUNCTUATION,
		[
			...KOREAN_PUNCTUATION,
			'site.titleOpen',
			'site.titleClose',
			'language.switchTo',
			'notFound.example',
			'map.linkDetail'
		].sort()
	]
];

/** Arguments for messages that take lists; every other message gets numbers (they read as text too). */
const SAMPLE_ARGS: Record<string, unknown[]> = {
	'section.numberedMany': [['1(a)', '1(b)']],
	'section.from': [['introduction', 'section 4']],
	'map.enterOpens': ['KOR', ['one', 'two']],
	'map.countryLink': ['KOR', ['one', 'two']],
	'map.linkDetail': ['2018-05', 'Summit', 'Summit'],
	'map.linesHereToo': [['Japan → China', 'Japan → Russia']],
	'citation.text': [{ publisher: 'P', title: 'T', date: 'D', url: 'U', accessed: 'A' }],
	'preview.countrySubtitle': ['S', 3, 1],
	'explorer.forumLede': ['Summary.', ['A', 'B'], 2, 'members'],
	'table.rejected': [['forum=nato', 'events=colour']],
	'table.countriesListed': [7, 3, 36, ['European Union', 'G7']],
	'table.memberOf': [['European Union', 'G7']],
	'country.groupEventsNote': ['X', ['member', 'visited']]
};

type Tree = { [key: string]: unknown };

/** Every message as [path, rendered text], functions called with sample arguments. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
	return Object.entries(tree).flatMap(([key, value]) => {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'function') {
			const args = SAMPLE_ARGS[path] ?? Array.from({ length: value.length }, (_, i) => i + 2);
			return [[path, JSON.stringify(value(...args))] as [string, string]];
		}
		if (value && typeof value === 'object') return leaves(value as Tree, path);
		// Settings, not words (whether names may be shortened).
		if (typeof value === 'boolean') return [];
		return [[path, String(value)] as [string, string]];
	});
}

describe.each(OTHERS)('interface messages (%s)', (_, messages, script, same, scriptless) => {
	// The classroom's, the lesson's and the plain pages' words are checked with the messages, though
	// they load apart ($lib/present/words, $lib/lesson/words, $lib/plain/words).
	const english = new Map(leaves({ ...en, ...enClassroom, ...enLesson, ...enPlain }));
	const japanese = new Map(leaves(messages));

	it('has every message in both languages, and no other', () => {
		expect([...japanese.keys()].sort()).toEqual([...english.keys()].sort());
		for (const [path, text] of japanese)
			if (!EMPTY_IN_JAPANESE.has(path)) expect(text.trim(), path).not.toBe('');
	});

	it('translates every message: no value equals its English one', () => {
		const untranslated = [...japanese].filter(
			([path, text]) =>
				!SAME_IN_BOTH.has(path) && !same.includes(path) && text === english.get(path)
		);
		expect(untranslated).toEqual([]);
	});

	it('writes the language in its own script', () => {
		const latinOnly = [...japanese].filter(
			([path, text]) =>
				!SAME_IN_BOTH.has(path) && !EMPTY_IN_JAPANESE.has(path) && !script.test(text)
		);
		// Only the switch back to English is meant to be read by English readers.
		expect(latinOnly.map(([path]) => path).sort()).toEqual(scriptless);
	});
});

describe('interface messages', () => {
	it('keeps each top-level message in one area only (a repeat would hide one of them)', () => {
		const keys = [enSite, enMap, enShare, enProvenance].flatMap((area) => Object.keys(area));
		expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
		expect(keys.sort()).toEqual(Object.keys(en).sort());
		// The classroom's, the lesson's and the plain pages' words load apart: none of their areas
		// is in the map's messages, and none shares a name with another (a spread would hide one).
		const apart = [enClassroom, enLesson, enPlain].flatMap((area) => Object.keys(area));
		expect(apart.filter((key, i) => apart.indexOf(key) !== i)).toEqual([]);
		expect(apart.filter((key) => keys.includes(key))).toEqual([]);
		expect(apart).toEqual(expect.arrayContaining(['classroom', 'about', 'outline', 'table']));
	});

	it('finds the messages of each locale', () => {
		expect(messagesFor('en')).toBe(en);
		expect(messagesFor('ja')).toBe(ja);
		expect(messagesFor('ko')).toBe(ko);
	});
});
