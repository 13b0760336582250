import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Topology } from 'topojson-specification';
import { defineConfig } from 'vitest/config';
import { topologyCountries } from './src/lib/geo/iso.ts';
import { syntheticDataset, toDataFiles } from './src/lib/data/synthetic.ts';
import { validateDataset, type RawDataFiles } from './src/lib/data/validate.ts';

/**
 * DATASET_SCALE=N builds the site over a synthetic dataset N times the real one, spread over every
 * country of the world map, for `npm run bench -- --scale`. Never set for a real build.
 */
function syntheticDataFiles(): RawDataFiles | null {
	const factor = Math.round(Number(process.env.DATASET_SCALE ?? 1));
	if (!(factor > 1)) return null;
	const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
	const names = ['document', 'countries', 'events', 'recurring', 'groups'] as const;
	const real = validateDataset(
		Object.fromEntries(names.map((n) => [`${n}.json`, read(`data/${n}.json`)])) as RawDataFiles
	);
	const world = topologyCountries(read('node_modules/world-atlas/countries-110m.json') as Topology);
	return toDataFiles(syntheticDataset(real, factor, world));
}

export default defineConfig({
	plugins: [sveltekit()],
	define: { __SYNTHETIC_DATA_FILES__: JSON.stringify(syntheticDataFiles()) },
	build: {
		// MapLibre alone is a ~1 MB chunk, on purpose (it must load with the page); the size budget
		// in `npm test` (size-budget.json) is what guards the bytes.
		chunkSizeWarningLimit: 1100,
		// The prerendering step dominates build time by design; its timing report is only noise.
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
