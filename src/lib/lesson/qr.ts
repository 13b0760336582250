/**
 * The QR code a class scans to open the student page: drawn in the page from the address, with
 * uqr (no service, no network), as one SVG path of dark modules inside a quiet zone.
 */
import { encode } from 'uqr';

export interface QrDrawing {
	/** Modules across, quiet zone included. */
	size: number;
	/** The dark modules as one path, one unit a module. */
	d: string;
}

/** The quiet zone scanners need round the code, in modules. */
export const QUIET = 4;

export function qrDrawing(text: string): QrDrawing {
	const { data, size } = encode(text, { ecc: 'M', border: 0 });
	const parts: string[] = [];
	data.forEach((row, y) => {
		row.forEach((dark, x) => {
			if (dark) parts.push(`M${x + QUIET} ${y + QUIET}h1v1h-1z`);
		});
	});
	return { size: size + 2 * QUIET, d: parts.join('') };
}
