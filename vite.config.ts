import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Topology } from 'topojson-specification';
import { defineConfig, type Plugin } from 'vitest/config';
import { topologyCountries } from './src/lib/geo/iso.ts';
import { syntheticDataset } from './src/lib/data/synthetic.ts';
import { datasetToFiles, type RawDataFiles } from './src/lib/data/files.ts';
import { validateDataset } from './src/lib/data/validate.ts';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const DATA_FILES = ['document', 'countries', 'events', 'recurring', 'groups'] as const;

function readDataFiles(): RawDataFiles {
	return Object.fromEntries(
		DATA_FILES.map((name) => [`${name}.json`, readJson(`data/${name}.json`)])
	) as RawDataFiles;
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
			validateDataset(readDataFiles());
		},
		handleHotUpdate({ file, server }) {
			if (!/[\\/]data[\\/][a-z-]+\.json$/.test(file)) return;
			try {
				validateDataset(readDataFiles());
			} catch (error) {
				server.config.logger.error(String((error as Error).message), { timestamp: true });
			}
		}
	};
}

/**
 * DATASET_SCALE=N builds the site over a synthetic dataset N times the real one, spread over every
 * country of the world map, for `npm run bench -- --scale`. Never set for a real build.
 */
function syntheticDataFiles(): RawDataFiles | null {
	const factor = Math.round(Number(process.env.DATASET_SCALE ?? 1));
	if (!(factor > 1)) return null;
	const world = topologyCountries(
		readJson('node_modules/world-atlas/countries-110m.json') as Topology
	);
	const files = datasetToFiles(syntheticDataset(validateDataset(readDataFiles()), factor, world));
	validateDataset(files);
	return files;
}

export default defineConfig({
	plugins: [validateData(), sveltekit()],
	define: { __SYNTHETIC_DATA_FILES__: JSON.stringify(syntheticDataFiles()) },
	build: {
		// The app is one bundle on purpose (svelte.config.js), ~1.1 MB of it MapLibre; the size
		// budget in `npm test` (size-budget.json) is what guards the bytes.
		chunkSizeWarningLimit: 1300,
		// The prerendering step dominates build time by design; its timing report is only noise.
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
