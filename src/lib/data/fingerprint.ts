/**
 * A fingerprint of the source document: hashes of every run of twelve words in it. It lets the
 * tests check that our text paraphrases rather than copies, without the project holding the text.
 */
import { createHash } from 'node:crypto';

export const RUN_LENGTH = 12;

export function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9 ]+/g, ' ')
		.split(/\s+/)
		.filter(Boolean);
}

export function runHash(run: readonly string[]): string {
	return createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 12);
}

export function runHashes(text: string): string[] {
	const w = words(text);
	const hashes = new Set<string>();
	for (let i = 0; i + RUN_LENGTH <= w.length; i++) hashes.add(runHash(w.slice(i, i + RUN_LENGTH)));
	return [...hashes].sort();
}

/** The runs of `text` that also stand in the fingerprinted document. */
export function copiedRuns(text: string, fingerprint: ReadonlySet<string>): string[] {
	const w = words(text);
	const copied: string[] = [];
	for (let i = 0; i + RUN_LENGTH <= w.length; i++) {
		const run = w.slice(i, i + RUN_LENGTH);
		if (fingerprint.has(runHash(run))) copied.push(run.join(' '));
	}
	return copied;
}
