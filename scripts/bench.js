// `npm run bench`: the dashboard against a bare MapLibre page drawing the same world from the same
// local file (bench/reference.html), loaded alternately in headless Chromium, same server, same run.
// Prints medians and the median per-pair ratio dashboard/reference; `--json` prints JSON instead.
//   npm run bench -- --runs 7 --json
import { chromium } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildIfStale } from './build-if-stale.js';
import { CHROMIUM_ARGS, requireChromium } from './chromium.js';
import { createSiteServer, listen } from './serve.js';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const runsIndex = args.indexOf('--runs');
const RUNS = Math.max(1, Number(runsIndex >= 0 ? args[runsIndex + 1] : 5));
const log = (...m) => !asJson && console.log(...m);

/** 20 places for the hover sweep: dataset countries and others, large and small. */
const SWEEP = [
	[139.7, 36.2],
	[127.8, 36.4],
	[127.2, 40.1],
	[104, 35],
	[-100, 40],
	[100.9, 15.9],
	[24.9, 45.9],
	[35.9, 33.9],
	[96, 61],
	[-2.5, 53],
	[2.5, 46.5],
	[10.4, 51.1],
	[12.6, 42.8],
	[-106, 56],
	[-51.9, -10],
	[134, -25.5],
	[22.9, 8.8],
	[78.9, 22.6],
	[-64, -34],
	[30.8, 26.8]
];

function median(values) {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (!sorted.length) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The built site plus the reference page and MapLibre's files, served by one server. */
function stageSite() {
	const root = mkdtempSync(join(tmpdir(), 'abductions-bench-'));
	cpSync('build', root, { recursive: true });
	mkdirSync(join(root, '__reference', 'maplibre'), { recursive: true });
	cpSync('bench/reference.html', join(root, '__reference', 'index.html'));
	for (const file of [
		'maplibre-gl.mjs',
		'maplibre-gl-shared.mjs',
		'maplibre-gl-worker.mjs',
		'maplibre-gl.css'
	]) {
		cpSync(
			join('node_modules/maplibre-gl/dist', file),
			join(root, '__reference', 'maplibre', file)
		);
	}
	return root;
}

async function measure(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	let bytes = 0;
	let jsBytes = 0;
	page.on('response', async (response) => {
		const length = Number((await response.allHeaders())['content-length'] ?? 0);
		bytes += length;
		if (/\.m?js(\?|$)/.test(response.url())) jsBytes += length;
	});
	await page.addInitScript(() => {
		// Hover latency: from the pointer's move to the frame after the tooltip changed.
		const samples = [];
		let movedAt = 0;
		addEventListener('mousemove', (e) => (movedAt = e.timeStamp), true);
		addEventListener('DOMContentLoaded', () => {
			new MutationObserver(() => {
				const at = movedAt;
				if (!at) return;
				movedAt = 0;
				requestAnimationFrame(() => samples.push(performance.now() - at));
			}).observe(document.body, {
				subtree: true,
				childList: true,
				characterData: true,
				attributes: true,
				attributeFilter: ['hidden']
			});
		});
		window.__hoverSamples = samples;
	});
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
		timeout: 60_000
	});
	const timings = await page.evaluate(() => ({
		mapReady: performance.getEntriesByName('map:ready')[0].startTime,
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN
	}));
	const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
	for (const place of SWEEP) {
		const at = await page.evaluate((p) => window.dashboardMap.project(p), place);
		await page.mouse.move(canvas.x + at.x, canvas.y + at.y);
		await page.waitForTimeout(60);
	}
	const hover = await page.evaluate(() => window.__hoverSamples.slice());
	await context.close();
	return { ...timings, hoverMs: median(hover), hoverSamples: hover.length, bytes, jsBytes };
}

const METRICS = [
	['mapReady', 'time to map:ready (ms)'],
	['fcp', 'first contentful paint (ms)'],
	['bytes', 'bytes transferred (gzip)'],
	['jsBytes', 'JS bytes (gzip)'],
	['hoverMs', 'hover to tooltip, median (ms)']
];

const chromiumPath = requireChromium();
buildIfStale({ outDir: 'build', base: '' });
const root = stageSite();
const server = createSiteServer({ root, base: '' });
const origin = await listen(server, { port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
const results = { dashboard: [], reference: [] };
try {
	for (let run = 0; run < RUNS; run++) {
		// Alternate which goes first, so warm-up favours neither.
		const order = run % 2 ? ['reference', 'dashboard'] : ['dashboard', 'reference'];
		for (const name of order) {
			const url = name === 'dashboard' ? `${origin}/` : `${origin}/__reference/`;
			results[name].push(await measure(browser, url));
		}
		log(`run ${run + 1}/${RUNS} done`);
	}
} finally {
	await browser.close();
	server.close();
	rmSync(root, { recursive: true, force: true });
}

const summary = Object.fromEntries(
	METRICS.map(([key]) => {
		const ratios = results.dashboard.map((d, i) => d[key] / results.reference[i][key]);
		return [
			key,
			{
				dashboard: median(results.dashboard.map((r) => r[key])),
				reference: median(results.reference.map((r) => r[key])),
				ratio: median(ratios)
			}
		];
	})
);
// The goal for first paint is against the reference's map:ready: a visible world that early.
summary.fcpOverReferenceMapReady = median(
	results.dashboard.map((d, i) => d.fcp / results.reference[i].mapReady)
);

if (asJson) {
	console.log(JSON.stringify({ runs: RUNS, summary, results }, null, 2));
} else {
	const rows = METRICS.map(([key, label]) => {
		const s = summary[key];
		const fmt = (v) =>
			Number.isFinite(v)
				? key.includes('ytes')
					? Math.round(v).toLocaleString('en')
					: v.toFixed(1)
				: 'n/a';
		return `${label.padEnd(32)} ${fmt(s.dashboard).padStart(12)} ${fmt(s.reference).padStart(12)} ${Number.isFinite(s.ratio) ? s.ratio.toFixed(2).padStart(8) : '     n/a'}`;
	});
	console.log(
		`\n${'median of ' + RUNS + ' runs'.padEnd(28)} ${'dashboard'.padStart(12)} ${'reference'.padStart(12)} ${'ratio'.padStart(8)}`
	);
	console.log(rows.join('\n'));
	console.log(
		`dashboard FCP / reference map:ready: ${summary.fcpOverReferenceMapReady.toFixed(2)}`
	);
}
