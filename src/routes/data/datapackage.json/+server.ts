import { dataset } from '$lib/data/dataset';
import { dataPackage } from '$lib/data/datapackage';
import { BUILD_DATE } from '$lib/data/provenance';
import { jsonFile } from '$lib/server/respond';

export const prerender = true;
/** The Frictionless Data Package of the CSVs beside it: provenance and codebook. */
export const GET = () => jsonFile(dataPackage(dataset, BUILD_DATE));
