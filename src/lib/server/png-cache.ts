/**
 * Link previews drawn once per picture, not once per build: resvg takes seconds for a picture in
 * Hangul (its shaping of Korean syllables is slow), and the same markup always gives the same
 * PNG, so each PNG is kept on disk under the hash of its markup and the renderer's version. A
 * second build (the browser tests build the site twice, with and without a base path) and every
 * later build with unchanged pictures read it back. Build-time only, like the rest of $lib/server.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Beside the other tools' caches; `npm ci` or deleting the folder starts afresh. */
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'preview-png');

/** The PNG for `key` (the markup and everything else that shapes the drawing), drawn at most once. */
export function cachedPng(key: string, draw: () => Buffer, dir = CACHE_DIR): Buffer {
	const file = join(dir, `${createHash('sha256').update(key).digest('hex')}.png`);
	try {
		return readFileSync(file);
	} catch {
		const png = draw();
		try {
			mkdirSync(dir, { recursive: true });
			// Written whole, then moved into place: a build that stops halfway leaves no torn file.
			const partial = `${file}.${process.pid}.tmp`;
			writeFileSync(partial, png);
			renameSync(partial, file);
		} catch {
			// A read-only checkout still builds; it only draws every time.
		}
		return png;
	}
}
