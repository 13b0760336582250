import { describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';
import { plainWordsFor } from './words';

describe('the plain pages’ words', () => {
	// About's title is written out in its own catalog (which the map's script never loads), so it
	// is held to the site's name here.
	it.each(LOCALES)('end About’s title with the site’s name, in %s', (locale) => {
		const title = plainWordsFor(locale).about.pageTitle;
		const site = messagesFor(locale).site.title;
		expect(title.endsWith(site), `${title} / ${site}`).toBe(true);
		expect(title.length).toBeGreaterThan(site.length + 2);
	});
});
