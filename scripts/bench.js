// `npm run bench`: the dashboard against a bare MapLibre page drawing the same world from the same
// local file (bench/reference.html), loaded alternately in headless Chromium, same server, same run.
// Prints medians and the median per-pair ratio dashboard/reference; `--json` prints JSON instead.
//   npm run bench -- --runs 7 --json
// `--lighthouse` instead scores the dashboard's pages and the reference page with Lighthouse
// (desktop and mobile), `--runs` times each (default 3), and prints the scores side by side.
//   npm run bench -- --lighthouse --runs 3
// `--scale 1,10,50` instead builds the dashboard over synthetic datasets that many times the real
// one (build-scale-N/) and shows how joins, redraws, load and hover grow, each scale against 1x.
//   npm run bench -- --scale 1,10,50 --runs 3
import { chromium } from 'playwright-core';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { feature } from 'topojson-client';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildIfStale } from './build-if-stale.js';
import { CHROMIUM_ARGS, requireChromium } from './chromium.js';
import { createSiteServer, listen } from './serve.js';
import { measurePage, median, pointerOverChina } from './bench-page.js';
import { lighthouseComparison } from './bench-lighthouse.js';
import { BYTES_PAGES, measureBytes } from './bench-bytes.js';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const runsIndex = args.indexOf('--runs');
const LIGHTHOUSE = args.includes('--lighthouse');
// `--bytes` instead counts what each page's first visit downloads (gzip, to page:interactive
// + 1.5 s); `--baseline DIR` measures another build beside it, page by page, in the same run.
const BYTES = args.includes('--bytes');
const baselineIndex = args.indexOf('--baseline');
const BASELINE = baselineIndex >= 0 ? args[baselineIndex + 1] : null;
// `--site DIR` measures another build of the site (say, one made before a change) in the same way.
const siteIndex = args.indexOf('--site');
const SITE = siteIndex >= 0 ? args[siteIndex + 1] : null;
const RUNS = Math.max(1, Number(runsIndex >= 0 ? args[runsIndex + 1] : LIGHTHOUSE ? 3 : 5));
const scaleIndex = args.indexOf('--scale');
const scaleArg = scaleIndex >= 0 ? (args[scaleIndex + 1] ?? '') : null;
const SCALES =
	scaleArg === null
		? null
		: [...new Set([1, ...scaleArg.split(',').map(Number)])].sort((a, b) => a - b);
if (SCALES?.some((f) => !Number.isInteger(f) || f < 1)) {
	console.error('--scale takes whole factors of 1 or more, e.g. --scale 1,10,50');
	process.exit(2);
}
const log = (...m) => !asJson && console.log(...m);
const fmt = (key, v) =>
	Number.isFinite(v)
		? /ytes/.test(key)
			? Math.round(v).toLocaleString('en')
			: v.toFixed(key.startsWith('join') ? 2 : 1)
		: 'n/a';
const fmtRatio = (r) => (Number.isFinite(r) ? r.toFixed(2) : 'n/a').padStart(8);

/** The built site plus the reference page and MapLibre's files, served by one server. */
function stageSite() {
	const root = mkdtempSync(join(tmpdir(), 'abductions-bench-'));
	cpSync(SITE ?? 'build', root, { recursive: true });
	mkdirSync(join(root, '__reference', 'maplibre'), { recursive: true });
	cpSync('bench/reference.html', join(root, '__reference', 'index.html'));
	// The same countries the dashboard's live map draws, as the plain GeoJSON a bare page reads.
	// (A build from before the one-file world has them as geo/countries.json.)
	const reference = join(root, '__reference', 'countries.json');
	if (existsSync(join(root, 'geo', 'countries.json')))
		cpSync(join(root, 'geo', 'countries.json'), reference);
	else {
		const topology = JSON.parse(readFileSync(join(root, 'geo', 'world.json'), 'utf8'));
		writeFileSync(reference, JSON.stringify(feature(topology, topology.objects.countries)));
	}
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

const REFERENCE_METRICS = [
	// The dashboard's live map starts on the reader's reach (a wheel turn once the page answers):
	// its map:ready counts that wait, map:start to map:ready does not.
	['mapReady', 'time to map:ready (ms)'],
	['startToReady', 'map:start to map:ready (ms)'],
	['firstTooltip', 'navigation to first tooltip (ms)'],
	['fcp', 'first contentful paint (ms)'],
	['interactive', 'page:interactive (ms)'],
	['bytes', 'bytes transferred (gzip)'],
	['jsBytesAtLoad', 'JS bytes at load (gzip)'],
	['jsBytes', 'JS bytes with the live map (gzip)'],
	['hoverMs', 'hover to tooltip, median (ms)']
];

async function compareWithReference(browser) {
	if (!SITE) buildIfStale({ outDir: 'build', base: '' });
	const root = stageSite();
	const server = createSiteServer({ root, base: '' });
	const origin = await listen(server, { port: 0 });
	const results = { dashboard: [], reference: [] };
	try {
		// The dashboard's reader has the pointer over China before the page draws (timeToFirstTooltip).
		// Finding it loads the dashboard once; the reference is loaded once too, unmeasured, since
		// the server compresses each file on its first request.
		const pointer = await pointerOverChina(browser, `${origin}/`);
		if (!pointer) throw new Error('China is not on the dashboard’s first-paint world');
		await measurePage(browser, `${origin}/__reference/`);
		for (let run = 0; run < RUNS; run++) {
			// Alternate which goes first, so warm-up favours neither.
			const order = run % 2 ? ['reference', 'dashboard'] : ['dashboard', 'reference'];
			for (const name of order) {
				const url = name === 'dashboard' ? `${origin}/` : `${origin}/__reference/`;
				results[name].push(
					await measurePage(browser, url, name === 'dashboard' ? { pointer } : {})
				);
			}
			log(`run ${run + 1}/${RUNS} done`);
		}
	} finally {
		server.close();
		rmSync(root, { recursive: true, force: true });
	}

	const summary = Object.fromEntries(
		REFERENCE_METRICS.map(([key]) => {
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
	// And for usable at first paint: a tooltip that early (goal: 0.4 or less).
	summary.firstTooltipOverReferenceMapReady = median(
		results.dashboard.map((d, i) => d.firstTooltip / results.reference[i].mapReady)
	);

	if (asJson) return console.log(JSON.stringify({ runs: RUNS, summary, results }, null, 2));
	console.log(
		`\n${('median of ' + RUNS + ' runs').padEnd(32)} ${'dashboard'.padStart(12)} ${'reference'.padStart(12)} ${'ratio'.padStart(8)}`
	);
	for (const [key, label] of REFERENCE_METRICS) {
		const { dashboard, reference, ratio } = summary[key];
		console.log(
			`${label.padEnd(32)} ${fmt(key, dashboard).padStart(12)} ${fmt(key, reference).padStart(12)} ${fmtRatio(ratio)}`
		);
	}
	console.log(
		`dashboard FCP / reference map:ready: ${summary.fcpOverReferenceMapReady.toFixed(2)}`
	);
	console.log(
		`dashboard first tooltip / reference map:ready: ${summary.firstTooltipOverReferenceMapReady.toFixed(2)}`
	);
}

async function lighthouseRun() {
	if (!SITE) buildIfStale({ outDir: 'build', base: '' });
	const root = stageSite();
	const server = createSiteServer({ root, base: '' });
	const origin = await listen(server, { port: 0 });
	try {
		const report = await lighthouseComparison({
			origin,
			chromiumPath: requireChromium(),
			runs: RUNS,
			asJson,
			log
		});
		if (asJson) console.log(JSON.stringify(report, null, 2));
	} finally {
		server.close();
		rmSync(root, { recursive: true, force: true });
	}
}

const SCALE_METRICS = [
	['joinSummariesMs', 'join: country summaries (ms)'],
	['joinLayersMs', 'join: what the map draws (ms)'],
	['joinEngagementMs', 'join: engagement layer (ms)'],
	['mapReady', 'time to map:ready (ms)'],
	['layerSwitchMs', 'layer switch until drawn (ms)'],
	['timelineStepMs', 'timeline step until drawn (ms)'],
	['hoverMs', 'hover to tooltip, median (ms)'],
	['bytes', 'bytes transferred (gzip)'],
	['jsBytes', 'JS bytes (gzip)']
];

async function scaleCurve(browser) {
	const sites = [];
	try {
		for (const scale of SCALES) {
			const outDir = scale === 1 ? 'build' : `build-scale-${scale}`;
			buildIfStale({ outDir, base: '', scale });
			const server = createSiteServer({ root: outDir, base: '' });
			const origin = await listen(server, { port: 0 });
			const data = await (await fetch(`${origin}/data/dataset.json`)).json();
			sites.push({
				scale,
				server,
				origin,
				events: data.events.length,
				countries: data.countries.length
			});
		}
		const results = Object.fromEntries(SCALES.map((s) => [s, []]));
		for (let run = 0; run < RUNS; run++) {
			// Rotate the order, so warm-up favours no scale.
			for (let i = 0; i < sites.length; i++) {
				const site = sites[(i + run) % sites.length];
				results[site.scale].push(
					await measurePage(browser, `${site.origin}/`, { interactions: true })
				);
			}
			log(`run ${run + 1}/${RUNS} done`);
		}
		const summary = Object.fromEntries(
			sites.map(({ scale, events, countries }) => [
				scale,
				{
					events,
					countries,
					...Object.fromEntries(
						SCALE_METRICS.map(([key]) => [key, median(results[scale].map((r) => r[key]))])
					)
				}
			])
		);
		if (asJson) return console.log(JSON.stringify({ runs: RUNS, summary, results }, null, 2));
		const columns = sites.map((s) => `${s.scale}x: ${s.events} ev`.padStart(16));
		const top = SCALES.at(-1);
		console.log(
			`\n${('median of ' + RUNS + ' runs').padEnd(32)} ${columns.join(' ')} ${`${top}x/1x`.padStart(8)}`
		);
		for (const [key, label] of SCALE_METRICS) {
			const cells = SCALES.map((s) => fmt(key, summary[s][key]).padStart(16));
			const growth = summary[top][key] / summary[1][key];
			console.log(`${label.padEnd(32)} ${cells.join(' ')} ${fmtRatio(growth)}`);
		}
		console.log(
			`countries in the data: ${sites.map((s) => `${s.scale}x ${s.countries}`).join(', ')}`
		);
	} finally {
		for (const site of sites) site.server.close();
	}
}

async function bytesPerPage(browser) {
	if (!SITE) buildIfStale({ outDir: 'build', base: '' });
	const sites = [['site', SITE ?? 'build'], ...(BASELINE ? [['baseline', BASELINE]] : [])];
	const servers = [];
	try {
		for (const [name, root] of sites) {
			const server = createSiteServer({ root, base: '' });
			servers.push({ name, server, origin: await listen(server, { port: 0 }) });
		}
		const results = {};
		for (const path of BYTES_PAGES) {
			for (const { name, origin } of servers) {
				const runs = [];
				for (let run = 0; run < Math.min(RUNS, 3); run++)
					runs.push(await measureBytes(browser, origin + path));
				// Bytes barely vary; the median run by total is reported whole.
				runs.sort((a, b) => a.bytes - b.bytes);
				(results[path] ??= {})[name] = runs[Math.floor(runs.length / 2)];
			}
		}
		if (asJson) return console.log(JSON.stringify(results, null, 2));
		const cols = ['requests', 'bytes', 'html', 'js', 'css', 'geometry', 'geometries'];
		console.log(`\n${'page'.padEnd(24)} ${cols.map((c) => c.padStart(10)).join(' ')}`);
		for (const path of BYTES_PAGES) {
			for (const { name } of servers) {
				const r = results[path][name];
				const label = `${path} ${servers.length > 1 ? `(${name})` : ''}`;
				console.log(
					`${label.padEnd(24)} ${cols.map((c) => r[c].toLocaleString('en').padStart(10)).join(' ')}`
				);
			}
		}
		if (args.includes('--files'))
			for (const path of BYTES_PAGES)
				for (const { name } of servers)
					console.log(`\n${path} (${name}):\n  ${results[path][name].files.join('\n  ')}`);
	} finally {
		for (const { server } of servers) server.close();
	}
}

if (LIGHTHOUSE) {
	await lighthouseRun();
} else if (BYTES) {
	const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
	try {
		await bytesPerPage(browser);
	} finally {
		await browser.close();
	}
} else {
	const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
	try {
		await (SCALES ? scaleCurve(browser) : compareWithReference(browser));
	} finally {
		await browser.close();
	}
}
