import { describe, expect, it } from 'vitest';
import { enPlain } from '$lib/i18n/en/plain';
import { jaPlain } from '$lib/i18n/ja/plain';
import { fillTemplate, listTemplates } from './templates';

describe('listTemplates and fillTemplate', () => {
	it('give what the catalog says for the same parts, in each language', () => {
		const parts = ['forum=nato', 'events=-when', 'abductions=maybe'];
		for (const message of [enPlain.table.rejected, jaPlain.table.rejected]) {
			const templates = listTemplates(message, 4);
			for (let n = 1; n <= parts.length; n++)
				expect(fillTemplate(templates, parts.slice(0, n))).toBe(message(parts.slice(0, n)));
		}
	});

	it('never fills a hole twice, and cuts a list longer than the templates', () => {
		const templates = listTemplates((parts) => `[${parts.join('|')}]`, 2);
		expect(fillTemplate(templates, ['{1}', 'b'])).toBe('[{1}|b]');
		expect(fillTemplate(templates, ['a', 'b', 'c'])).toBe('[a|b]');
		expect(fillTemplate(templates, [])).toBe('');
	});
});
