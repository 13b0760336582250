/** A module bundled into one self-contained script (vite.config.ts, inlineScripts): its code. */
declare module '*?iife' {
	const code: string;
	export default code;
}
