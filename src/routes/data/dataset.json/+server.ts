import { dataset, translatedDatasets } from '$lib/data/dataset';
import { datasetJson } from '$lib/data/downloads';
import { BUILD_DATE } from '$lib/data/provenance';
import { jsonFile } from '$lib/server/respond';
import '$lib/server/locales';

export const prerender = true;
/** The English dataset as it always was, its provenance, and under `ja` and `ko` the same records in Japanese and Korean. */
export const GET = () => jsonFile(datasetJson(dataset, translatedDatasets(), BUILD_DATE));
