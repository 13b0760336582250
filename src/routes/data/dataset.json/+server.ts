import { dataset, datasetFor } from '$lib/data/dataset';
import { jsonFile } from '$lib/server/respond';

export const prerender = true;
/** The English dataset as it always was, and under `ja` the same records in Japanese. */
export const GET = () => jsonFile({ ...dataset, ja: datasetFor('ja') });
