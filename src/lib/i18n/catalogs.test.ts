import { describe, expect, it, vi } from 'vitest';

// A fresh copy of the registry: the test setup registers every language, as the server does.
async function freshRegistry() {
	vi.resetModules();
	return await import('./catalogs');
}

describe('loading a language on demand', () => {
	it('knows no other language until it is loaded, then has its words', async () => {
		const { catalogOf, loadLocale } = await freshRegistry();
		expect(() => catalogOf('ja')).toThrow(/'ja' catalog is not loaded/);
		await loadLocale('ja');
		expect(catalogOf('ja').messages.notFound.heading).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
		expect(Object.keys(catalogOf('ja').overlays)).toContain('events.json');
		// The classroom's words come with the language, for the classroom's pages ($lib/present/words).
		expect(catalogOf('ja').classroom.classroom.next).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
		// Each language is its own chunk: loading Japanese did not load Korean.
		expect(() => catalogOf('ko')).toThrow(/'ko' catalog is not loaded/);
		await loadLocale('ko');
		expect(catalogOf('ko').messages.notFound.heading).toMatch(/[\uac00-\ud7af]/);
	});

	it('loads a language once, and English not at all', async () => {
		const { catalogOf, loadLocale } = await freshRegistry();
		await loadLocale('en');
		expect(() => catalogOf('ja')).toThrow();
		await loadLocale('ja');
		const first = catalogOf('ja');
		await loadLocale('ja');
		expect(catalogOf('ja')).toBe(first);
	});
});
