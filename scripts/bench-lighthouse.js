// `npm run bench -- --lighthouse`: Lighthouse (the npm package, offline) scores the dashboard's
// pages and the bare MapLibre reference page in one run, on Debian's Chromium, and prints the
// category scores and total blocking time side by side, with the load average at the time.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from './chromium.js';
import { median } from './bench-page.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Pages scored, by form factor: the goals name these (issue: /, /country/kor, /present/1). */
// `--mobile` scores only the mobile rows.
const MOBILE_ONLY = process.argv.includes('--mobile');
const ALL_PAGES = [
	{ formFactor: 'desktop', path: '/' },
	{ formFactor: 'desktop', path: '/country/kor' },
	{ formFactor: 'desktop', path: '/present/1' },
	{ formFactor: 'desktop', path: '/__reference/' },
	{ formFactor: 'mobile', path: '/' },
	{ formFactor: 'mobile', path: '/country/kor' },
	{ formFactor: 'mobile', path: '/present/1' },
	{ formFactor: 'mobile', path: '/__reference/' }
];
export const LIGHTHOUSE_PAGES = MOBILE_ONLY
	? ALL_PAGES.filter((page) => page.formFactor === 'mobile')
	: ALL_PAGES;

/** A headless Chromium that Lighthouse drives over the DevTools protocol. */
async function launchChromium(executable) {
	const profile = mkdtempSync(join(tmpdir(), 'abductions-lighthouse-'));
	const child = spawn(
		executable,
		[
			'--headless=new',
			'--remote-debugging-port=0',
			`--user-data-dir=${profile}`,
			...CHROMIUM_ARGS,
			'about:blank'
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	const port = await new Promise((resolve, reject) => {
		let text = '';
		child.stderr.on('data', (chunk) => {
			text += chunk;
			const match = text.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
			if (match) resolve(Number(match[1]));
		});
		child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${text}`)));
	});
	return {
		port,
		async close() {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill();
			await exited;
			rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
		}
	};
}

/** One Lighthouse run: the four category scores (0-100) and the timing audits, in ms. */
async function score(port, url, formFactor) {
	// Software WebGL on a shared machine can take a while to show the first frame.
	const flags = {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: CATEGORIES,
		maxWaitForFcp: 60_000,
		maxWaitForLoad: 90_000
	};
	const runner = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
	const lhr = runner?.lhr;
	if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
	if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
	const numeric = (id) => lhr.audits[id]?.numericValue ?? NaN;
	return {
		...Object.fromEntries(
			CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])
		),
		tbt: numeric('total-blocking-time'),
		fcp: numeric('first-contentful-paint'),
		lcp: numeric('largest-contentful-paint'),
		failing: CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
			lhr.categories[c].auditRefs
				.filter(
					(ref) =>
						ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1
				)
				.map((ref) => `${c}:${ref.id}`)
		)
	};
}

/**
 * Scores every page of LIGHTHOUSE_PAGES `runs` times, interleaved so the machine's load falls on
 * all alike, and prints the medians.
 */
export async function lighthouseComparison({ origin, chromiumPath, runs, asJson, log }) {
	const chromium = await launchChromium(chromiumPath);
	const results = LIGHTHOUSE_PAGES.map(() => []);
	const loads = [];
	try {
		for (let run = 0; run < runs; run++) {
			for (const [i, { formFactor, path }] of LIGHTHOUSE_PAGES.entries()) {
				loads.push(loadavg()[0]);
				// A failed run is reported and counted as missing, so one bad load does not lose the rest.
				results[i].push(
					await score(chromium.port, `${origin}${path}`, formFactor).catch((error) => {
						console.error(`${formFactor} ${path}: ${error.message}`);
						return { tbt: NaN, fcp: NaN, lcp: NaN, failing: [] };
					})
				);
			}
			log(`lighthouse run ${run + 1}/${runs} done`);
		}
	} finally {
		await chromium.close();
	}
	const rows = LIGHTHOUSE_PAGES.map((page, i) => ({
		...page,
		...Object.fromEntries(
			[...CATEGORIES, 'tbt', 'fcp', 'lcp'].map((key) => [
				key,
				median(results[i].map((r) => r[key]))
			])
		),
		failing: [...new Set(results[i].flatMap((r) => r.failing))]
	}));
	const load = { min: Math.min(...loads), median: median(loads), max: Math.max(...loads) };
	if (asJson) return { runs, load, rows, results };
	const head = ['page', 'form', 'perf', 'a11y', 'best', 'seo', 'TBT ms', 'FCP ms', 'LCP ms'];
	const widths = [16, 8, 6, 6, 6, 6, 8, 8, 8];
	const line = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join(' ');
	console.log(
		`\nLighthouse, median of ${runs} run(s); 1-minute load average ${load.min.toFixed(2)}-${load.max.toFixed(2)} (median ${load.median.toFixed(2)}) on ${availableParallelism()} cores`
	);
	console.log(line(head));
	for (const r of rows) {
		console.log(
			line([
				r.path === '/__reference/' ? 'reference' : r.path,
				r.formFactor,
				r.performance,
				r.accessibility,
				r['best-practices'],
				r.seo,
				Math.round(r.tbt),
				Math.round(r.fcp),
				Math.round(r.lcp)
			])
		);
	}
	for (const r of rows.filter((r) => r.failing.length && r.path !== '/__reference/'))
		console.log(`${r.path} (${r.formFactor}) short of 100 on: ${r.failing.join(', ')}`);
	return null;
}
