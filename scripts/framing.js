// Who may show a page of the dashboard in a frame. Embed pages (/embed, /embed/country/kor, and
// their Japanese twins under /ja) are made for other sites' iframes; every other page may be framed
// only by the dashboard itself. Browsers ignore `frame-ancestors` in a <meta> CSP, so this is an
// HTTP header: scripts/serve.js sends it, static/_headers says the same for Netlify and Cloudflare.

const EMBED_PATH = /^(\/ja)?\/embed(\/|$)/;

/** True for an embed page's path (without the base path). */
export function isEmbedPath(pathname) {
	return EMBED_PATH.test(pathname);
}

/** The Content-Security-Policy header for a path (without the base path). */
export function framingPolicy(pathname) {
	return isEmbedPath(pathname) ? 'frame-ancestors *' : "frame-ancestors 'self'";
}
