import { describe, expect, it } from 'vitest';
import { stepsFor } from '$lib/present/steps';
import { CLASSROOM_STEPS, notFoundTopic } from './not-found';

describe('notFoundTopic', () => {
	it('knows a missing classroom step, in either language', () => {
		for (const path of [
			'/present/99',
			'/present/0',
			'/ja/present/11',
			'/present/abc',
			'/present/99/'
		])
			expect(notFoundTopic(path), path).toBe('step');
	});

	it('leaves every other address to the general message', () => {
		for (const path of [
			'/country/zzz',
			'/present',
			'/presents/3',
			'/nowhere',
			'/ja',
			'/present/1/x'
		])
			expect(notFoundTopic(path), path).toBe('page');
	});
});

it('the 404 page counts the classroom steps there are, in both languages', () => {
	expect(CLASSROOM_STEPS).toBe(stepsFor('en').length);
	expect(CLASSROOM_STEPS).toBe(stepsFor('ja').length);
});
