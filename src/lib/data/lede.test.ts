import { describe, expect, it } from 'vitest';
import { dataset, countryNamesFor } from './dataset';
import { forumCoverage } from './engagement';
import { forumLedeParts } from './lede';
import { messagesFor } from '$lib/i18n/messages';
import { panelOpening } from '$lib/state/opening';

const partsOf = (id: string) => forumLedeParts(forumCoverage(dataset, id, dataset.events)!);

describe('a forum’s lede, from the group’s own data', () => {
	it('a UN body (no members drawn): names who the document names, says it names no others', () => {
		const parts = partsOf('un-sc');
		// Japan is named for the Security Council only in an undated record (1(f)).
		expect(parts).toEqual({ named: ['JPN'], context: [], unsaid: 'others' });
	});

	it('a bloc whose members are context: the document’s own names, then the rest as context', () => {
		const parts = partsOf('g7');
		expect(parts.named).toEqual(['JPN']);
		expect(parts.context.sort()).toEqual(['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'USA']);
		expect(parts.unsaid).toBe('members');
	});

	it('a meeting reaching beyond its members: a participant is named, members are context', () => {
		const parts = partsOf('asean');
		expect(parts.named).toEqual(['JPN']);
		expect(parts.context).toHaveLength(10);
	});

	it('a group the document lists itself: all named, none context', () => {
		const parts = partsOf('coi');
		expect(parts.named.sort()).toEqual(['GBR', 'JPN', 'KOR', 'THA', 'USA']);
		expect(parts).toMatchObject({ context: [], unsaid: 'nothing' });
	});

	it('never says the document names no other country where the map colours members', () => {
		for (const locale of ['en', 'ja'] as const) {
			const names = countryNamesFor(locale);
			for (const group of dataset.groups) {
				const forum = forumCoverage(dataset, group.id, dataset.events)!;
				const { lede } = panelOpening(
					{ layer: 'forums', forum: group.id, until: null },
					dataset.events,
					forum,
					locale,
					(iso3) => names.get(iso3)!
				);
				expect(lede).not.toMatch(/names no others|挙げている国だけ/);
				const context = forum.members.filter((m) => m.basis === 'context').length;
				if (context)
					expect(lede).toContain(locale === 'en' ? `${context} other countries` : `${context}か国`);
				for (const m of forum.members.filter((m) => m.basis === 'document'))
					expect(lede).toContain(names.get(m.iso3)!);
			}
		}
		expect(messagesFor('en').explorer.forumLede('S.', [], 0, 'others')).toContain(
			'does not say which other states took part'
		);
	});
});
