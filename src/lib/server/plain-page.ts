/**
 * Pages without the app's script (`export const csr = false`: the tables, the about page, the
 * document's outline) carry a small one of their own instead, for what they do in the browser
 * (src/lib/plain/page.ts). hooks.server.ts writes it in at the end of each such page, which marks
 * its root with data-plain-page, and allows it in the page's content security policy.
 */
import PLAIN_PAGE from '$lib/plain/page.iife.ts?iife';
import { allowInlineScript, scriptHash } from './csp';

const SCRIPT = `<script>${PLAIN_PAGE}</script>`;
export const PLAIN_PAGE_HASH = scriptHash(PLAIN_PAGE);

/** A page marked as plain gets its script before </body>; any other page is left as it is. */
export function withPlainPageScript(html: string): string {
	if (!/<[a-z]+ [^>]*\bdata-plain-page\b/.test(html) || !html.includes('</body>')) return html;
	return allowInlineScript(html.replace('</body>', `${SCRIPT}</body>`), PLAIN_PAGE_HASH);
}
