/**
 * The Korean site, loaded only by pages under /ko/ (see ../catalogs.ts): the interface words,
 * the classroom walk's words and the data's Korean text from data/ko/ (checked at build time,
 * validateTranslations).
 */
import documentKo from '../../../../data/ko/document.json';
import countriesKo from '../../../../data/ko/countries.json';
import eventsKo from '../../../../data/ko/events.json';
import recurringKo from '../../../../data/ko/recurring.json';
import groupsKo from '../../../../data/ko/groups.json';
import type { Catalog } from '../catalogs';
import { ko } from './index';
import { koSteps } from './steps';
import { koLesson } from './lesson';
import { koClassroom } from './classroom';

export const catalog: Catalog = {
	messages: ko,
	walk: koSteps,
	classroom: koClassroom,
	lesson: koLesson,
	overlays: {
		'document.json': documentKo,
		'countries.json': countriesKo,
		'events.json': eventsKo,
		'recurring.json': recurringKo,
		'groups.json': groupsKo
	}
};
