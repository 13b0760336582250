// Checks every built HTML page with the W3C Nu HTML Checker (the vnu-jar package, which runs on
// Java). `node scripts/validate-html.js [dir]` prints what it finds; tests/html-validity.spec.ts
// runs the same check in `npm test`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

/** The checker itself, from the vnu-jar package. */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Every .html file under `dir`, so pages added later are checked without a list to keep.
 * @param {string} dir
 */
export function builtHtmlFiles(dir) {
	return readdirSync(dir, { recursive: true })
		.map(String)
		.filter((name) => name.endsWith('.html'))
		.sort()
		.map((name) => join(dir, name));
}

/**
 * CSS the checker's grammar predates: container queries and SVG's vector-effect, which every
 * browser the site supports reads. The pages carry their styles written in (svelte.config.js,
 * inlineStyleThreshold), so the checker reads them; it still reports any other CSS error.
 */
const NEWER_THAN_CHECKER = [
	/^CSS: Unrecognized at-rule “@container”$/,
	/^CSS: “(container|vector-effect)”: Property “\1” doesn't exist\.$/
];

const NO_JAVA =
	'The HTML check needs a Java runtime, and none was found.\n' +
	'Install it with:  sudo apt-get update && sudo apt-get install -y default-jre-headless\n' +
	'or point JAVA at a java binary.';

/**
 * The checker's errors, one line each as "page: line.column: message"; empty when every page is
 * valid. Throws with an install hint when Java is missing. `files` checks only those pages of
 * `dir` (the browser tests' sample); by default every page is checked.
 * @param {string} dir
 * @param {{ java?: string, files?: string[] }} [options]
 * @returns {string[]}
 */
export function validateBuiltHtml(
	dir,
	{ java = process.env.JAVA ?? 'java', files = builtHtmlFiles(dir) } = {}
) {
	if (files.length === 0) throw new Error(`No HTML pages under ${dir}: build the site first.`);
	const run = spawnSync(java, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (run.error) throw new Error(`${NO_JAVA}\n(${run.error.message})`);
	// The checker writes its report to stderr, and exits 1 when it found errors.
	/** @type {{ messages: { url: string, lastLine?: number, firstColumn?: number, message: string }[] }} */
	let report;
	try {
		report = JSON.parse(run.stderr);
	} catch {
		throw new Error(`The HTML checker did not report (exit ${run.status}):\n${run.stderr}`);
	}
	return report.messages
		.filter((m) => !NEWER_THAN_CHECKER.some((known) => known.test(m.message)))
		.map(
			(m) =>
				`${relative(dir, fileURLToPath(m.url))}: ${m.lastLine ?? '?'}.${m.firstColumn ?? '?'}: ${m.message}`
		);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? 'build';
	const errors = validateBuiltHtml(dir);
	console.log(errors.join('\n') || `Every page under ${dir}/ is valid HTML.`);
	process.exit(errors.length ? 1 : 0);
}
