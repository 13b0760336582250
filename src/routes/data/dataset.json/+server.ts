import { dataset, datasetFor } from '$lib/data/dataset';
import { datasetJson } from '$lib/data/downloads';
import { BUILD_DATE } from '$lib/data/provenance';
import { jsonFile } from '$lib/server/respond';
import '$lib/server/locales';

export const prerender = true;
/** The English dataset as it always was, its provenance, and under `ja` the same records in Japanese. */
export const GET = () => jsonFile(datasetJson(dataset, datasetFor('ja'), BUILD_DATE));
