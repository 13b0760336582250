import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { isDeepStrictEqual } from 'node:util';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Topology } from 'topojson-specification';
import { defineConfig, type Plugin } from 'vitest/config';
import { syntheticDataset } from './src/lib/data/synthetic.ts';
import {
	DATA_FILE_NAMES,
	datasetFromFiles,
	datasetToFiles,
	type RawDataFiles
} from './src/lib/data/files.ts';
import { validateDataset, validateTranslations } from './src/lib/data/validate.ts';
import { TRANSLATED_LANGUAGES, type TranslatedLanguage } from './src/lib/data/translate.ts';

/** Read beside this file, wherever Vite is started from. */
function readJson(path: string): unknown {
	const text = readFileSync(new URL(path, import.meta.url), 'utf8');
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
	}
}

function readDataFiles(folder = './data'): RawDataFiles {
	return Object.fromEntries(
		DATA_FILE_NAMES.map((name) => [name, readJson(`${folder}/${name}`)])
	) as unknown as RawDataFiles;
}

/** Valid, and exactly what the pages will read: no stray spaces or unknown fields, which the
 * validator would quietly trim or drop but the pages (which read the files as they are) would not. */
function checkDataFiles(files: RawDataFiles): void {
	const validated = validateDataset(files);
	const read = datasetFromFiles(files);
	const differing = (Object.keys(read) as (keyof typeof read)[]).filter(
		(key) => !isDeepStrictEqual(read[key], validated[key])
	);
	if (differing.length) {
		throw new Error(
			`data/ has text the validator would change (${differing.join(', ')}): remove spaces around ` +
				'values and fields the schema does not know (see src/lib/data/schema.ts).'
		);
	}
}

/** Every record's text in every other language too (data/ja/, data/ko/), or the build stops and says which. */
function checkTranslations(): void {
	const english = validateDataset(readDataFiles());
	for (const language of Object.keys(TRANSLATED_LANGUAGES) as TranslatedLanguage[])
		validateTranslations(english, readDataFiles(`./data/${language}`), language);
}

/**
 * The dataset is checked here, where the site is built: invalid data stops the build (and the
 * development server reports it on every edit), naming the file, the record and the field. The
 * pages then read data that has passed, and the browser never downloads the validator.
 */
function validateData(): Plugin {
	return {
		name: 'validate-data',
		buildStart() {
			checkDataFiles(readDataFiles());
			checkTranslations();
		},
		handleHotUpdate({ file, server }) {
			if (!/[\\/]data[\\/](ja[\\/])?[a-z-]+\.json$/.test(file)) return;
			try {
				checkDataFiles(readDataFiles());
				checkTranslations();
			} catch (error) {
				server.config.logger.error(String((error as Error).message), { timestamp: true });
			}
		}
	};
}

/**
 * Link previews need the site's public address: scrapers reject a relative og:image, and a page
 * has no canonical address without it. A build without PUBLIC_SITE_URL still works, and says so.
 */
let warnedWithoutSiteUrl = false;
function warnWithoutSiteUrl(): Plugin {
	return {
		name: 'warn-without-site-url',
		apply: 'build',
		buildStart() {
			if (warnedWithoutSiteUrl || process.env.PUBLIC_SITE_URL || process.env.VITEST) return;
			warnedWithoutSiteUrl = true;
			this.warn(
				'PUBLIC_SITE_URL is not set: link previews (og:image, twitter:image, og:url) will carry ' +
					'paths, not addresses, and pages no canonical link, so most sites will not unfurl them. ' +
					'Build with e.g. PUBLIC_SITE_URL=https://example.org npm run build (see README, "Link previews").'
			);
		}
	};
}

/**
 * DATASET_SCALE=N builds the site over a synthetic dataset N times the real one, spread over every
 * country of the world map, for `npm run bench -- --scale`. Never set for a real build.
 */
async function syntheticDataFiles(): Promise<RawDataFiles | null> {
	const factor = Math.round(Number(process.env.DATASET_SCALE ?? 1));
	if (!(factor > 1)) return null;
	// Only into the benchmark's own folders, so a stray DATASET_SCALE can never reach build/.
	if (!process.env.BUILD_DIR?.startsWith('build-scale-')) {
		throw new Error(
			'DATASET_SCALE is for `npm run bench -- --scale`, which builds into build-scale-N/'
		);
	}
	// Loaded only here, so no other build or test pays for the geometry code.
	const [{ topologyToCountries }, { numericToIso3 }] = await Promise.all([
		import('./src/lib/server/geo/natural-earth.ts'),
		import('./src/lib/server/geo/iso.ts')
	]);
	const topology = readJson('./node_modules/world-atlas/countries-110m.json') as Topology;
	const world = topologyToCountries(topology, numericToIso3).map((c) => c.properties);
	const files = datasetToFiles(syntheticDataset(validateDataset(readDataFiles()), factor, world));
	checkDataFiles(files);
	return files;
}

/**
 * The browser's scripts in a few parts: what the map's pages load at once (their code and the
 * English words and data) in one chunk, the classroom's own code in another, the code of the pages
 * that ship without the app's script in a third, and the live map (MapLibre, most of the weight)
 * in another, which MapView imports only when the live map starts. A page then reads a fraction
 * of the script before it answers, in a handful of files rather than two dozen small chunks
 * (which queue behind HTTP/1.1's six connections on a school's server). SvelteKit's entry files
 * stay as they are.
 */
/**
 * Modules that only some pages load, each group in a chunk of its own (twoClientChunks): the
 * classroom's (its routes, the walk, the lesson and their English words), the pages that
 * ship without the app's script, which the app fetches only when it opens one in place, and the
 * embedded map's frame. Whatever
 * of them another page imports stays in the pages' chunk, so a wrong entry here costs bytes,
 * never a broken page.
 */
const OWN_CHUNKS: Record<string, readonly string[]> = {
	classroom: [
		'routes/(classroom)/',
		'routes/(site)/present/',
		'lib/lesson/',
		'lib/present/',
		'lib/i18n/en/steps.ts',
		'lib/i18n/en/lesson.ts',
		'lib/i18n/en/classroom.ts',
		'lib/share/StepExport.svelte'
	],
	plain: [
		'routes/(site)/table/',
		'routes/(site)/about/',
		'routes/(site)/document/',
		// The downloads' columns and codebook: only About lists them (the files are prerendered).
		'lib/data/downloads.ts',
		'lib/data/columns.ts',
		'lib/data/codebook.ts',
		// The table's sorting and the sources' list: only the table and About show them.
		'lib/state/table-query.ts',
		'lib/data/table.ts',
		'lib/ui/SortHeader.svelte',
		'lib/ui/Provenance.svelte',
		// Their words, in every language: read only where the server draws these pages.
		'lib/plain/words.ts',
		'lib/i18n/en/plain.ts',
		'lib/i18n/ja/plain.ts',
		'lib/i18n/ko/plain.ts'
	],
	// The embedded map's frame and its resizing, which the site's own pages never load.
	frame: ['routes/(frame)/', 'lib/embed/resize.ts']
};
const ownChunkOf = (id: string): string | undefined => {
	const path = id.replaceAll('\\', '/');
	return Object.keys(OWN_CHUNKS).find((name) =>
		OWN_CHUNKS[name]!.some((folder) => path.includes(`/src/${folder}`))
	);
};

/** SvelteKit's generated entry for each route's node: left alone, it imports only its route. */
const ROUTE_NODE = /[\\/]generated[\\/]client-optimized[\\/]nodes[\\/]/;

/**
 * The map pages' panels, each left with the routes that show it (their pages with them, since a
 * chunk takes in what its modules import): the world's panel loads with the world's pages, a
 * country's with the country pages, and neither with the other. A move from one to the other
 * loads the next panel's code, a few KB, as SvelteKit's router does.
 */
const ROUTE_OWN = [
	'routes/(site)/(map)/+page.svelte',
	'routes/(site)/(map)/country/',
	'routes/(site)/(map)/layer/',
	'lib/ui/WorldPanel.svelte',
	'lib/ui/CountryPanel.svelte',
	'lib/state/opening.ts'
];
const routeOwn = (id: string) =>
	ROUTE_OWN.some((module) => id.replaceAll('\\', '/').includes(`/src/${module}`));

function twoClientChunks(): Plugin {
	return {
		name: 'two-client-chunks',
		applyToEnvironment: (environment) => environment.name === 'client',
		outputOptions(options) {
			// CLIENT_CHUNKS=split builds SvelteKit's own split instead, to measure the trade again
			// (`npm run bench -- --bytes --baseline DIR`): fewer bytes per route, a later answer.
			if (process.env.CLIENT_CHUNKS === 'split') return options;
			// `$initial`: modules a page's entry imports statically, directly or not. `app` takes
			// them first, all but the OWN_CHUNKS groups' modules and the routes' entries (which then
			// import only the chunks their route needs), and with them whatever they import.
			return {
				...options,
				codeSplitting: {
					groups: [
						{
							name: 'app',
							tags: ['$initial'],
							test: (id) => !ownChunkOf(id) && !ROUTE_NODE.test(id) && !routeOwn(id),
							priority: 1
						},
						...Object.keys(OWN_CHUNKS).map((name) => ({
							name,
							tags: ['$initial' as const],
							test: (id: string) => ownChunkOf(id) === name
						}))
					]
				}
			};
		}
	};
}

/** Under Vitest a fixed day, so pictures' golden files and other outputs do not change daily. */
const TEST_BUILD_DATE = '2026-01-01';

function buildDate(epoch: string | undefined): string {
	if (process.env.VITEST && !epoch) return TEST_BUILD_DATE;
	const seconds = Number(epoch);
	const moment = epoch && Number.isFinite(seconds) ? new Date(seconds * 1000) : new Date();
	return moment.toISOString().slice(0, 10);
}

/**
 * `import code from './x.ts?iife'`: the module and what it imports, bundled and minified into one
 * self-contained function that runs itself, as a string. The map pages' first answer is written
 * into their HTML this way (first-paint.ts), and so is the whole script of the pages that ship
 * without the app's (plain-page.ts), from the same modules the app's script uses.
 */
function inlineScripts(): Plugin {
	return {
		name: 'inline-scripts',
		async load(id) {
			if (!id.endsWith('?iife')) return null;
			const bundle = await rolldown({
				input: id.slice(0, -'?iife'.length),
				// The same `$lib` as the app's modules, so a page's script imports them as they do.
				resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
				logLevel: 'warn'
			});
			try {
				const { output } = await bundle.generate({ format: 'iife', minify: true });
				const [chunk] = output;
				for (const module of chunk.moduleIds) this.addWatchFile(module);
				return `export default ${JSON.stringify(chunk.code.trim())};`;
			} finally {
				await bundle.close();
			}
		}
	};
}

export default defineConfig(async () => ({
	plugins: [validateData(), warnWithoutSiteUrl(), inlineScripts(), sveltekit(), twoClientChunks()],
	define: {
		__SYNTHETIC_DATA_FILES__: JSON.stringify(await syntheticDataFiles()),
		// The site's public address for link previews' absolute URLs; empty when not set.
		__PUBLIC_SITE_URL__: JSON.stringify((process.env.PUBLIC_SITE_URL ?? '').replace(/\/+$/, '')),
		// The day the data was built, shown with its version: SOURCE_DATE_EPOCH (seconds) when set,
		// so a rebuild of the same sources is the same site; otherwise today (UTC).
		__BUILD_DATE__: JSON.stringify(buildDate(process.env.SOURCE_DATE_EPOCH))
	},
	build: {
		// The live map's chunk is ~1 MB of MapLibre on purpose (see twoClientChunks); the size
		// budget in `npm test` (size-budget.json) is what guards the bytes.
		chunkSizeWarningLimit: 1400,
		// The prerendering step dominates build time by design; its timing report is only noise.
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// The test files share their workers' modules rather than each loading them afresh: the
		// suite's modules hold no state a test changes (locales.ts sets every language once), and
		// isolation tripled the suite's time. Two workers even on two cores, where the default is one.
		isolate: false,
		unstubGlobals: true,
		maxWorkers: Math.max(2, availableParallelism() - 1),
		// The tests read every language, as the server does.
		setupFiles: ['src/lib/server/locales.ts']
	}
}));
