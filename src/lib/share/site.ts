/**
 * The site's public address (e.g. https://example.org), from the build setting PUBLIC_SITE_URL;
 * empty when unknown. Link previews use it for absolute addresses.
 */
declare const __PUBLIC_SITE_URL__: string;
export const SITE_URL: string = __PUBLIC_SITE_URL__;
