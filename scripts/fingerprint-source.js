// Writes data/source-fingerprint.json from the source document's text (path as the argument):
// hashes of its twelve-word runs, for the test that our facts are paraphrased. Run it again only
// if the source text changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const [path] = process.argv.slice(2);
if (!path) {
	console.error('usage: node scripts/fingerprint-source.js PATH_TO_SOURCE.txt');
	process.exit(2);
}
const text = readFileSync(path, 'utf8');
const words = text
	.toLowerCase()
	.replace(/[^a-z0-9 ]+/g, ' ')
	.split(/\s+/)
	.filter(Boolean);
const hashes = new Set();
for (let i = 0; i + 12 <= words.length; i++) {
	hashes.add(
		createHash('sha256')
			.update(words.slice(i, i + 12).join(' '))
			.digest('hex')
			.slice(0, 12)
	);
}
writeFileSync(
	'data/source-fingerprint.json',
	JSON.stringify({ runLength: 12, words: words.length, hashes: [...hashes].sort() }, null, '\t') +
		'\n'
);
console.log(`${hashes.size} runs of 12 words fingerprinted`);
