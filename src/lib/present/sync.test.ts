import { afterEach, describe, expect, it, vi } from 'vitest';
import { joinWalk, readWalkMessage, walkChannelName, type WalkLink } from './sync';

describe('walk messages', () => {
	it('pass only a known kind and a step of the walk', () => {
		expect(readWalkMessage({ kind: 'at', step: 3 }, 10)).toEqual({ kind: 'at', step: 3 });
		expect(readWalkMessage({ kind: 'where' }, 10)).toEqual({ kind: 'where' });
		for (const bad of [
			null,
			'at',
			{ kind: 'at', step: 0 },
			{ kind: 'at', step: 11 },
			{ kind: 'at', step: 2.5 },
			{ kind: 'go', step: 2 }
		])
			expect(readWalkMessage(bad, 10), JSON.stringify(bad)).toBeNull();
	});

	it('carry the lesson overlay only when it is well formed', () => {
		const shown = { kind: 'lesson', step: 3, answer: 'inquiry-visits', revealed: false, qr: true };
		expect(readWalkMessage(shown, 10)).toEqual(shown);
		expect(readWalkMessage({ ...shown, answer: null, qr: false }, 10)).not.toBeNull();
		for (const bad of [
			{ ...shown, step: 11 },
			{ ...shown, answer: 3 },
			{ ...shown, qr: 'yes' },
			{ ...shown, revealed: 'yes' },
			{ kind: 'lesson', step: 3 }
		])
			expect(readWalkMessage(bad, 10), JSON.stringify(bad)).toBeNull();
	});

	it('carry a blank screen only as black, white or none', () => {
		for (const blank of ['black', 'white', null])
			expect(readWalkMessage({ kind: 'blank', blank }, 10)).toEqual({ kind: 'blank', blank });
		for (const bad of [
			{ kind: 'blank' },
			{ kind: 'blank', blank: 'grey' },
			{ kind: 'blank', blank: 1 }
		])
			expect(readWalkMessage(bad, 10), JSON.stringify(bad)).toBeNull();
	});

	it('travel on a channel named after the site’s path', () => {
		expect(walkChannelName('')).not.toBe(walkChannelName('/abductions'));
	});
});

describe('two windows joined to the walk', () => {
	const links: WalkLink[] = [];
	afterEach(() => links.splice(0).forEach((link) => link.close()));

	function join(name: string) {
		const onStep = vi.fn();
		const onAsked = vi.fn();
		const onLesson = vi.fn();
		const onBlank = vi.fn();
		const link = joinWalk(new BroadcastChannel(name), 10, { onStep, onAsked, onLesson, onBlank });
		links.push(link);
		return { link, onStep, onAsked, onLesson, onBlank };
	}

	it('hear each other’s steps and questions, not their own', async () => {
		const slides = join('test-walk');
		const presenter = join('test-walk');
		presenter.link.ask();
		await vi.waitFor(() => expect(slides.onAsked).toHaveBeenCalledOnce());
		slides.link.tell(4);
		await vi.waitFor(() => expect(presenter.onStep).toHaveBeenCalledWith(4));
		presenter.link.tell(5);
		await vi.waitFor(() => expect(slides.onStep).toHaveBeenCalledWith(5));
		expect(slides.onStep).not.toHaveBeenCalledWith(4);
		expect(presenter.onAsked).not.toHaveBeenCalled();
	});

	it('pass the revealed answer and the QR code from the presenter to the slide', async () => {
		const slides = join('test-lesson');
		const presenter = join('test-lesson');
		presenter.link.show({ step: 3, answer: 'inquiry-visits', revealed: true, qr: false });
		await vi.waitFor(() =>
			expect(slides.onLesson).toHaveBeenCalledWith({
				step: 3,
				answer: 'inquiry-visits',
				revealed: true,
				qr: false
			})
		);
		expect(slides.onStep).not.toHaveBeenCalled();
		expect(presenter.onLesson).not.toHaveBeenCalled();
	});

	it('pass the blank screen from the presenter to the slide, and back', async () => {
		const slides = join('test-blank');
		const presenter = join('test-blank');
		presenter.link.blank('black');
		await vi.waitFor(() => expect(slides.onBlank).toHaveBeenCalledWith('black'));
		slides.link.blank(null);
		await vi.waitFor(() => expect(presenter.onBlank).toHaveBeenCalledWith(null));
		expect(slides.onStep).not.toHaveBeenCalled();
		expect(presenter.onBlank).not.toHaveBeenCalledWith('black');
	});
});
