import { describe, expect, it } from 'vitest';
import { canonicalPath } from './canonical-path.js';

describe('canonicalPath', () => {
	it('lowers the case of a country code and drops a trailing slash', () => {
		expect(canonicalPath('/country/KOR')).toBe('/country/kor');
		expect(canonicalPath('/ja/country/Kor/')).toBe('/ja/country/kor');
		expect(canonicalPath('/ja/')).toBe('/ja');
		expect(canonicalPath('/table//')).toBe('/table');
		expect(canonicalPath('/Present/3')).toBe('/present/3');
	});

	it('leaves a canonical path, and the root, as they are', () => {
		for (const path of ['/', '/ja', '/country/kor', '/present/10', '/data/countries.csv'])
			expect(canonicalPath(path)).toBe(path);
		expect(canonicalPath('//')).toBe('/');
		// Never a protocol-relative address, which would send a redirect to another host.
		expect(canonicalPath('//example.org/')).toBe('/example.org');
		expect(canonicalPath('/a//B')).toBe('/a/b');
		expect(canonicalPath('')).toBe('/');
	});

	it('is stable: the canonical form of a canonical form is itself', () => {
		for (const path of ['/A/B/', '/country/KOR/', '/x/'.repeat(5)])
			expect(canonicalPath(canonicalPath(path))).toBe(canonicalPath(path));
	});
});
