/**
 * The names a view goes by: in the embed code (the frame's title) and in an embedded map's bar.
 * The words come from the catalog and the data; here is only how they are put together.
 */

/** The view's name: the open country's before the layer's, as the panel reads. */
export function viewName(countryName: string | undefined, layerTitle: string, separator: string) {
	return countryName ? `${countryName}${separator}${layerTitle}` : layerTitle;
}

/** An embedded map's heading: where (a country, or the site), what (the layer) and, if set, up to when. */
export function embedHeading(place: string, layerTitle: string, upTo: string | null): string {
	return [place, layerTitle, upTo].filter(Boolean).join(' · ');
}
