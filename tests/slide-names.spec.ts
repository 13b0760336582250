/**
 * The slides' maps name what their words name: every country a step's words name has its name on
 * the map (or titles its inset), inside it, on no other country's land, with a leader line no longer
 * than MAX_LEADER and crossing no other.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../src/lib/data/schema';
import { countriesNamed } from '../src/lib/present/step-look';
import { STEPS } from '../src/lib/present/steps';
import { MAX_LEADER } from '../src/lib/map/names/callouts';
import { LEADER_OVER_LAND } from '../src/lib/map/names/leaders';
import { openReady } from './helpers';

type Segment = [{ x: number; y: number }, { x: number; y: number }];

function cross([a, b]: Segment, [c, d]: Segment): boolean {
	const side = (p: Segment[0], q: Segment[0], r: Segment[0]) =>
		Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
	return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/** What is wrong with the names on the slide's map now: nothing, once they are placed well. */
async function problems(page: Page, named: readonly string[]): Promise<string[]> {
	const found: string[] = [];
	for (const iso3 of named) {
		// A country in an inset is named by the inset's title, over its map.
		if (await page.locator(`.figure .inset-title[data-iso3="${iso3}"]`).isVisible()) continue;
		const label = page.locator(`.figure .map-label[data-iso3="${iso3}"]`);
		if ((await label.count()) === 0) {
			found.push(`${iso3} has no name`);
			continue;
		}
		// The name's box, and the box of the map it is on (the slide's map or an inset).
		const r = await label.first().evaluate((element: HTMLElement) => ({
			hidden: element.hidden,
			frame: element.closest('.map, .inset')!.getBoundingClientRect().toJSON(),
			...element.getBoundingClientRect().toJSON()
		}));
		const { frame } = r;
		if (r.hidden || r.width === 0) found.push(`${iso3} not named`);
		else if (
			r.left < frame.x - 1 ||
			r.top < frame.y - 1 ||
			r.right > frame.x + frame.width + 1 ||
			r.bottom > frame.y + frame.height + 1
		)
			found.push(`${iso3} cut by the frame`);
		if (!r.hidden && r.width > 0) {
			// What lies under the name, sampled across its box: the sea or its own country alone.
			const under = await label.first().evaluate((element: HTMLElement) => {
				element.scrollIntoView({ block: 'center' });
				const box = element.getBoundingClientRect();
				const ownMap = element.closest('.map, .inset');
				const found = new Set<string>();
				for (let i = 1; i < 8; i++)
					for (let j = 1; j < 4; j++)
						for (const hit of document.elementsFromPoint(
							box.left + (box.width * i) / 8,
							box.top + (box.height * j) / 4
						)) {
							// An inset laid over a name of the world map hides it.
							const hitMap = hit.closest('.map, .inset');
							if (hitMap?.matches('.inset') && hitMap !== ownMap) {
								found.add('an inset');
								break;
							}
							// The topmost map's country, or its sea (the svg itself), under the point.
							if (hit.tagName === 'SPAN' || !hit.closest('.static-holder')) continue;
							const code = hit.getAttribute('data-iso3');
							if (code) found.add(code);
							if (code || hit.classList.contains('static-map')) break;
						}
				return [...found];
			});
			const others = under.filter((code) => code !== iso3);
			if (others.length) found.push(`${iso3} over ${others.join(' ')}`);
		}
	}
	// Each leader line in page pixels, from the SVG's own transform, and the pixels of it over
	// another country's land (a leader across one points at it). Each is scrolled into
	// view first: a phone's map may lie below the fold, where nothing is hit.
	const leaders = await page
		.locator('.figure svg.static-map g.leaders path')
		.evaluateAll((paths) => {
			const countryAt = (x: number, y: number) => {
				for (const hit of document.elementsFromPoint(x, y)) {
					if (hit.tagName === 'SPAN' || !hit.closest('.static-holder')) continue;
					const code = hit.getAttribute('data-iso3');
					if (code || hit.classList.contains('static-map')) return code;
				}
				return null;
			};
			return paths.map((path) => {
				const p = path as SVGPathElement;
				p.closest('.map, .inset')!.scrollIntoView({ block: 'center' });
				const matrix = p.getScreenCTM()!;
				const [from, to] = [p.getPointAtLength(0), p.getPointAtLength(p.getTotalLength())].map(
					(point) => {
						const s = new DOMPoint(point.x, point.y).matrixTransform(matrix);
						return { x: s.x, y: s.y };
					}
				) as [{ x: number; y: number }, { x: number; y: number }];
				const own = countryAt(from.x, from.y);
				const length = Math.hypot(to.x - from.x, to.y - from.y);
				let over = 0;
				for (let at = 2; at < length; at += 4) {
					const code = countryAt(
						from.x + ((to.x - from.x) * at) / length,
						from.y + ((to.y - from.y) * at) / length
					);
					if (code && code !== own) over += 4;
				}
				const page = (q: { x: number; y: number }) => ({ x: q.x, y: q.y + window.scrollY });
				return { segment: [page(from), page(to)] as Segment, own, over };
			});
		});
	leaders.forEach(({ segment, own, over }, i) => {
		const length = Math.hypot(segment[1].x - segment[0].x, segment[1].y - segment[0].y);
		if (length > MAX_LEADER + 2) found.push(`${own}'s leader ${Math.round(length)} px long`);
		if (over > LEADER_OVER_LAND + 4) found.push(`${own}'s leader ${over} px over another country`);
		for (const other of leaders.slice(i + 1))
			if (cross(segment, other.segment)) found.push(`${own}'s and ${other.own}'s leaders cross`);
	});
	return found;
}

/** The countries' names and aliases in each language, as the data writes them. */
function namesIn(language: Language): Dataset {
	const json = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
	const english = json('../data/countries.json') as {
		iso3: string;
		name: string;
		aliases: string[];
	}[];
	const list = Array.isArray(english)
		? english
		: (english as { countries: typeof english }).countries;
	const overlay =
		language === 'en'
			? {}
			: (json(`../data/${language}/countries.json`).countries as Record<
					string,
					{ name: string; aliases?: string[] }
				>);
	const countries = list.map(({ iso3, name, aliases }) => ({
		iso3,
		name: overlay[iso3]?.name ?? name,
		aliases: overlay[iso3]?.aliases ?? (language === 'en' ? aliases : [])
	}));
	return { countries } as unknown as Dataset;
}

/** Every country a step's words (headline, points, legend) name, read from the words themselves. */
async function namedOnSlide(page: Page, language: Language): Promise<string[]> {
	const words = `${await page.locator('.text').innerText()}\n${await page.locator('.figure > .legend').innerText()}`;
	return [...countriesNamed(words, namesIn(language))];
}

type Language = 'en' | 'ja' | 'ko';

/**
 * Every step at 1024x768 in English and Japanese; a few steps at each other size, each size in
 * one or two languages in turn. The placer's unit tests (step-names.test.ts) cover every step in
 * every language at 1024x768, 1280x720 and a phone's size; here the browser's own type is measured.
 */
const screens = [
	{ width: 1024, height: 768, steps: 'all', languages: ['en', 'ja'] },
	{ width: 1280, height: 720, steps: [1, 3, 4, 8], languages: ['ko'] },
	{ width: 1920, height: 1080, steps: [1, 3, 9], languages: ['en'] },
	{ width: 820, height: 1180, steps: [1, 2, 3, 8], languages: ['ja'] },
	{ width: 1180, height: 820, steps: [1, 4, 8], languages: ['en'] },
	{ width: 390, height: 844, steps: [1, 2, 3, 4, 8], languages: ['en', 'ko'] }
] as const;

for (const screen of screens)
	for (const language of screen.languages) {
		const steps = screen.steps === 'all' ? STEPS.map((_, i) => i + 1) : screen.steps;
		test(`names every country its words name, ${screen.width}x${screen.height}, ${language}`, async ({
			page
		}) => {
			test.slow();
			await page.setViewportSize({ width: screen.width, height: screen.height });
			const prefix = language === 'en' ? '' : `/${language}`;
			for (const n of steps) {
				await openReady(page, `${prefix}/present/${n}`);
				await expect(page.locator('.map > [data-answering] svg.static-map')).toHaveCount(1);
				const named = await namedOnSlide(page, language);
				expect(named.length, `step ${n} names some country`).toBeGreaterThan(0);
				await expect
					.poll(() => problems(page, named), {
						message: `${language} step ${n}: ${named.join(' ')}`,
						// Each round reads every name and leader from the page: slow on a busy machine.
						timeout: 20_000
					})
					.toEqual([]);
			}
		});
	}

test('the words that name the countries are read from the slide, not from its marks', async ({
	page
}) => {
	// Step 3 names the Commission's visits; step 8 the partners: the issue's own lists.
	await page.setViewportSize({ width: 1024, height: 768 });
	await openReady(page, '/present/3');
	expect((await namedOnSlide(page, 'en')).sort()).toEqual(
		expect.arrayContaining(['GBR', 'JPN', 'KOR', 'THA', 'USA'])
	);
	await openReady(page, '/ja/present/8');
	expect(await namedOnSlide(page, 'ja')).toEqual(expect.arrayContaining(['CHN', 'RUS', 'USA']));
});
