import { describe, expect, it, vi } from 'vitest';
import { shareLink } from './share';

const link = { title: 'A view', url: 'https://example.org/?layer=forums' };
const abort = Object.assign(new Error('closed'), { name: 'AbortError' });

describe('shareLink', () => {
	it('opens the share sheet on a touch device that has one', async () => {
		const share = vi.fn(async () => {});
		const writeText = vi.fn(async () => {});
		expect(await shareLink(link, { share, touch: true, writeText })).toBe('shared');
		expect(share).toHaveBeenCalledWith(link);
		expect(writeText).not.toHaveBeenCalled();
	});

	it('copies the link elsewhere, even where a share sheet exists', async () => {
		const share = vi.fn(async () => {});
		const writeText = vi.fn(async () => {});
		expect(await shareLink(link, { share, touch: false, writeText })).toBe('copied');
		expect(writeText).toHaveBeenCalledWith(link.url);
		expect(share).not.toHaveBeenCalled();
	});

	it('takes a closed sheet as a choice, and a broken one as a reason to copy', async () => {
		const writeText = vi.fn(async () => {});
		const closed = vi.fn(async () => Promise.reject(abort));
		expect(await shareLink(link, { share: closed, touch: true, writeText })).toBe('cancelled');
		const broken = vi.fn(async () => Promise.reject(new Error('no')));
		expect(await shareLink(link, { share: broken, touch: true, writeText })).toBe('copied');
	});

	it('reports a refused or missing clipboard, so the page can show the link instead', async () => {
		const refused = vi.fn(async () => Promise.reject(new Error('denied')));
		expect(await shareLink(link, { touch: false, writeText: refused })).toBe('failed');
		expect(await shareLink(link, { touch: false })).toBe('failed');
	});
});
