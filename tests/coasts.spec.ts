/**
 * The world crosses the wire once: a map page downloads no geometry until the live map starts,
 * then one file; zoomed in past what Natural Earth's 110m can show, the live map swaps in 50m
 * countries, keeping their colours and the selection.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Geometry } from 'geojson';
import { DESIGN_COLOUR, expectColourAt, screenPoint, waitForMap } from './helpers';

const KOREA: [number, number] = [127.8, 36.4];

/** Natural Earth's own 110m South Korea (ISO numeric 410), read here from world-atlas. */
function vertices(geometry: Geometry): number {
	return JSON.stringify(geometry).match(/\[-?[\d.]+,-?[\d.]+\]/g)?.length ?? 0;
}
const coarse = JSON.parse(
	readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')
) as Topology;
const coarseKorea = vertices(
	(
		feature(coarse, coarse.objects.countries!) as unknown as {
			features: { id: string; geometry: Geometry }[];
		}
	).features.find((f) => f.id === '410')!.geometry
);

/** Every vertex of South Korea the live map holds in its drawn tiles. */
function drawnKoreaVertices(page: Page) {
	return page.evaluate(() => {
		const map = (
			window as unknown as {
				dashboardMap: {
					querySourceFeatures(
						source: string,
						options: { filter: unknown }
					): { geometry: { coordinates: unknown } }[];
				};
			}
		).dashboardMap;
		const found = map.querySourceFeatures('countries', { filter: ['==', ['get', 'iso3'], 'KOR'] });
		return found.reduce(
			(sum, f) =>
				sum +
				(JSON.stringify(f.geometry.coordinates).match(/\[-?[\d.e-]+,-?[\d.e-]+\]/g)?.length ?? 0),
			0
		);
	});
}

async function zoomTo(page: Page, center: [number, number], zoom: number) {
	await page.evaluate(
		([c, z]) =>
			(window as unknown as { dashboardMap: { jumpTo(o: object): void } }).dashboardMap.jumpTo({
				center: c,
				zoom: z
			}),
		[center, zoom] as const
	);
}

test('the home page downloads no geometry before the live map, then one file', async ({ page }) => {
	const geometry: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.startsWith('/geo/')) geometry.push(path);
	});
	await page.goto('/');
	await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
	expect(geometry, 'geometry fetched before the reader reached for the map').toEqual([]);
	await waitForMap(page);
	expect(geometry).toEqual(['/geo/world.json']);
});

test('zoomed in on Korea, the live map draws coasts finer than 110m, in the same colour', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	const frame = page.locator('.map-frame');
	await expect(frame).toHaveAttribute('data-coasts', 'coarse');
	await zoomTo(page, KOREA, 5);
	await expect(frame).toHaveAttribute('data-coasts', 'fine');
	expect(coarseKorea).toBeGreaterThan(3);
	// Tiles repeat a shape's edge where they meet, so this counts more than the shape has: the
	// finer world still has several times 110m's vertices.
	expect(await drawnKoreaVertices(page)).toBeGreaterThan(4 * coarseKorea);
	await expectColourAt(
		page,
		await screenPoint(page, KOREA),
		DESIGN_COLOUR.confirmed,
		'South Korea'
	);
});

test('Korea’s page keeps Korea selected when the finer coasts come in', async ({ page }) => {
	await page.goto('/country/kor');
	await waitForMap(page);
	await zoomTo(page, KOREA, 5);
	await expect(page.locator('.map-frame')).toHaveAttribute('data-coasts', 'fine');
	const selected = await page.evaluate(
		() =>
			(
				window as unknown as {
					dashboardMap: {
						getFeatureState(f: { source: string; id: string }): Record<string, unknown>;
					};
				}
			).dashboardMap.getFeatureState({ source: 'countries', id: 'KOR' }).selected
	);
	expect(selected).toBe(true);
});
