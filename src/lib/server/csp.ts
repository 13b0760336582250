/** The inline scripts the site writes into its pages, allowed by hash in each page's policy. */
import { createHash } from 'node:crypto';

/** The content security policy's name for an inline script with this code. */
export function scriptHash(code: string): string {
	return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}

/** The page's content security policy, allowing one more inline script by its hash. */
export function allowInlineScript(html: string, hash: string): string {
	return html.replace(
		/(<meta http-equiv="content-security-policy" content="[^"]*script-src 'self')/,
		`$1 '${hash}'`
	);
}
