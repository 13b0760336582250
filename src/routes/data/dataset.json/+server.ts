import { dataset } from '$lib/data/dataset';
import { jsonFile } from '$lib/server/respond';

export const prerender = true;
export const GET = () => jsonFile(dataset);
