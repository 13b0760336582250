import { dataset, translatedDatasets } from '$lib/data/dataset';
import { eventsCsv } from '$lib/data/downloads';
import { csvFile } from '$lib/server/respond';
import '$lib/server/locales';

export const prerender = true;
export const GET = () => csvFile(eventsCsv(dataset, translatedDatasets()));
